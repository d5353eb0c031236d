// Row heights for rows the description leaves to auto-fit (null): ExcelJS cannot auto-fit, so
// rows with wrapped text get the height the core's simulation of Excel's wrap gives them
// (Calibri's real widths, the merged width in Excel's pixels, the cell's font).

import { columnWidthPx } from "../core/layout/excelUnits";
import { lineHeight, textLines } from "../core/layout/textHeight";
import type { SheetDescription } from "../core/sheet";

/** Excel's default column width in characters (8.43 displayed, as stored). */
const DEFAULT_COLUMN_WIDTH = 9.140625;

/**
 * Heights to write: the description's, plus one computed for each auto-fit row (null) that holds
 * wrapped text. A file cannot ask for auto-fit: Excel fits such rows when it loads the file,
 * but never rows whose wrapped text is merged, and LibreOffice keeps the default height —
 * printing one clipped line. Rows without wrapped text stay auto.
 */
export function resolveRowHeights(sheet: SheetDescription): (number | null)[] {
  const heights: (number | null)[] = sheet.cells.map((_, r) => sheet.rowHeights[r] ?? null);
  const px = (c: number) => columnWidthPx(sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);

  // Pixel width of each merge anchor; other cells of a merge are skipped, and so is text
  // merged over several rows (its height is shared by those rows).
  const spans = new Map<string, number>();
  const skipped = new Set<string>();
  for (const m of sheet.merges) {
    let width = 0;
    for (let c = m.column; c < m.column + m.columnCount; c++) width += px(c);
    spans.set(`${m.row}:${m.column}`, width);
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
      const style = cell.style ?? {};
      let lines = 1;
      if (style.wrap) {
        wraps = true;
        const font = {
          name: style.fontName,
          fontSize: style.fontSize,
          bold: style.bold,
          italic: style.italic,
        };
        lines = textLines(String(cell.value), spans.get(key) ?? px(c), font);
      }
      needed = Math.max(needed, lines * lineHeight(style.fontSize));
    });
    if (wraps) heights[r] = needed;
  });
  return heights;
}
