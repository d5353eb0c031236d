// Automatic status date: while the task pane is open, a user's own edit of Status or
// Statusnote in table Handlinger sets that row's Statusdato to the current status date.
//
// Table.onChanged (ExcelApi 1.7; `details` 1.9) with source "Local" only dates rows: "Remote"
// events are co-authors' edits, whose Excel (with or without the add-in) is responsible for
// them; they only bring the memory up to date. The add-in's own writes also arrive as "Local"
// events, early or late; OwnWriteGuard filters those within its window, and the memory keeps
// Status as its canonical symbol, so a late event of our own "ok" → "√" is no change. The
// handler's own write (the Statusdato column) never touches Status or Statusnote, so it cannot
// loop, and it is a proven write (provenWrite.ts): the row must still hold the edited value
// and the table must not have moved, else nothing is written (the refresh's check of undated
// changes finds the row later).
//
// The memory of earlier values is keyed by the action's identity (src/core/statusMemory.ts),
// not by sheet row, so rows a co-author inserts, deletes or sorts do not make other rows look
// edited.
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
// date by every handled event, Local and Remote), and only rows whose values differ are dated.
// Events may not come at all (a value picked from the validation dropdown in Excel on the web,
// office-js #3888 and #4066): the refresh compares the plan with the last closed round and
// reports what changed undated, so the marking never depends on an event.

import { yearMonthToExcelSerial } from "../core/dates";
import type { StatusEdit } from "../core/operations";
import { PLAN_TABLE } from "../core/port";
import { matchColumns } from "../core/columns";
import { readSettings } from "../core/settings";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import type { CellRange } from "../core/sheet";
import type { RawCell } from "../core/raw";
import { intersect, parseAddress } from "../core/a1";
import { RowReader, StatusMemory } from "../core/statusMemory";
import type { OwnWriteGuard } from "./ownWrites";
import { expectedTable, planRowProof } from "./planProofs";
import { AbandonedWriteError, ProvenSession } from "./provenWrite";
import { toRawRows } from "./rawValues";
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

/** A single-cell edit as Excel reports it (ChangedEventDetail, ExcelApi 1.9). */
interface CellDetail {
  valueBefore: unknown;
  valueAfter: unknown;
}

/** Queues a load of the plan table's cells in the changed rows (values as the handler reads them). */
function queueTouchedRows(context: Excel.RequestContext, changed: CellRange): Excel.Range {
  const rows = `${changed.row + 1}:${changed.row + changed.rowCount}`;
  const table = context.workbook.tables.getItem(PLAN_TABLE);
  return table.getRange().getIntersection(table.worksheet.getRange(rows)).load("values,rowIndex");
}

async function handleEdit(
  context: Excel.RequestContext,
  changed: CellRange,
  guard: OwnWriteGuard,
  memory: StatusMemory,
  detail: CellDetail | undefined
): Promise<StatusEdit | null> {
  // The touched rows go in the same request as the read of header, settings and position.
  const touched = queueTouchedRows(context, changed);
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
  const reader = new RowReader(source.header);
  const month = readSettings(read.snapshot.settings).settings.currentStatusDate;
  const body: CellRange = {
    row: plan.headerRow + 1,
    column: plan.firstColumn,
    rowCount: plan.bodyRowCount,
    columnCount: plan.columnCount,
  };
  const statusColumn = plan.firstColumn + columns.status;
  const rows = touchedRows(changed, body, [statusColumn, plan.firstColumn + columns.note]);
  const cells = toRawRows(touched.values);
  const rowCells = (row: number): RawCell[] => cells[row - touched.rowIndex] ?? [];
  if (!rows || !month) {
    // Not ours to date: still, the memory learns the rows' new values.
    memory.remember(reader, cells);
    return null;
  }

  const all = Array.from({ length: rows.count }, (_, i) => rows.first + i);
  let dated: number[];
  if (detail) {
    // One cell: details tell the change; the memory takes the row as it is now.
    const isStatus = changed.column === statusColumn;
    const before = detail.valueBefore as RawCell;
    const after = detail.valueAfter as RawCell;
    // An action that held the new value already is not the edited one, even if its cell holds
    // it now: rows moved under the event's address (a co-author's row inserted above the table).
    const moved = memory.heldAlready(reader, rowCells(rows.first), isStatus, before, after);
    memory.remember(reader, [rowCells(rows.first)]);
    // The cell must still hold what the event reported: else the row moved or changed again
    // before this read (a co-author's sort, delete or edit), and it is not the edited action.
    const now = rowCells(rows.first)[isStatus ? columns.status : columns.note] ?? null;
    if (moved || !sameValue(now, detail.valueAfter)) return null;
    dated = StatusMemory.isChange(isStatus, before, after) ? all : [];
  } else {
    dated = all.filter((row) => memory.changed(reader, rowCells(row)));
  }
  if (dated.length === 0) return null;

  // The source as read here: header plus the touched rows at their sheet rows.
  const here = {
    ...source,
    rows: Array.from(
      { length: touched.rowIndex - plan.headerRow - 1 },
      () => [] as RawCell[]
    ).concat(cells),
  };
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const serial = yearMonthToExcelSerial(month);
  const targets = runsOf(dated).map((run): CellRange => ({
    row: run.first,
    column: plan.firstColumn + columns.statusDate!,
    rowCount: run.count,
    columnCount: 1,
  }));
  const session = new ProvenSession(context, { canResize: false });
  try {
    await guard.run(plan.sheet, targets, () =>
      session.step({
        expect: dated.flatMap((row) =>
          planRowProof(here, row + 1, [columns.status!, columns.note!])
        ),
        tables: expectedTable(PLAN_TABLE, plan.tableAddress),
        targets: () => targets.map((t) => ws.getRangeByIndexes(t.row, t.column, t.rowCount, 1)),
        write: (ranges) => {
          ranges.forEach((range, i) => {
            const count = targets[i].rowCount;
            range.numberFormat = Array.from({ length: count }, () => [STATUS_DATE_NUMBER_FORMAT]);
            range.values = Array.from({ length: count }, () => [serial]);
          });
        },
      })
    );
  } catch (error) {
    // The plan changed meanwhile: nothing was written; the refresh reports the undated change.
    if (error instanceof AbandonedWriteError) return null;
    throw error;
  }
  return { rows: dated.map((row) => row + 1) };
}

function sameValue(read: RawCell, reported: unknown): boolean {
  const a = read === null ? "" : typeof read === "object" ? read.error : read;
  const b = reported === null || reported === undefined ? "" : reported;
  return a === b || String(a) === String(b);
}

/** A co-author's change or a structure change: the memory takes the rows as they are now. */
async function rememberRows(
  context: Excel.RequestContext,
  changed: CellRange,
  memory: StatusMemory
): Promise<void> {
  const touched = queueTouchedRows(context, changed);
  const read = await readWorkbook(context, { planBody: false });
  const source = read.snapshot.plan;
  if (!source) return;
  memory.remember(new RowReader(source.header), toRawRows(touched.values));
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

/** Status and Statusnote of every action: the first memory. */
async function readKnownValues(context: Excel.RequestContext): Promise<StatusMemory> {
  const memory = new StatusMemory();
  const read = await readWorkbook(context);
  const source = read.snapshot.plan;
  if (!source) return memory;
  const reader = new RowReader(source.header);
  if (reader.usable) memory.remember(reader, source.rows);
  return memory;
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
  let memory = new StatusMemory();
  const handler = async (event: Excel.TableChangedEventArgs): Promise<void> => {
    const changed = parseAddress(event.address);
    if (!changed) return;
    try {
      if (String(event.source) !== "Local" || String(event.changeType) !== "RangeEdited") {
        // Remote edits and inserted, deleted or sorted rows: only the memory follows.
        if (String(event.changeType) === "RangeEdited") {
          await excel.run((context) => rememberRows(context, changed, memory));
        }
        return;
      }
      if (guard.isOwn(changed.sheet, changed)) return;
      const detail = event.details as CellDetail | undefined;
      if (detail && detail.valueBefore === detail.valueAfter) return; // format only
      const edit = await excel.run((context) =>
        handleEdit(context, changed, guard, memory, detail)
      );
      if (edit) onEdit(edit);
    } catch {
      // An event handler has nobody to report to; the date can still be set by hand, and the
      // refresh reports what changed undated.
    }
  };
  const registration = await excel.run(async (context) => {
    const table = context.workbook.tables.getItem(PLAN_TABLE);
    const result = table.onChanged.add(handler);
    await context.sync();
    memory = await readKnownValues(context);
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
