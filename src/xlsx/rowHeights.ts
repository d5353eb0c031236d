// Row heights for rows the description leaves to auto-fit. Excel and LibreOffice auto-fit a
// row with wrapped text on opening, but never one whose wrapped text sits in a merged range:
// for those rows we estimate the height from the text, the merged width and the font size.

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

/** Heights to write: the description's, plus estimates where auto-fit would not work. */
export function resolveRowHeights(sheet: SheetDescription): (number | null)[] {
  const heights: (number | null)[] = sheet.cells.map((_, r) => sheet.rowHeights[r] ?? null);
  const width = (c: number) => sheet.columnWidths[c] ?? 8.43;

  // Width (in units) of each anchor cell: its merged width; slaves of merges are skipped.
  const spans = new Map<string, number>();
  const covered = new Set<string>();
  const multiRow = new Set<string>();
  for (const m of sheet.merges) {
    let units = 0;
    for (let c = m.column; c < m.column + m.columnCount; c++) units += width(c);
    spans.set(`${m.row}:${m.column}`, units);
    if (m.rowCount > 1) multiRow.add(`${m.row}:${m.column}`);
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      for (let c = m.column; c < m.column + m.columnCount; c++) {
        if (r !== m.row || c !== m.column) covered.add(`${r}:${c}`);
      }
    }
  }

  sheet.cells.forEach((row, r) => {
    if (heights[r] !== null) return;
    const wrappedInMerge = row.some(
      (cell, c) =>
        cell.style?.wrap === true &&
        typeof cell.value === "string" &&
        spans.has(`${r}:${c}`) &&
        !multiRow.has(`${r}:${c}`)
    );
    if (!wrappedInMerge) return; // hosts auto-fit this row themselves
    let needed = 0;
    row.forEach((cell, c) => {
      const key = `${r}:${c}`;
      if (covered.has(key) || multiRow.has(key) || cell.value === null) return;
      const fontSize = cell.style?.fontSize ?? DEFAULT_FONT_SIZE;
      const units = spans.get(key) ?? width(c);
      const capacity =
        ((units - CELL_PADDING_UNITS) * CHARS_PER_WIDTH_UNIT * DEFAULT_FONT_SIZE) / fontSize;
      const lines = cell.style?.wrap ? wrappedLineCount(String(cell.value), capacity) : 1;
      needed = Math.max(needed, lines * fontSize * LINE_HEIGHT_FACTOR);
    });
    heights[r] = Math.ceil(needed * 4) / 4;
  });
  return heights;
}
