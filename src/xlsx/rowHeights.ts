// Row heights for rows the description leaves to auto-fit (null): ExcelJS cannot auto-fit, so
// rows with wrapped text get a height estimated from the text, the (merged) width and the font.

import type { SheetDescription } from "../core/sheet";

const DEFAULT_FONT_SIZE = 11;
/** Points per line at 11 pt Calibri (Excel's default row height is 15 pt for one line). */
const LINE_HEIGHT_FACTOR = 15 / 11;
/** Average characters per width unit; <1 leaves room for wide letters and bold text. */
const CHARS_PER_WIDTH_UNIT = 1.0;
const CELL_PADDING_UNITS = 1;

/** Lines the text needs at `capacity` characters per line, wrapping at spaces. */
export function wrappedLineCount(text: string, capacity: number): number {
  const width = Math.max(1, Math.floor(capacity));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) {
        paragraphLines += Math.floor((length - 1) / width);
        used = ((length - 1) % width) + 1;
      } else if (used + 1 + length <= width) {
        used += 1 + length;
      } else {
        paragraphLines += 1 + Math.floor((length - 1) / width);
        used = ((length - 1) % width) + 1;
      }
    }
    lines += paragraphLines;
  }
  return Math.max(1, lines);
}

/**
 * Heights to write: the description's, plus an estimate for each auto-fit row (null) that holds
 * wrapped text. A file cannot ask for auto-fit: Excel fits such rows when it loads the file,
 * but never rows whose wrapped text is merged, and LibreOffice keeps the default height —
 * printing one clipped line. Rows without wrapped text stay auto.
 */
export function resolveRowHeights(sheet: SheetDescription): (number | null)[] {
  const heights: (number | null)[] = sheet.cells.map((_, r) => sheet.rowHeights[r] ?? null);
  const width = (c: number) => sheet.columnWidths[c] ?? 8.43;

  // Width (in units) of each merge anchor; other cells of a merge are skipped, and so is text
  // merged over several rows (its height is shared by those rows).
  const spans = new Map<string, number>();
  const skipped = new Set<string>();
  for (const m of sheet.merges) {
    let units = 0;
    for (let c = m.column; c < m.column + m.columnCount; c++) units += width(c);
    spans.set(`${m.row}:${m.column}`, units);
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      for (let c = m.column; c < m.column + m.columnCount; c++) {
        if (r !== m.row || c !== m.column || m.rowCount > 1) skipped.add(`${r}:${c}`);
      }
    }
  }

  sheet.cells.forEach((row, r) => {
    if (heights[r] !== null) return;
    let needed = 0;
    let wraps = false;
    row.forEach((cell, c) => {
      const key = `${r}:${c}`;
      if (skipped.has(key) || cell.value === null || cell.value === "") return;
      const fontSize = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
      let lines = 1;
      if (cell.style?.wrap) {
        wraps = true;
        const units = spans.get(key) ?? width(c);
        const capacity =
          ((units - CELL_PADDING_UNITS) * CHARS_PER_WIDTH_UNIT * DEFAULT_FONT_SIZE) / fontSize;
        lines = wrappedLineCount(String(cell.value), capacity);
      }
      needed = Math.max(needed, lines * fontSize * LINE_HEIGHT_FACTOR);
    });
    if (wraps) heights[r] = Math.ceil(needed * 4) / 4;
  });
  return heights;
}
