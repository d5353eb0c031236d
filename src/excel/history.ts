// Table Statusrunder (sheet Historik) and the plan's ID column over Office.js: queues the
// core's HistoryWrite and IdPlan on a request context. Rows go with Range.values just below
// the table, which expands it (the co-authoring guidance: never TableRowCollection.add); where
// ExcelApi 1.13 is there, Table.resize then states the new extent explicitly. The writes are
// split by measured size under Excel on the web's 5 MB request limit, so closing a round costs
// a number of syncs fixed before the first write.

import { COLUMN_NAMES } from "../core/columns";
import type { Language } from "../core/model";
import { HISTORY_MARKER_NAME, HISTORY_TABLE } from "../core/port";
import type { HistoryValue, HistoryWrite } from "../core/rounds/historyWrite";
import type { IdAssignment } from "../core/rounds/ids";
import { characterWidthToPoints, MAX_CELLS_PER_CALL, REQUEST_BUDGET_BYTES } from "./writeOverview";

/** Where table Statusrunder is (0-based), as read. */
export interface HistoryTableLocation {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  bodyRowCount: number;
}

/** Runs of adjacent rows (descending input) as [first, count], bottom run first. */
export function rowRuns(descending: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of descending) {
    const last = runs[runs.length - 1];
    if (last && last[0] - 1 === row) {
      last[0] = row;
      last[1] += 1;
    } else runs.push([row, 1]);
  }
  return runs;
}

const UTF8 = new TextEncoder();

/** Row ranges [first, end) of `rows` whose values and formats fit the request budget each. */
export function historyChunks(
  rows: readonly HistoryValue[][],
  numberFormats: readonly string[],
  budget: number = REQUEST_BUDGET_BYTES
): [number, number][] {
  // Each row travels twice (number formats, values) as JSON; UTF-8 counts non-ASCII wider.
  const formatBytes = JSON.stringify(numberFormats).length + 1;
  const chunks: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, i) => {
    const size = UTF8.encode(JSON.stringify(row)).length + 1 + formatBytes;
    if (bytes + size > budget && i > start) {
      chunks.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  chunks.push([start, rows.length]);
  return chunks;
}

export interface HistoryWriteOptions {
  /** Table.resize (ExcelApi 1.13) is available. */
  canResize: boolean;
  lang: Language;
  budget?: number;
}

/**
 * Applies the write: returns the number of syncs it took (one per size chunk; chunk 1 also
 * creates the sheet and table or deletes a replaced round's rows).
 */
export async function writeHistoryInExcel(
  context: Excel.RequestContext,
  write: HistoryWrite,
  location: HistoryTableLocation | null,
  options: HistoryWriteOptions
): Promise<number> {
  const wb = context.workbook;
  const chunks = historyChunks(write.rows, write.numberFormats, options.budget);
  const width = write.numberFormats.length;
  let ws: Excel.Worksheet;
  let headerRow: number;
  let firstColumn: number;
  let nextRow: number;
  if (write.create) {
    ws = wb.worksheets.add(write.create.sheet);
    headerRow = 0;
    firstColumn = 0;
    const header = ws.getRangeByIndexes(0, 0, 1, width);
    header.numberFormat = [write.create.header.map(() => "@")];
    header.values = [write.create.header];
    write.create.columnWidths.forEach((w, c) => {
      ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = characterWidthToPoints(w);
    });
    ws.freezePanes.freezeRows(1);
    wb.names.add(HISTORY_MARKER_NAME, ws.getRange("A1"));
    nextRow = 1;
  } else {
    if (!location) throw new Error("history write without the table's location");
    ws = wb.worksheets.getItem(location.sheet);
    headerRow = location.headerRow;
    firstColumn = location.firstColumn;
    // Each deleted run shifts the table's cells below it up (within the table's columns).
    for (const [first, count] of rowRuns(write.deleteRows)) {
      ws.getRangeByIndexes(first - 1, firstColumn, count, location.columnCount).delete("Up");
    }
    nextRow = headerRow + 1 + location.bodyRowCount - write.deleteRows.length;
  }
  const firstRow = nextRow;
  for (const [i, [start, end]] of chunks.entries()) {
    // Within a request, no call carries more than MAX_CELLS_PER_CALL cells.
    const step = Math.max(1, Math.floor(MAX_CELLS_PER_CALL / Math.max(1, width)));
    for (let from = start; from < end; from += step) {
      const to = Math.min(end, from + step);
      const range = ws.getRangeByIndexes(nextRow, firstColumn, to - from, width);
      range.numberFormat = write.rows.slice(from, to).map(() => [...write.numberFormats]);
      range.values = write.rows.slice(from, to);
      range.format.verticalAlignment = "Top";
      nextRow += to - from;
    }
    if (i === 0 && write.create) {
      // The table over the header and the first chunk; later chunks expand it from below.
      const table = ws.tables.add(ws.getRangeByIndexes(0, 0, Math.max(2, nextRow), width), true);
      table.name = write.create.table;
    }
    if (i === chunks.length - 1 && options.canResize) {
      const rows = Math.max(nextRow, firstRow + (write.create ? 1 : 0)) - headerRow;
      wb.tables
        .getItem(HISTORY_TABLE)
        .resize(ws.getRangeByIndexes(headerRow, firstColumn, Math.max(2, rows), width));
    }
    // One sync per measured chunk (one for all but very large rounds), fixed above.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return chunks.length;
}

/** Where the plan is (0-based), as read: for the ID column. */
export interface PlanTableLocation {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  /** Name of the plan's table, or null when the plan is read from its sheet. */
  table: string | null;
}

/**
 * Queues the plan's new IDs: into column `idIndex` (0-based in the plan), or into a new column
 * ID right of the plan (TableColumnCollection.add for a table: ExcelApi 1.4). The caller has
 * checked that this column is empty. IDs are text (`@`), one write per run of adjacent rows.
 */
export function queuePlanIds(
  context: Excel.RequestContext,
  plan: PlanTableLocation,
  idIndex: number | null,
  assignments: readonly IdAssignment[],
  lang: Language
): void {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const column = plan.firstColumn + (idIndex ?? plan.columnCount);
  if (idIndex === null) {
    if (plan.table) {
      context.workbook.tables
        .getItem(plan.table)
        .columns.add(undefined, undefined, COLUMN_NAMES.id[lang]);
    } else {
      const header = ws.getRangeByIndexes(plan.headerRow, column, 1, 1);
      header.numberFormat = [["@"]];
      header.values = [[COLUMN_NAMES.id[lang]]];
    }
  }
  const sorted = [...assignments].sort((a, b) => a.row - b.row);
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].row === sorted[j - 1].row + 1) j++;
    const range = ws.getRangeByIndexes(sorted[i].row - 1, column, j - i, 1);
    range.numberFormat = sorted.slice(i, j).map(() => ["@"]);
    range.values = sorted.slice(i, j).map((a) => [a.id]);
    i = j;
  }
}
