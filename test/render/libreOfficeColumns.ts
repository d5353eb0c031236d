// LibreOffice turns a stored column width into pixels with Carlito's unrounded digit width
// (7.43 px at 11 pt), Excel with 7 px and its own rounding (src/core/layout/excelUnits.ts): the
// same file gets columns about 6 % wider in LibreOffice, which wraps less than Excel and would
// hide a line count that is too low. A copy meant for rendering stores widths that LibreOffice
// draws at exactly Excel's pixels.

import type { Worksheet } from "exceljs";
import { columnWidthPx } from "../../src/core/layout/excelUnits";
import { textWidthPx } from "../../src/core/layout/wrap";

const LIBREOFFICE_DIGIT_PX = textWidthPx("0");

/** Rewrites the sheet's first `count` column widths for LibreOffice (render copies only). */
export function drawExcelColumnWidthsInLibreOffice(
  sheet: Worksheet,
  widths: readonly number[]
): void {
  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = columnWidthPx(width) / LIBREOFFICE_DIGIT_PX;
  });
}
