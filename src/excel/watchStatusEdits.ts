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
//
// onChanged also fires for format-only changes ("when either the format or value of the
// data changes", Excel docs "Detect data changes"), so bolding a Status cell must not date
// the row. For one cell, `details` (ExcelApi 1.9) holds the value before and after: equal
// means format only. An area arrives without details (office-js #5347); its Status and
// Statusnote values are compared with the last read (taken when subscribing and kept up to
// date by every handled event), and only rows whose values differ are dated.

import { yearMonthToExcelSerial } from "../core/dates";
import type { StatusEdit } from "../core/operations";
import { PLAN_TABLE } from "../core/port";
import { matchColumns } from "../core/columns";
import { readSettings } from "../core/settings";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import type { CellRange } from "../core/sheet";
import type { RawCell } from "../core/raw";
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

/** The last read Status and Statusnote of each body row (0-based sheet row). */
type KnownValues = Map<number, { status: string; note: string }>;

const text = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined ? "" : String(cell);

/** A single-cell edit as Excel reports it (ChangedEventDetail, ExcelApi 1.9). */
interface CellDetail {
  valueBefore: unknown;
  valueAfter: unknown;
}

async function handleEdit(
  context: Excel.RequestContext,
  changed: CellRange,
  guard: OwnWriteGuard,
  known: KnownValues,
  detail: CellDetail | undefined
): Promise<StatusEdit | null> {
  // One cell: details tell the change. An area: the body's values, to compare.
  const read = await readWorkbook(context, { planBody: detail === undefined });
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

  const all = Array.from({ length: rows.count }, (_, i) => rows.first + i);
  let dated: number[];
  if (detail) {
    // One cell: its new value goes into the last read of that row.
    const row = rows.first;
    const entry = known.get(row) ?? { status: "", note: "" };
    const isStatus = changed.column === plan.firstColumn + columns.status;
    known.set(row, {
      ...entry,
      [isStatus ? "status" : "note"]: text(detail.valueAfter as RawCell),
    });
    dated = all;
  } else {
    dated = all.filter((row) => {
      const cells = source.rows[row - body.row] ?? [];
      const now = { status: text(cells[columns.status!]), note: text(cells[columns.note!]) };
      const before = known.get(row);
      known.set(row, now);
      // A row with no earlier reading (added since) counts only when it holds something: a
      // format-only edit over empty new rows dates nothing.
      if (!before) return now.status !== "" || now.note !== "";
      return before.status !== now.status || before.note !== now.note;
    });
  }
  if (dated.length === 0) return null;

  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const serial = yearMonthToExcelSerial(month);
  const targets = runsOf(dated).map((run): CellRange => ({
    row: run.first,
    column: plan.firstColumn + columns.statusDate!,
    rowCount: run.count,
    columnCount: 1,
  }));
  for (const target of targets) {
    const range = ws.getRangeByIndexes(target.row, target.column, target.rowCount, 1);
    range.numberFormat = Array.from({ length: target.rowCount }, () => [STATUS_DATE_NUMBER_FORMAT]);
    range.values = Array.from({ length: target.rowCount }, () => [serial]);
  }
  await guard.run(plan.sheet, targets, () => context.sync());
  return { rows: dated.map((row) => row + 1) };
}

/** Adjacent rows as runs, so each run is one range write. */
function runsOf(rows: number[]): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === row) last.count++;
    else runs.push({ first: row, count: 1 });
  }
  return runs;
}

/** Status and Statusnote of every body row: the first "last read". */
async function readKnownValues(context: Excel.RequestContext): Promise<KnownValues> {
  const known: KnownValues = new Map();
  const read = await readWorkbook(context);
  const plan = read.plan;
  const source = read.snapshot.plan;
  if (!plan || !source) return known;
  const { columns } = matchColumns(source.header);
  if (columns.status === undefined || columns.note === undefined) return known;
  source.rows.forEach((cells, i) => {
    known.set(plan.headerRow + 1 + i, {
      status: text(cells[columns.status!]),
      note: text(cells[columns.note!]),
    });
  });
  return known;
}

/**
 * Subscribes to the plan table's changes (and reads the values to compare with); resolves
 * to the function that unsubscribes. The handler reads (1 sync) and writes the touched rows'
 * Statusdato (1 sync).
 */
export async function watchStatusEditsInExcel(
  excel: ExcelLike,
  guard: OwnWriteGuard,
  onEdit: (edit: StatusEdit) => void
): Promise<() => Promise<void>> {
  let known: KnownValues = new Map();
  const handler = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    if (String(event.source) !== "Local") return;
    if (String(event.changeType) !== "RangeEdited") return;
    const changed = parseAddress(event.address);
    if (!changed) return;
    if (guard.isOwn(changed.sheet, changed)) return;
    const detail = event.details as CellDetail | undefined;
    if (detail && detail.valueBefore === detail.valueAfter) return; // format only
    try {
      const edit = await excel.run((context) => handleEdit(context, changed, guard, known, detail));
      if (edit) onEdit(edit);
    } catch {
      // An event handler has nobody to report to; the date can still be set by hand.
    }
  };
  const registration = await excel.run(async (context) => {
    const table = context.workbook.tables.getItem(PLAN_TABLE);
    const result = table.onChanged.add(handler);
    await context.sync();
    known = await readKnownValues(context);
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
