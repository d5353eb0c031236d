// Office.js cell values → the core's RawCell. Empty cells arrive as "" and become null; error
// values arrive as their text ("#REF!") and become ErrorCell. Loading `valueTypes` as well would
// double the response for large plans (Excel on the web caps responses at 5 MB too), so errors
// are recognised by Excel's fixed set of error texts instead.

import type { RawCell } from "../core/raw";

const ERROR_TEXTS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

export function toRawCell(value: unknown): RawCell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return ERROR_TEXTS.has(value) ? { error: value } : value;
  return String(value);
}

export function toRawRows(values: unknown[][] | undefined): RawCell[][] {
  return (values ?? []).map((row) => row.map(toRawCell));
}
