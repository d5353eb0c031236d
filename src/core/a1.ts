// The one A1 module: addresses as hosts report them ("Plan!B2:G40", "'Min plan'!$B$2", a
// defined name's `'Oversigt'!$A$1`), parsed into 0-based rectangles, and addresses built for
// names, rules and print titles. Both hosts and the core use it.

import type { CellRange } from "./sheet";

/** Excel column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `B2:C10` (no sheet) for a 0-based rectangle; a single cell gives `B2`. */
export function rangeAddress(range: CellRange): string {
  const first = `${columnLetters(range.column)}${range.row + 1}`;
  if (range.rowCount === 1 && range.columnCount === 1) return first;
  const last = `${columnLetters(range.column + range.columnCount - 1)}${range.row + range.rowCount}`;
  return `${first}:${last}`;
}

export interface ParsedAddress extends CellRange {
  /** Sheet name without quotes; undefined when the address had none. */
  sheet?: string;
}

/** The 0-based index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;

/** Splits `Sheet!A1:B2` / `'It''s'!A1` into sheet and reference. */
export function splitSheet(address: string): { sheet?: string; reference: string } {
  const text = address.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { reference: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, reference: text.slice(bang + 1) };
}

/** Parses a cell or rectangle address; null for anything else (several areas, errors). */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, reference } = splitSheet(address);
  if (reference.includes(",") || reference.includes(" ")) return null;
  const rows = WHOLE_ROWS.exec(reference);
  if (rows) {
    const first = Math.min(+rows[1], +rows[2]);
    const last = Math.max(+rows[1], +rows[2]);
    return { sheet, row: first - 1, column: 0, rowCount: last - first + 1, columnCount: 16384 };
  }
  const [a, b = a] = reference.split(":");
  const start = CELL.exec(a);
  const end = CELL.exec(b);
  if (!start || !end) return null;
  const r1 = +start[2] - 1;
  const r2 = +end[2] - 1;
  const c1 = columnIndex(start[1]);
  const c2 = columnIndex(end[1]);
  return {
    sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** The sheet name as a formula reference needs it: quoted, with quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** `'Sheet'!$B$4` — absolute, for names that must not move with the active cell. */
export function absoluteCell(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(column)}$${row + 1}`;
}

/** True when `inner` lies inside `outer` (both 0-based). */
export function contains(outer: CellRange, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}

/** The overlap of two rectangles, or null. */
export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const columnEnd = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (rowEnd <= row || columnEnd <= column) return null;
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}
