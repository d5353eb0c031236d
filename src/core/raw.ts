// Raw cell values as hosts deliver them, before the core interprets them.

/** An Excel error value such as `#REF!` or `#N/A`. */
export interface ErrorCell {
  error: string;
}

/**
 * One cell as read from a host: text, number (possibly an Excel serial date), boolean, a
 * real Date (ExcelJS), an error value, or empty. Formulas arrive as their computed result.
 */
export type RawCell = string | number | boolean | Date | ErrorCell | null;

export function isErrorCell(value: RawCell): value is ErrorCell {
  return (
    typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value
  );
}
