// Cells as text, and the key under which names compare: shared by plan and settings reading.

import { isErrorCell, type RawCell } from "./raw";

/** Key under which names are grouped: case-insensitive, whitespace collapsed. */
export function nameKey(name: string): string {
  // NFC only where combining marks occur: normalize() dominates the cost on large plans.
  let key = COMBINING_MARK.test(name) ? name.normalize("NFC") : name;
  if (SPACE_TO_FOLD.test(key)) key = key.replace(/\s+/g, " ");
  return key.trim().toLowerCase();
}

/** Runs of white space, or white space other than a plain space. */
const SPACE_TO_FOLD = /\s\s|[^\S ]/;

const COMBINING_MARK = /[\u0300-\u036f]/;

/** A cell as text: trimmed strings, numbers as written, dates as YYYY-MM-DD. */
export function cellText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined || isErrorCell(raw)) return "";
  return String(raw).trim();
}

export function isBlank(raw: RawCell | undefined): boolean {
  return cellText(raw) === "";
}
