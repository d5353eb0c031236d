// Table Statusrunder (sheet Historik) over ExcelJS (read as a raw grid by readRawWorkbook):
// apply the core's HistoryWrite (create the sheet and table, delete a replaced round's rows, append rows below
// the table and grow it), and write the plan's new IDs. The core decides what; this only does.

import type { Workbook, Worksheet } from "exceljs";
import { HISTORY_MARKER_NAME, HISTORY_TABLE, type HistoryWrite } from "../core/rounds";
import { formatReference, setName } from "./names";
import { findTable } from "./readSnapshot";
import { setTableArea, type TableArea } from "./tables";

/** Moves the table's cells below `row` up by one within its columns (Excel's Delete ▸ Shift up). */
function deleteTableRow(sheet: Worksheet, area: TableArea, row: number): void {
  for (let r = row; r < area.lastDataRow; r++) {
    for (let c = 0; c < area.width; c++) {
      const target = sheet.getCell(r, area.firstColumn + c);
      const source = sheet.getCell(r + 1, area.firstColumn + c);
      target.value = source.value;
      target.style = { ...source.style };
    }
  }
  for (let c = 0; c < area.width; c++) {
    const last = sheet.getCell(area.lastDataRow, area.firstColumn + c);
    last.value = null;
    last.style = {};
  }
  area.lastDataRow -= 1;
}

function createTable(workbook: Workbook, write: HistoryWrite): void {
  const create = write.create!;
  const sheet = workbook.addWorksheet(create.sheet);
  sheet.addTable({
    name: create.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: create.header.map((name) => ({ name, filterButton: true })),
    rows: write.rows.length > 0 ? write.rows : [create.header.map(() => null)],
  });
  create.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }];
  formatRows(sheet, 2, write.rows.length, 1, write.numberFormats);
  setName(workbook, HISTORY_MARKER_NAME, formatReference(create.sheet, "$A$1"));
}

function formatRows(
  sheet: Worksheet,
  firstRow: number,
  count: number,
  firstColumn: number,
  numberFormats: readonly string[]
): void {
  for (let r = firstRow; r < firstRow + count; r++) {
    numberFormats.forEach((format, c) => {
      const cell = sheet.getCell(r, firstColumn + c);
      if (format !== "General") cell.numFmt = format;
      cell.alignment = { vertical: "top" };
    });
  }
}

/** Applies the core's history write to the workbook (one closed round). */
export function applyHistoryWrite(workbook: Workbook, write: HistoryWrite): void {
  if (write.create) {
    createTable(workbook, write);
    return;
  }
  const found = findTable(workbook, HISTORY_TABLE);
  if (!found) throw new Error(`table ${HISTORY_TABLE} disappeared between read and write`);
  const { sheet, table, area } = found;
  for (const row of write.deleteRows) deleteTableRow(sheet, area, row);
  const first = area.lastDataRow + 1;
  write.rows.forEach((values, i) => {
    values.forEach((value, c) => {
      sheet.getCell(first + i, area.firstColumn + c).value = value === "" ? null : value;
    });
  });
  formatRows(sheet, first, write.rows.length, area.firstColumn, write.numberFormats);
  // A table keeps at least one data row (an emptied table keeps one blank row).
  const lastDataRow = Math.max(area.headerRow + 1, area.lastDataRow + write.rows.length);
  setTableArea(table, { ...area, lastDataRow });
}
