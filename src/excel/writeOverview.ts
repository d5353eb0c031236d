// Writes a generated sheet (a SheetDescription) in bulk: ONE context.sync() for plans of a few
// thousand actions, and above that a fixed number of syncs computed up front.
//
// Per chunk of rows: number formats ("@" first, so a note like "=SUM(A1)" stays text — Excel
// keeps a value written into a Text-formatted cell as text), values, column defaults through
// `range.format`, one setCellProperties for the per-cell differences, one setRowProperties for
// the row heights, and the merges that end in the chunk. Once: clear or create the sheet, column
// widths, page layout, print titles, page breaks, freeze panes, the marker name, activation.
//
// Request size: Excel on the web rejects requests over 5 MB. Every row's payload is measured
// (UTF-8 JSON of its values, formats, cell and row properties) before anything is queued, and
// rows are grouped into chunks of at most OVERVIEW_BUDGET_BYTES. The per-merge cost is the one
// measured on the wire of Microsoft's client inside Excel.run (object path, Instantiate and
// Merge actions: 361 bytes with short ids, see MERGE_FIXED_BYTES; 454 with the automatic
// _KeepReference, which untrack() avoids).
// Within a chunk, setCellProperties goes in blocks of at most MAX_CELLS_PER_CALL cells,
// because it fails on Excel on the web at around 90,000 cells (office-js #2564); values and
// number formats the client itself splits into 1,500-cell writes. Each chunk is one sync; the
// list of chunks is fixed before the first one is sent, so the number of round trips is known
// from the plan's size alone (`npm run bench` reports the count).

import type { CellRange, SheetCell, SheetDescription } from "../core/sheet";
import { syncEndingWithFocus } from "./bestEffortFocus";
import {
  applyColumnDefault,
  cellProperties,
  columnDefaults,
  isEmpty,
  type ColumnDefault,
} from "./cellProperties";

/**
 * The budget per request of a write whose estimate carries no measured allowance (the history's
 * rows): the ceiling is 4,500,000 bytes on the wire, under the web's 5 MB limit with a margin.
 */
export const REQUEST_BUDGET_BYTES = 4_300_000;
/**
 * The overview writer's budget. Measured through Office.js, its estimate of a full chunk is
 * within 0.5 % of the real body at any place in the context (ids, rows), so 4.4 MB of estimate
 * stays under the 4.5 MB ceiling and chunks pack between 4 MB and it: the write takes
 * ⌈bytes / 4.4 MB⌉ syncs, within 1 + ⌈bytes / 4 MB⌉.
 */
export const OVERVIEW_BUDGET_BYTES = 4_400_000;
/** Allowance for the commands of a chunk that are not per-row data. */
const CHUNK_OVERHEAD_BYTES = 17_000;
/**
 * One getRangeByIndexes(...).untrack().merge(false) on the wire of Office.js: 325 bytes besides
 * its ids and its row number, measured (plus a little slack). It writes nine ids (its path, two
 * Instantiate actions, the Merge action) and takes five of the context's ids, which only grow
 * through the operation: counting a flat size, late chunks of a large overview came out 2-3 %
 * over their estimate (4.45 MB real for 4.3 MB). So the ids are counted as they go.
 */
const MERGE_FIXED_BYTES = 328;
const MERGE_ID_COUNT = 9;
const MERGE_IDS_TAKEN = 5;
/**
 * Ids taken before a chunk's merges (the read's, the chunk's values, formats and properties):
 * measured ~1,100 for a full chunk, counted generously.
 */
const CHUNK_IDS = 2_000;

const digits = (n: number): number => String(Math.max(0, Math.floor(n))).length;

/** Counts the context's ids as the chunks are cut: the bytes of the next merge. */
class MergeCost {
  private id = 0;

  nextChunk(): void {
    this.id += CHUNK_IDS;
  }

  /** The count now, to go back to when the merges counted go to the next chunk instead. */
  mark(): number {
    return this.id;
  }

  restore(mark: number): void {
    this.id = mark;
  }

  bytes(merge: CellRange): number {
    const cost = MERGE_FIXED_BYTES + MERGE_ID_COUNT * digits(this.id) + digits(merge.row);
    this.id += MERGE_IDS_TAKEN;
    return cost;
  }
}
/**
 * The client writes values and number formats in pieces of 1,500 cells, each with its own
 * range paths (GetRow, GetBoundingRect), and setCellProperties goes in blocks: measured ~1.7
 * bytes a cell in all, which a flat allowance per chunk missed by ~60 KB on a full chunk.
 */
const SPLIT_BYTES_PER_CELL = 1.5;
/** A manual page break added by address, measured on the wire: 176 bytes. */
const PAGE_BREAK_BYTES = 200;
/** A column width (range path + SetProperty), with the page layout's few statements spread. */
const COLUMN_SETTING_BYTES = 400;
/** Cells per setCellProperties / values call: well under the ~90,000 of office-js #2564. */
export const MAX_CELLS_PER_CALL = 50_000;

/** Excel's maximum digit width of the default font (Calibri 11) in pixels at 96 dpi. */
const MAX_DIGIT_WIDTH_PX = 7;

/**
 * A column width in Excel character units as the file format and ExcelJS store it (padding
 * included: Excel's displayed 8.43 is stored as 9.140625) → points, the unit of Office.js
 * `format.columnWidth`. Excel's own conversion: pixels =
 * trunc(((256·w + trunc(128/mdw)) / 256) · mdw) with mdw = 7 px for Calibri 11, and
 * points = pixels · 72/96. Example: 45 → 315 px → 236.25 pt; 6 → 42 px → 31.5 pt.
 */
export function characterWidthToPoints(width: number): number {
  const mdw = MAX_DIGIT_WIDTH_PX;
  const pixels = Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw);
  return (pixels * 72) / 96;
}

/** The inverse, for reading back (exact up to Excel's rounding to whole pixels). */
export function pointsToCharacterWidth(points: number): number {
  return (points * 96) / 72 / MAX_DIGIT_WIDTH_PX;
}

const utf8 = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
};

interface RowPayload {
  values: (string | number)[];
  numberFormat: string[];
  properties: Excel.SettableCellProperties[];
  height: number | null;
  bytes: number;
}

export interface Chunk {
  /** 0-based first row and row count. */
  first: number;
  count: number;
  bytes: number;
  merges: CellRange[];
}

export interface OverviewWritePlan {
  rows: RowPayload[];
  defaults: ColumnDefault[];
  chunks: Chunk[];
}

function cellValue(cell: SheetCell): string | number {
  return cell.value === null ? "" : cell.value;
}

/** Computes every row's payload and the chunks, before anything is queued. */
export function planOverviewWrite(
  sheet: SheetDescription,
  budget: number = OVERVIEW_BUDGET_BYTES
): OverviewWritePlan {
  const defaults = columnDefaults(sheet.cells, sheet.columnCount);
  // Per column: one entry per (style object, empty) pair; styles are shared objects.
  type Entry = { props: Excel.SettableCellProperties; bytes: number };
  const propCache = defaults.map(() => [new Map<unknown, Entry>(), new Map<unknown, Entry>()]);
  const rows: RowPayload[] = sheet.cells.map((cells, r) => {
    const values = cells.map(cellValue);
    const numberFormat = cells.map((cell) => (typeof cell.value === "number" ? "General" : "@"));
    let propBytes = 0;
    const properties = cells.map((cell, c) => {
      const empty = isEmpty(cell.value);
      const cache = propCache[c][empty ? 1 : 0];
      let entry = cache.get(cell.style);
      if (!entry) {
        const props = cellProperties(cell.style, defaults[c], empty);
        entry = { props, bytes: utf8(JSON.stringify(props)) + 1 };
        cache.set(cell.style, entry);
      }
      propBytes += entry.bytes;
      return entry.props;
    });
    const height = sheet.rowHeights[r] ?? null;
    const bytes =
      utf8(JSON.stringify(values)) +
      utf8(JSON.stringify(numberFormat)) +
      propBytes +
      (height === null ? 3 : 28) +
      cells.length * SPLIT_BYTES_PER_CELL;
    return { values, numberFormat, properties, height, bytes };
  });

  // A merge goes with the chunk holding its last row, so all its cells are written by then; its
  // bytes count there before the chunks are cut (the overview merges every multi-line item).
  const mergesByLastRow = new Map<number, CellRange[]>();
  for (const merge of sheet.merges) {
    const last = Math.min(merge.row + merge.rowCount, rows.length) - 1;
    const list = mergesByLastRow.get(last);
    if (list) list.push(merge);
    else mergesByLastRow.set(last, [merge]);
  }
  const chunks: Chunk[] = [];
  const mergeCost = new MergeCost();
  mergeCost.nextChunk();
  let current: Chunk | null = null;
  rows.forEach((row, r) => {
    const merges = mergesByLastRow.get(r) ?? [];
    // Counted with the ids they would get in this chunk; a new chunk counts them again.
    const mark = mergeCost.mark();
    let bytes = row.bytes + merges.reduce((sum, merge) => sum + mergeCost.bytes(merge), 0);
    if (!current || (current.count > 0 && current.bytes + bytes > budget - CHUNK_OVERHEAD_BYTES)) {
      if (current) {
        mergeCost.restore(mark);
        mergeCost.nextChunk();
        bytes = row.bytes + merges.reduce((sum, merge) => sum + mergeCost.bytes(merge), 0);
      }
      current = { first: r, count: 0, bytes: 0, merges: [] };
      chunks.push(current);
    }
    current.count++;
    current.bytes += bytes;
    for (const merge of merges) current.merges.push(merge);
    mergesByLastRow.delete(r);
  });
  if (chunks.length === 0) chunks.push({ first: 0, count: 0, bytes: 0, merges: [] });
  // Merges below the last row (none from the core) still get written, with the last chunk.
  const tail = chunks[chunks.length - 1];
  for (const merges of mergesByLastRow.values()) {
    for (const merge of merges) {
      tail.merges.push(merge);
      tail.bytes += mergeCost.bytes(merge);
    }
  }
  // The last chunk also carries the sheet settings (widths, page layout, page breaks); when they
  // do not fit beside its rows they get a request of their own, still fixed before any write.
  const settingsBytes =
    (sheet.rowBreaks?.length ?? 0) * PAGE_BREAK_BYTES + sheet.columnCount * COLUMN_SETTING_BYTES;
  const last = chunks[chunks.length - 1];
  if (last.count > 0 && last.bytes + settingsBytes > budget - CHUNK_OVERHEAD_BYTES) {
    chunks.push({ first: rows.length, count: 0, bytes: settingsBytes, merges: [] });
  } else last.bytes += settingsBytes;
  return { rows, defaults, chunks };
}

export interface OverviewTarget {
  /** The sheet exists (and is ours: the caller checked the marker). */
  exists: boolean;
  /** The marker name exists (possibly stale, if the sheet was deleted). */
  markerExists: boolean;
  markerName: string;
  markerComment: string;
}

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range =>
  ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);

/**
 * Queues the sheet's preparation: the equivalent of office-js-helpers'
 * `ExcelUtilities.forceCreateSheet(name, clearOnly)` without its own Excel.run and two extra
 * syncs — existence is already known from the read. Unmerge and clear(All) on the whole sheet
 * and no frozen panes; or a new sheet. Every written row and column gets its height and width
 * again; rows below a shorter new overview keep their old height (they are empty).
 */
function prepareSheet(
  context: Excel.RequestContext,
  name: string,
  target: OverviewTarget
): Excel.Worksheet {
  const sheets = context.workbook.worksheets;
  if (!target.exists) {
    const ws = sheets.add(name);
    if (target.markerExists) context.workbook.names.getItem(target.markerName).delete();
    context.workbook.names.add(target.markerName, ws.getRange("A1"), target.markerComment);
    return ws;
  }
  const ws = sheets.getItem(name);
  const all = ws.getRange();
  all.unmerge();
  all.clear("All");
  ws.freezePanes.unfreeze();
  return ws;
}

export function queueRows(
  ws: Excel.Worksheet,
  sheet: SheetDescription,
  plan: OverviewWritePlan,
  chunk: Chunk
): void {
  if (chunk.count === 0 || sheet.columnCount === 0) return;
  const rows = plan.rows.slice(chunk.first, chunk.first + chunk.count);
  const range = ws.getRangeByIndexes(chunk.first, 0, chunk.count, sheet.columnCount);
  range.numberFormat = rows.map((row) => row.numberFormat);
  range.values = rows.map((row) => row.values);
  plan.defaults.forEach((defaults, c) => {
    if (Object.keys(defaults).length > 0) {
      applyColumnDefault(ws.getRangeByIndexes(chunk.first, c, chunk.count, 1), defaults);
    }
  });
  // setCellProperties in blocks of whole rows, each at most MAX_CELLS_PER_CALL cells.
  const blockRows = Math.max(1, Math.floor(MAX_CELLS_PER_CALL / sheet.columnCount));
  for (let start = 0; start < rows.length; start += blockRows) {
    const block = rows.slice(start, start + blockRows);
    const target =
      block.length === rows.length
        ? range
        : ws.getRangeByIndexes(chunk.first + start, 0, block.length, sheet.columnCount);
    target.setCellProperties(block.map((row) => row.properties));
  }
  range.setRowProperties(
    rows.map((row) => (row.height === null ? {} : { format: { rowHeight: row.height } }))
  );
}

export function queueSheetSettings(ws: Excel.Worksheet, sheet: SheetDescription): void {
  sheet.columnWidths.forEach((width, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = characterWidthToPoints(width);
  });
  const layout = ws.pageLayout;
  const page = sheet.page;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // verticalFitToPages 0 = as many pages tall as needed (the file format's fitToHeight="0").
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide, verticalFitToPages: 0 };
  if (page.margins) {
    layout.topMargin = page.margins.top * 72;
    layout.bottomMargin = page.margins.bottom * 72;
    layout.leftMargin = page.margins.left * 72;
    layout.rightMargin = page.margins.right * 72;
  }
  if (page.printTitleRows) {
    const { first, last } = page.printTitleRows;
    layout.setPrintTitleRows(ws.getRangeByIndexes(first, 0, last - first + 1, 1).getEntireRow());
  }
  // Manual page breaks between items (ExcelApi 1.9 PageBreakCollection), in the same batch;
  // the old overview's breaks go first, as clear("All") leaves them. `add` takes an address
  // ("A28"), which spares a range object per break on the wire.
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of sheet.rowBreaks ?? []) {
    ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (sheet.frozenRows) ws.freezePanes.freezeRows(sheet.frozenRows);
}

/**
 * Writes the overview: chunk 1 also prepares the sheet and its marker; the last chunk sets
 * widths, page layout and freeze panes and activates the sheet. Returns the number of syncs.
 */
export async function writeOverviewSheet(
  context: Excel.RequestContext,
  sheet: SheetDescription,
  target: OverviewTarget,
  budget: number = OVERVIEW_BUDGET_BYTES,
  /** Called with the number of chunks before anything is queued (may throw to stop). */
  beforeFirstWrite?: (chunks: number) => void,
  /** Queues more for the last chunk's request, before the activation (e.g. a load). */
  withLastChunk?: (ws: Excel.Worksheet) => void
): Promise<number> {
  const plan = planOverviewWrite(sheet, budget);
  beforeFirstWrite?.(plan.chunks.length);
  const ws = prepareSheet(context, sheet.name, target);
  const last = plan.chunks.length - 1;
  for (const [i, chunk] of plan.chunks.entries()) {
    queueRows(ws, sheet, plan, chunk);
    // untrack(): no _KeepReference and second Instantiate per range on the wire (361 instead
    // of 454 bytes a merge); the range is not used again.
    chunk.merges.forEach((merge) => rangeOf(ws, merge).untrack().merge(false));
    if (i === last) {
      queueSheetSettings(ws, sheet);
      withLastChunk?.(ws);
      ws.activate(); // last statement: best effort (see bestEffortFocus.ts)
    }
    // One sync per chunk is inherent to staying under the 5 MB request limit; the chunks were
    // fixed above from measured sizes (a single chunk for all but very large plans).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await (i === last ? syncEndingWithFocus(context) : context.sync());
  }
  return plan.chunks.length;
}
