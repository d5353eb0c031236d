// Excel's own units for the line grid: column widths in pixels and the room a cell leaves for
// its text, at 96 dpi, where 1 px = 0.75 pt.

/** Excel's maximum digit width of the workbook's default font, Calibri 11, in pixels. */
export const MAX_DIGIT_WIDTH_PX = 7;
/**
 * Excel's cell padding: 2 px of margin on each side plus 1 px of gridline ("Column width"
 * in the Open XML spec, ECMA-376 Part 1 §18.3.1.13: the stored width includes 5 px of padding).
 */
export const CELL_PADDING_PX = 5;
/**
 * Kept free on top of the padding, so that rounding of glyph positions (hinting, the host's
 * text engine) never pushes a word that just fits onto a line of its own.
 */
export const WRAP_SAFETY_PX = 3;
export const POINTS_PER_PIXEL = 0.75;

/**
 * A column width in character units as the file stores it (ExcelJS `column.width`) → pixels,
 * as Excel computes it: trunc(((256·w + trunc(128/mdw)) / 256) · mdw). 46 → 322 px, 6 → 42 px.
 */
export function columnWidthPx(width: number): number {
  const mdw = MAX_DIGIT_WIDTH_PX;
  return Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw);
}

/** The width text may fill in a cell (or merged cells) `cellPx` wide before Excel wraps it. */
export function wrapWidthPx(cellPx: number): number {
  return Math.max(1, cellPx - CELL_PADDING_PX - WRAP_SAFETY_PX);
}
