// ExcelJS cell values → the core's RawCell: what a user sees in the cell, as plain data.

import type { Cell, CellValue } from "exceljs";
import { dateToExcelSerial } from "../core/dates";
import type { RawCell } from "../core/raw";

/**
 * Error value for a formula cell whose file holds no cached result (files written by tools that
 * do not calculate, e.g. ExcelJS itself). We cannot evaluate formulas, and guessing "" would
 * silently drop data, so the cell reads as an error and the core reports it like `#REF!`.
 */
export const NO_CACHED_RESULT = "#FORMULA";

type RichTextLike = { richText: { text: string }[] };

function isRichText(value: unknown): value is RichTextLike {
  return (
    typeof value === "object" && value !== null && Array.isArray((value as RichTextLike).richText)
  );
}

function flattenText(value: unknown): string {
  if (isRichText(value)) return value.richText.map((run) => run.text ?? "").join("");
  return value === null || value === undefined ? "" : String(value);
}

/** Converts an ExcelJS value (not a cell) to a RawCell. */
export function rawFromValue(value: CellValue): RawCell {
  // An empty string reads as an empty cell, as Office.js delivers both.
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  // A date cell as Office.js delivers it: its serial (so both hosts read the same values).
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { error: "#VALUE!" } : dateToExcelSerial(value);
  }
  if (typeof value !== "object") return String(value);
  if ("error" in value) return { error: String(value.error) };
  // Formulas (plain, shared, array) arrive as their cached result.
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { error: NO_CACHED_RESULT };
    return rawFromValue(result as CellValue);
  }
  if (isRichText(value)) return flattenText(value);
  // Hyperlinks read as their display text (which may itself be rich text).
  if ("hyperlink" in value) return flattenText((value as { text?: unknown }).text);
  if ("text" in value) return flattenText((value as { text?: unknown }).text);
  return null;
}

/**
 * The cell's value as the core sees it. Non-anchor cells of a merged range read as empty,
 * as in Office.js (ExcelJS would return the anchor's value).
 */
export function rawFromCell(cell: Cell): RawCell {
  if (cell.isMerged && cell.master !== cell) return null;
  return rawFromValue(cell.value);
}
