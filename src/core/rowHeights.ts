// Excel's maximum row height is 409 points ("Excel specifications and limits": row height 409
// points); a taller row makes the whole write fail (setRowProperties: InvalidArgument). The
// generated sheets continue a long text on more rows (the overview's line grid, its title and
// intro, the changes sheet's entries: layout/splitText.ts). What still cannot fit, a single word
// taller than a row (a long URL in a narrow column), is capped here as the last resort, with a
// warning naming the item, so the sheet is written.

import type { Diagnostic } from "./diagnostics";
import type { SheetDescription } from "./sheet";

export const MAX_ROW_HEIGHT = 409;

/** The item a row shows: its first text, shortened. */
function itemOf(sheet: SheetDescription, row: number): string {
  const texts = (sheet.cells[row] ?? [])
    .map((cell) => (typeof cell.value === "string" ? cell.value.trim() : ""))
    .filter((text) => text !== "")
    .sort((a, b) => b.length - a.length);
  const text = texts[0] ?? "";
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The sheet with no row over 409 points, and a warning for each row that was capped. */
export function capRowHeights(sheet: SheetDescription): {
  sheet: SheetDescription;
  diagnostics: Diagnostic[];
} {
  const capped = sheet.rowHeights
    .map((height, row) => ({ height, row }))
    .filter((r) => r.height > MAX_ROW_HEIGHT);
  if (capped.length === 0) return { sheet, diagnostics: [] };
  return {
    sheet: { ...sheet, rowHeights: sheet.rowHeights.map((h) => Math.min(h, MAX_ROW_HEIGHT)) },
    diagnostics: capped.map(({ row }) => ({
      severity: "warning",
      code: "coauthoring.rowHeightCapped",
      params: { item: itemOf(sheet, row), sheet: sheet.name },
      sheet: sheet.name,
      row: row + 1,
    })),
  };
}
