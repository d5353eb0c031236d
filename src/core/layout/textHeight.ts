// Row heights for wrapped text. Excel cannot auto-fit merged cells, and files written without
// heights print wrapped text clipped to one line, so every text item is sized here: the lines
// Excel's wrap gives it in its cell (wrap.ts, Calibri's real widths), times the line height.

import { wrapWidthPx } from "./excelUnits";
import { FONT_SIZE } from "./styles";
import { wrappedLineCount, type TextFont } from "./wrap";

export type { TextFont } from "./wrap";

/** Points per text line at 11 pt (Excel's default row height for Calibri 11). */
export const LINE_HEIGHT = 15;

/** Points per line for a font size. */
export function lineHeight(fontSize: number = FONT_SIZE): number {
  return Math.round(((LINE_HEIGHT * fontSize) / FONT_SIZE) * 4) / 4;
}

/** Lines `text` takes in a cell `cellPx` pixels wide (merged cells: the sum); at least 1. */
export function textLines(text: string, cellPx: number, font: TextFont = {}): number {
  return Math.max(1, wrappedLineCount(text, wrapWidthPx(cellPx), font));
}

/** Row height in points for `text` wrapped in a cell `cellPx` pixels wide. */
export function textHeight(text: string, cellPx: number, font: TextFont = {}): number {
  return textLines(text, cellPx, font) * lineHeight(font.fontSize);
}
