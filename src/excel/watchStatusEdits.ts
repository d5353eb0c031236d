// Automatic status date: while the task pane is open, a user's own edit of Status or
// Statusnote in table Handlinger sets that row's Statusdato to the current status date.
//
// Table.onChanged (ExcelApi 1.7; `details` 1.9) with source "Local" only: "Remote" events are
// co-authors' edits, whose Excel (with or without the add-in) is responsible for them. The
// add-in's own writes also arrive as "Local" events; OwnWriteGuard filters them, and the
// handler's own write (the Statusdato column) never touches Status or Statusnote, so it
// cannot loop.
//
// Where no event arrives, nothing happens and the user sets the date by hand (or the next
// "Anvend statusformatering"/refresh shows the status undated): Excel raises no event while the
// task pane (and with it the handler) is closed, for edits made in another Excel without the
// add-in, and Microsoft documents that some operations are not reported per cell (a paste
// or fill over many rows arrives as one changed area; undo/redo may not be reported on every
// platform). Events are a convenience, never the source of truth.

import { yearMonthToExcelSerial } from "../core/dates";
import type { StatusEdit } from "../core/operations";
import { PLAN_TABLE } from "../core/port";
import { matchColumns } from "../core/columns";
import { readSettings } from "../core/settings";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import type { CellRange } from "../core/sheet";
import { intersect, parseAddress } from "../core/a1";
import type { OwnWriteGuard } from "./ownWrites";
import { readWorkbook } from "./readWorkbook";
import type { ExcelLike } from "../officeHost";

/** The rows (0-based) of an edit that touched Status or Statusnote inside the table body. */
export function touchedRows(
  changed: CellRange,
  body: CellRange,
  columns: number[]
): { first: number; count: number } | null {
  const area = intersect(changed, body);
  if (!area) return null;
  const hit = columns.some((c) => c >= area.column && c < area.column + area.columnCount);
  return hit ? { first: area.row, count: area.rowCount } : null;
}

async function handleEdit(
  context: Excel.RequestContext,
  changed: CellRange,
  guard: OwnWriteGuard
): Promise<StatusEdit | null> {
  const read = await readWorkbook(context, { planBody: false });
  const plan = read.plan;
  const source = read.snapshot.plan;
  if (!plan || !source || plan.kind !== "table") return null;
  const { columns } = matchColumns(source.header);
  if (
    columns.status === undefined ||
    columns.note === undefined ||
    columns.statusDate === undefined
  ) {
    return null;
  }
  const month = readSettings(read.snapshot.settings).settings.currentStatusDate;
  if (!month) return null;
  const body: CellRange = {
    row: plan.headerRow + 1,
    column: plan.firstColumn,
    rowCount: plan.bodyRowCount,
    columnCount: plan.columnCount,
  };
  const rows = touchedRows(changed, body, [
    plan.firstColumn + columns.status,
    plan.firstColumn + columns.note,
  ]);
  if (!rows) return null;

  const target: CellRange = {
    row: rows.first,
    column: plan.firstColumn + columns.statusDate,
    rowCount: rows.count,
    columnCount: 1,
  };
  const range = context.workbook.worksheets
    .getItem(plan.sheet)
    .getRangeByIndexes(target.row, target.column, target.rowCount, 1);
  const serial = yearMonthToExcelSerial(month);
  range.numberFormat = Array.from({ length: rows.count }, () => [STATUS_DATE_NUMBER_FORMAT]);
  range.values = Array.from({ length: rows.count }, () => [serial]);
  await guard.run(plan.sheet, [target], () => context.sync());
  return { rows: Array.from({ length: rows.count }, (_, i) => rows.first + i + 1) };
}

/**
 * Subscribes to the plan table's changes; resolves to the function that unsubscribes. The
 * handler reads (1 sync) and writes the touched rows' Statusdato (1 sync).
 */
export async function watchStatusEditsInExcel(
  excel: ExcelLike,
  guard: OwnWriteGuard,
  onEdit: (edit: StatusEdit) => void
): Promise<() => Promise<void>> {
  const handler = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    if (String(event.source) !== "Local") return;
    if (String(event.changeType) !== "RangeEdited") return;
    const changed = parseAddress(event.address);
    if (!changed) return;
    if (guard.isOwn(changed.sheet, changed)) return;
    try {
      const edit = await excel.run((context) => handleEdit(context, changed, guard));
      if (edit) onEdit(edit);
    } catch {
      // An event handler has nobody to report to; the date can still be set by hand.
    }
  };
  const registration = await excel.run(async (context) => {
    const table = context.workbook.tables.getItem(PLAN_TABLE);
    const result = table.onChanged.add(handler);
    await context.sync();
    return result;
  });
  // Removed the documented way: in the request context that added the handler.
  return async () => {
    await excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}
