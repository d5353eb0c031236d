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
import type { RawGrid } from "../core/port";
import {
  ProvenSession,
  type CellBlock,
  type ExpectedCell,
  type ExpectedTable,
} from "./provenWrite";
import { characterWidthToPoints, MAX_CELLS_PER_CALL, REQUEST_BUDGET_BYTES } from "./writeOverview";

/** Where table Statusrunder is (0-based), as read. */
export interface HistoryTableLocation {
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  bodyRowCount: number;
  /** The table's whole range as read ("Historik!A1:I81"). */
  tableAddress?: string;
  /** Last row (0-based) holding a value on the sheet, when read. */
  usedLastRow?: number;
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
  /** The operation's proven session (one is made when absent). */
  session?: ProvenSession;
  /** Parts that travel with the first chunk (the plan's IDs, the highest-ID name). */
  withFirst?: readonly HistoryPart[];
  /** Table Statusrunder as read (header row and data rows), for proving the rows it deletes. */
  grid?: RawGrid | null;
  /** Header indexes of the grid's columns that were not read (their cells prove nothing). */
  unreadColumns?: readonly number[];
}

/** A part of a proven step that another writer contributes. */
export interface HistoryPart {
  expect?: readonly ExpectedCell[];
  tables?: readonly ExpectedTable[];
  targets?(): Excel.Range[];
  write(targets: Excel.Range[]): void;
  undo?(): void;
}

/** "Historik!A1:I81" with another number of body rows. */
function withBodyRows(address: string, headerRow: number, bodyRows: number): string {
  return address.replace(/(\d+)$/, String(headerRow + 1 + bodyRows));
}

/**
 * Applies the write as proven steps (provenWrite.ts): returns the number of syncs it took (one
 * per size chunk; chunk 1 also creates the sheet and table or deletes a replaced round's rows,
 * and carries `withFirst`). Each chunk proves the table's extent and that the rows it fills are
 * empty; chunk 1 also proves the replaced round's rows as read. Any difference undoes it all
 * and throws AbandonedWriteError.
 */
export async function writeHistoryInExcel(
  context: Excel.RequestContext,
  write: HistoryWrite,
  location: HistoryTableLocation | null,
  options: HistoryWriteOptions
): Promise<number> {
  const wb = context.workbook;
  const session = options.session ?? new ProvenSession(context, { canResize: options.canResize });
  const chunks = historyChunks(write.rows, write.numberFormats, options.budget);
  const width = write.numberFormats.length;
  const sheet = write.create ? write.create.sheet : location!.sheet;
  if (!write.create && !location) throw new Error("history write without the table's location");
  const headerRow = write.create ? 0 : location!.headerRow;
  const firstColumn = write.create ? 0 : location!.firstColumn;
  let bodyRows = write.create ? 0 : location!.bodyRowCount - write.deleteRows.length;
  let nextRow = headerRow + 1 + bodyRows;
  const firstRow = nextRow;
  const ws = () => wb.worksheets.getItem(sheet);
  const originalAddress = location?.tableAddress;
  for (const [i, [start, end]] of chunks.entries()) {
    const first = i === 0;
    const last = i === chunks.length - 1;
    const rowsHere = end - start;
    const at = nextRow;
    const expect: ExpectedCell[] = [];
    // A sheet this step creates has nothing to prove or put back: the undo deletes it.
    const newSheet = first && !!write.create;
    if (first && !write.create)
      for (const cell of deletedRowsProof(write, location!, options.grid, options.unreadColumns))
        expect.push(cell);
    const parts = first ? (options.withFirst ?? []) : [];
    for (const part of parts) for (const cell of part.expect ?? []) expect.push(cell);
    const tableNow =
      !first || !write.create
        ? originalAddress && !first
          ? withBodyRows(originalAddress, headerRow, bodyRows)
          : originalAddress
        : undefined;
    const deletions: CellBlock[] =
      first && !write.create
        ? rowRuns(write.deleteRows).map(([row, count]) => ({
            sheet,
            row: row - 1,
            column: firstColumn,
            rowCount: count,
            columnCount: location!.columnCount,
          }))
        : [];
    const partTargets: Excel.Range[][] = [];
    await session.step({
      expect,
      tables: [
        ...(tableNow ? [{ name: HISTORY_TABLE, address: tableNow }] : []),
        ...parts.flatMap((part) => part.tables ?? []),
      ],
      deletions,
      // Where the rows go must be empty: a write just below a table overwrites what is there.
      emptyTargets: rowsHere > 0 && !newSheet ? 1 : 0,
      ...(first && originalAddress
        ? { restoreTables: [{ name: HISTORY_TABLE, address: originalAddress }] }
        : {}),
      targets: () => {
        const own =
          rowsHere > 0 && !newSheet
            ? [ws().getRangeByIndexes(at, firstColumn, rowsHere, width)]
            : [];
        const others = parts.map((part) => part.targets?.() ?? []);
        partTargets.push(...others);
        return [...own, ...others.flat()];
      },
      write: () => {
        let sheetProxy: Excel.Worksheet;
        if (first && write.create) {
          // First in the request: a sheet of that name made meanwhile fails it before the rest.
          sheetProxy = wb.worksheets.add(write.create.sheet);
          const header = sheetProxy.getRangeByIndexes(0, 0, 1, width);
          header.numberFormat = [write.create.header.map(() => "@")];
          header.values = [write.create.header];
          write.create.columnWidths.forEach((w, c) => {
            sheetProxy.getRangeByIndexes(0, c, 1, 1).format.columnWidth = characterWidthToPoints(w);
          });
          sheetProxy.freezePanes.freezeRows(1);
          wb.names.add(HISTORY_MARKER_NAME, sheetProxy.getRange("A1"));
        } else sheetProxy = ws();
        // Within a request, no call carries more than MAX_CELLS_PER_CALL cells.
        const step = Math.max(1, Math.floor(MAX_CELLS_PER_CALL / Math.max(1, width)));
        let row = at;
        for (let from = start; from < end; from += step) {
          const to = Math.min(end, from + step);
          const range = sheetProxy.getRangeByIndexes(row, firstColumn, to - from, width);
          range.numberFormat = write.rows.slice(from, to).map(() => [...write.numberFormats]);
          range.values = write.rows.slice(from, to);
          range.format.verticalAlignment = "Top";
          row += to - from;
        }
        if (first && write.create) {
          // The table over the header and the first chunk; later chunks expand it from below.
          const table = sheetProxy.tables.add(
            sheetProxy.getRangeByIndexes(0, 0, Math.max(2, row), width),
            true
          );
          table.name = write.create.table;
        }
        if (last && options.canResize) {
          const rows = Math.max(row, firstRow + (write.create ? 1 : 0)) - headerRow;
          wb.tables
            .getItem(HISTORY_TABLE)
            .resize(sheetProxy.getRangeByIndexes(headerRow, firstColumn, Math.max(2, rows), width));
        }
        parts.forEach((part, k) => part.write(partTargets[k] ?? []));
      },
      undo: () => {
        for (const part of [...parts].reverse()) part.undo?.();
        if (first && write.create) {
          // A sheet we made goes again, with its marker.
          wb.names.getItem(HISTORY_MARKER_NAME).delete();
          wb.worksheets.getItem(write.create.sheet).delete();
        }
      },
    });
    nextRow += rowsHere;
    bodyRows += rowsHere;
  }
  return chunks.length;
}

/** The replaced round's rows must still hold what was read (every cell: they are deleted). */
function deletedRowsProof(
  write: HistoryWrite,
  location: HistoryTableLocation,
  grid: RawGrid | null | undefined,
  unread: readonly number[] = []
): ExpectedCell[] {
  if (!grid || write.deleteRows.length === 0) return [];
  const out: ExpectedCell[] = [];
  for (const sheetRow of write.deleteRows) {
    const cells = grid.values[sheetRow - 1 - grid.row] ?? [];
    for (let c = 0; c < location.columnCount; c++) {
      if (unread.includes(c)) continue;
      out.push({
        sheet: location.sheet,
        row: sheetRow - 1,
        column: location.firstColumn + c,
        value: cells[c] ?? null,
      });
    }
  }
  return out;
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

/** Adjacent assignment rows as [first index, end index) into the sorted list. */
function idRuns(sorted: readonly IdAssignment[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].row === sorted[j - 1].row + 1) j++;
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** The cells queuePlanIds sets (the ID runs, and a new column's header on a sheet plan). */
export function planIdTargets(
  context: Excel.RequestContext,
  plan: PlanTableLocation,
  idIndex: number | null,
  assignments: readonly IdAssignment[]
): Excel.Range[] {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const column = plan.firstColumn + (idIndex ?? plan.columnCount);
  const sorted = [...assignments].sort((a, b) => a.row - b.row);
  const targets = idRuns(sorted).map(([i, j]) =>
    ws.getRangeByIndexes(sorted[i].row - 1, column, j - i, 1)
  );
  if (idIndex === null && !plan.table)
    targets.push(ws.getRangeByIndexes(plan.headerRow, column, 1, 1));
  return targets;
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
): Excel.TableColumn | undefined {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const column = plan.firstColumn + (idIndex ?? plan.columnCount);
  let added: Excel.TableColumn | undefined;
  if (idIndex === null) {
    if (plan.table) {
      added = context.workbook.tables
        .getItem(plan.table)
        .columns.add(undefined, undefined, COLUMN_NAMES.id[lang]);
    } else {
      const header = ws.getRangeByIndexes(plan.headerRow, column, 1, 1);
      header.numberFormat = [["@"]];
      header.values = [[COLUMN_NAMES.id[lang]]];
    }
  }
  const sorted = [...assignments].sort((a, b) => a.row - b.row);
  for (const [i, j] of idRuns(sorted)) {
    const range = ws.getRangeByIndexes(sorted[i].row - 1, column, j - i, 1);
    range.numberFormat = sorted.slice(i, j).map(() => ["@"]);
    range.values = sorted.slice(i, j).map((a) => [a.id]);
  }
  return added;
}
