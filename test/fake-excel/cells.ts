// Cell-level operations on the state (no proxies): writing values / formulas / number
// formats with Excel's shape rules, formats, merges, clear, used range, column widths.

import { colsOf, intersects, rowsOf, type Rect } from "./address";
import { ErrorCodes, FakeUsageError, fail } from "./errors";
import type { HostCore } from "./hostcore";
import {
  type CellFormat,
  type CellState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type Scalar,
  type SheetState,
  type WorkbookState,
  cellFor,
  cellKey,
  defaultFormat,
  getCell,
  isDefaultFormat,
  keyCol,
  keyRow,
} from "./state";
import { cellFormula, cellText, cellValue, parseInput } from "./values";

/** Cells the fake will format one by one; whole-column formats are not modelled. */
const MAX_FORMATTED_CELLS = 2_000_000;

const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * A 2D input of the range's shape, or a single non-array value applied to every cell
 * (Office.js accepts both); anything else is InvalidArgument, as in Excel.
 */
export function grid<V>(input: unknown, rect: Rect, what: string): (V | null)[][] {
  const rows = rowsOf(rect);
  const cols = colsOf(rect);
  if (!Array.isArray(input)) {
    // "null is not a valid input for single property" (Excel add-ins: blank and null values).
    if (input === undefined || input === null)
      fail(ErrorCodes.invalidArgument, `${what}: null is not a valid input for a single property`);
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => input as V));
  }
  const ok =
    input.length === rows && input.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) {
    const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    fail(
      ErrorCodes.invalidArgument,
      `${what}: ${SHAPE_MESSAGE} Range is ${rows}x${cols}, input ${got}`
    );
  }
  return input as (V | null)[][];
}

function forEachCell(rect: Rect, fn: (r: number, c: number, i: number, j: number) => void): void {
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) fn(r, c, r - rect.r0, c - rect.c0);
}

/**
 * Writes Range.values / Range.formulas. `null` entries leave the cell unchanged ("null
 * input in 2-D array" in the Excel JavaScript API docs), "" empties it.
 */
export function writeContents(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  input: unknown,
  asFormulas: boolean,
  what: string
): void {
  host.assertWritable(sheet, what);
  const g = grid<unknown>(input, rect, what);
  const single = rect.r0 === rect.r1 && rect.c0 === rect.c1;
  const before = single ? cellValue(host.wb, sheet, getCell(sheet, rect.r0, rect.c0)) : undefined;
  forEachCell(rect, (r, c, i, j) => {
    const v = g[i][j];
    if (v === null || v === undefined) return;
    const cell = cellFor(sheet, r, c);
    const content = parseInput(v, cell.numberFormat, asFormulas);
    cell.value = content.value;
    if (content.formula !== undefined) cell.formula = content.formula;
    else delete cell.formula;
  });
  normalizeTableHeaders(host, sheet, rect);
  let details: Record<string, unknown> | undefined;
  if (single) {
    const after = cellValue(host.wb, sheet, getCell(sheet, rect.r0, rect.c0));
    details = {
      valueBefore: before,
      valueAfter: after,
      valueTypeBefore: valueType(before!),
      valueTypeAfter: valueType(after),
    };
  }
  host.recordChange(sheet, rect, "RangeEdited", details);
}

/**
 * A format-only change raises onChanged too: "onChanged fires when either the format or
 * value of the data changes" (Excel docs, "Detect data changes"). For one cell, `details`
 * has the same value before and after.
 */
export function recordFormatChange(host: HostCore, sheet: SheetState, rect: Rect): void {
  let details: Record<string, unknown> | undefined;
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) {
    const value = cellValue(host.wb, sheet, getCell(sheet, rect.r0, rect.c0));
    const type = valueType(value);
    details = {
      valueBefore: value,
      valueAfter: value,
      valueTypeBefore: type,
      valueTypeAfter: type,
    };
  }
  host.recordChange(sheet, rect, "RangeEdited", details);
}

function valueType(v: Scalar): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return v.startsWith("#") ? "Error" : "String";
}

export function writeNumberFormat(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  input: unknown,
  what: string
): void {
  host.assertWritable(sheet, what);
  const g = grid<unknown>(input, rect, what);
  forEachCell(rect, (r, c, i, j) => {
    const v = g[i][j];
    if (v === null || v === undefined) return;
    if (typeof v !== "string")
      fail(
        ErrorCodes.invalidArgument,
        `${what}: number formats are strings, got ${JSON.stringify(v)}`
      );
    // "Blank input for numberFormat resets it to General" (blank and null values).
    cellFor(sheet, r, c).numberFormat = v === "" ? "General" : v;
  });
  recordFormatChange(host, sheet, rect);
}

export function readGrid<V>(
  sheet: SheetState,
  rect: Rect,
  fn: (cell: CellState | undefined) => V
): V[][] {
  const out: V[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: V[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(fn(getCell(sheet, r, c)));
    out.push(row);
  }
  return out;
}

export function readValues(host: HostCore, sheet: SheetState, rect: Rect): Scalar[][] {
  return readGrid(sheet, rect, (cell) => cellValue(host.wb, sheet, cell));
}
export function readFormulas(sheet: SheetState, rect: Rect): Scalar[][] {
  return readGrid(sheet, rect, (cell) => cellFormula(cell));
}
export function readNumberFormats(sheet: SheetState, rect: Rect): string[][] {
  return readGrid(sheet, rect, (cell) => cell?.numberFormat ?? "General");
}
export function readText(host: HostCore, sheet: SheetState, rect: Rect): string[][] {
  return readGrid(sheet, rect, (cell) =>
    cellText(cellValue(host.wb, sheet, cell), cell?.numberFormat ?? "General")
  );
}
export function readValueTypes(host: HostCore, sheet: SheetState, rect: Rect): string[][] {
  return readGrid(sheet, rect, (cell) => valueType(cellValue(host.wb, sheet, cell)));
}

/** Applies `mutate` to the format of every cell of `rect`. */
export function applyFormat(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  what: string,
  mutate: (f: CellFormat, r: number, c: number) => void
): void {
  host.assertWritable(sheet, what);
  if (rowsOf(rect) * colsOf(rect) > MAX_FORMATTED_CELLS)
    throw new FakeUsageError(
      `${what} on ${rowsOf(rect) * colsOf(rect)} cells: whole-row/column formatting is not modelled`
    );
  forEachCell(rect, (r, c) => mutate(cellFor(sheet, r, c).format, r, c));
  recordFormatChange(host, sheet, rect);
}

/** Range format read: the common value, or null when the cells differ (Excel's "null response"). */
export function readFormat<V>(
  sheet: SheetState,
  rect: Rect,
  get: (f: CellFormat, r: number, c: number) => V
): V | null {
  const area = rowsOf(rect) * colsOf(rect);
  let first = true;
  let value: V | null = null;
  const take = (v: V): boolean => {
    if (first) {
      first = false;
      value = v;
      return true;
    }
    return JSON.stringify(v) === JSON.stringify(value);
  };
  if (area <= 100_000) {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++)
        if (!take(get(getCell(sheet, r, c)?.format ?? defaultFormat(), r, c))) return null;
    return value;
  }
  let seen = 0;
  for (const [k, cell] of sheet.cells) {
    const r = keyRow(k);
    const c = keyCol(k);
    if (r < rect.r0 || r > rect.r1 || c < rect.c0 || c > rect.c1) continue;
    seen++;
    if (!take(get(cell.format, r, c))) return null;
  }
  if (seen < area && !take(get(defaultFormat(), rect.r0, rect.c0))) return null;
  return value;
}

export function sameOrNull<V>(values: V[]): V | null {
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : null;
}

export function columnWidth(sheet: SheetState, c: number): number {
  return sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
}
export function rowHeight(sheet: SheetState, r: number): number {
  return sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT;
}

export function readColumnWidth(sheet: SheetState, rect: Rect): number | null {
  const ws: number[] = [];
  for (let c = rect.c0; c <= rect.c1; c++) ws.push(columnWidth(sheet, c));
  return sameOrNull(ws);
}
export function readRowHeight(sheet: SheetState, rect: Rect): number | null {
  if (rowsOf(rect) > 100_000) return sheet.rowHeights.size === 0 ? DEFAULT_ROW_HEIGHT : null;
  const hs: number[] = [];
  for (let r = rect.r0; r <= rect.r1; r++) hs.push(rowHeight(sheet, r));
  return sameOrNull(hs);
}

/** Cells with content (or, unless valuesOnly, with a number format or format) as a bounding rect. */
export function usedRect(sheet: SheetState, valuesOnly: boolean, within?: Rect): Rect | null {
  let out: Rect | null = null;
  for (const [k, cell] of sheet.cells) {
    const used =
      cell.value !== "" ||
      cell.formula !== undefined ||
      (!valuesOnly && (cell.numberFormat !== "General" || !isDefaultFormat(cell.format)));
    if (!used) continue;
    const r = keyRow(k);
    const c = keyCol(k);
    if (within && (r < within.r0 || r > within.r1 || c < within.c0 || c > within.c1)) continue;
    out = out
      ? {
          r0: Math.min(out.r0, r),
          c0: Math.min(out.c0, c),
          r1: Math.max(out.r1, r),
          c1: Math.max(out.c1, c),
        }
      : { r0: r, c0: c, r1: r, c1: c };
  }
  return out;
}

export function merge(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  across: boolean,
  what: string
): void {
  host.assertWritable(sheet, what);
  const table = host.wb.tables.find((t) => t.sheetId === sheet.id && intersects(t.rect, rect));
  if (table)
    fail(ErrorCodes.invalidOperation, `${what}: cells in table '${table.name}' cannot be merged`);
  const areas: Rect[] = across
    ? Array.from({ length: rowsOf(rect) }, (_, i) => ({
        ...rect,
        r0: rect.r0 + i,
        r1: rect.r0 + i,
      }))
    : [rect];
  for (const area of areas) {
    if (rowsOf(area) * colsOf(area) < 2) continue;
    sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
    sheet.merges.push({ ...area });
    // Excel keeps only the upper-left value of a merged area.
    forEachCell(area, (r, c) => {
      if (r === area.r0 && c === area.c0) return;
      const cell = getCell(sheet, r, c);
      if (cell) {
        cell.value = "";
        delete cell.formula;
      }
    });
  }
}

export function unmerge(host: HostCore, sheet: SheetState, rect: Rect, what: string): void {
  host.assertWritable(sheet, what);
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
}

function cellsIn(sheet: SheetState, rect: Rect): number[] {
  const keys: number[] = [];
  if (rowsOf(rect) * colsOf(rect) <= sheet.cells.size * 4) {
    forEachCell(rect, (r, c) => {
      const k = cellKey(r, c);
      if (sheet.cells.has(k)) keys.push(k);
    });
  } else {
    for (const k of sheet.cells.keys()) {
      const r = keyRow(k);
      const c = keyCol(k);
      if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) keys.push(k);
    }
  }
  return keys;
}

/** Range.clear(applyTo): All (default), Contents, Formats; Hyperlinks/RemoveHyperlinks do nothing here. */
export function clear(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  applyTo: string,
  what: string
): void {
  const valid = ["All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks", "ResetContents"];
  if (!valid.includes(applyTo))
    fail(ErrorCodes.invalidArgument, `${what}: applyTo must be one of ${valid.join(", ")}`);
  host.assertWritable(sheet, what);
  const keys = cellsIn(sheet, rect);
  if (applyTo === "All") {
    keys.forEach((k) => sheet.cells.delete(k));
    sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  } else if (applyTo === "Contents" || applyTo === "ResetContents") {
    for (const k of keys) {
      const cell = sheet.cells.get(k)!;
      cell.value = "";
      delete cell.formula;
    }
  } else if (applyTo === "Formats") {
    for (const k of keys) {
      const cell = sheet.cells.get(k)!;
      cell.format = defaultFormat();
      cell.numberFormat = "General";
    }
    sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
  }
  if (applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents") {
    normalizeTableHeaders(host, sheet, rect);
    host.recordChange(sheet, rect);
  }
}

/**
 * Excel keeps a table's header cells non-empty and unique: a cleared header becomes
 * "ColumnN", a duplicate gets a number appended.
 */
export function normalizeTableHeaders(host: HostCore, sheet: SheetState, rect: Rect): void {
  for (const t of host.wb.tables) {
    if (t.sheetId !== sheet.id || !t.showHeaders) continue;
    const header: Rect = { r0: t.rect.r0, r1: t.rect.r0, c0: t.rect.c0, c1: t.rect.c1 };
    if (!intersects(header, rect)) continue;
    fixHeaderRow(host.wb, sheet, t.rect);
  }
}

export function fixHeaderRow(wb: WorkbookState, sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = rect.c0; c <= rect.c1; c++) {
    const cell = cellFor(sheet, rect.r0, c);
    let name = String(cellValue(wb, sheet, cell));
    if (name === "") name = `Column${c - rect.c0 + 1}`;
    let unique = name;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
    seen.add(unique.toLowerCase());
    cell.value = unique;
    delete cell.formula;
  }
}

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  navy: "#000080",
  maroon: "#800000",
  darkred: "#8B0000",
  darkgreen: "#006400",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
};

/** Colours are "#RRGGBB" or HTML names ("Range format" docs); Excel reports "#RRGGBB" upper-case. */
export function normalizeColor(input: unknown, what: string): string {
  if (typeof input === "string") {
    const s = input.trim();
    if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
    if (/^#[0-9a-fA-F]{3}$/.test(s))
      return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`.toUpperCase();
    const named = NAMED_COLORS[s.toLowerCase()];
    if (named) return named;
  }
  fail(ErrorCodes.invalidArgument, `${what}: not a colour: ${JSON.stringify(input)}`);
}

export function oneOf(input: unknown, allowed: readonly string[], what: string): string {
  if (typeof input === "string") {
    const hit = allowed.find((a) => a.toLowerCase() === input.toLowerCase());
    if (hit) return hit;
  }
  fail(
    ErrorCodes.invalidArgument,
    `${what}: ${JSON.stringify(input)} is not one of ${allowed.join(", ")}`
  );
}

export function bool(input: unknown, what: string): boolean {
  if (typeof input !== "boolean")
    fail(ErrorCodes.invalidArgument, `${what}: expected a boolean, got ${JSON.stringify(input)}`);
  return input;
}

export function num(input: unknown, what: string, min = -Infinity, max = Infinity): number {
  if (typeof input !== "number" || !Number.isFinite(input) || input < min || input > max)
    fail(
      ErrorCodes.invalidArgument,
      `${what}: expected a number in [${min}, ${max}], got ${JSON.stringify(input)}`
    );
  return input;
}
