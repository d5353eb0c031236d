// Raw cell values as hosts deliver them, before the core interprets them.

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface ErrorCell {
  error: string;
}

/**
 * One cell as read from a host, in the form Office.js delivers it (the ExcelJS host converts
 * to it): text, number (a date cell is its Excel serial), boolean, an error value, or empty.
 * Formulas arrive as their computed result; an empty string is an empty cell.
 */
export type RawCell = string | number | boolean | ErrorCell | null;

export function isErrorCell(value: RawCell): value is ErrorCell {
  return typeof value === "object" && value !== null && "error" in value;
}
