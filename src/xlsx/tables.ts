// Excel tables as ExcelJS loads them: where the header and the data rows are.

import type { Table, Workbook, Worksheet } from "exceljs";
import { parseAddress } from "../core/a1";
import { rawFromCell } from "./cellValue";

/** Table model fields ExcelJS keeps (created tables have `ref`, loaded ones only `tableRef`). */
interface TableModel {
  name?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string; filterButton?: boolean }[];
}

export interface TableArea {
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 1-based sheet row of the last data row (before a totals row); `headerRow` if none. */
  lastDataRow: number;
  /** 1-based first sheet column. */
  firstColumn: number;
  width: number;
}

function modelOf(table: Table): TableModel {
  return ((table as unknown as { table?: TableModel }).table ?? {}) as TableModel;
}

function decodeRange(
  ref: string
): { top: number; left: number; bottom: number; right: number } | null {
  const range = ref.includes("!") ? null : parseAddress(ref);
  if (!range) return null;
  // 1-based, as ExcelJS counts rows and columns.
  return {
    top: range.row + 1,
    left: range.column + 1,
    bottom: range.row + range.rowCount,
    right: range.column + range.columnCount,
  };
}

/** The table's header and data rows; null for a table model ExcelJS could not place. */
export function tableArea(_sheet: Worksheet, table: Table): TableArea | null {
  const model = modelOf(table);
  const range = decodeRange(model.tableRef ?? model.ref ?? "");
  if (!range) return null;
  const width = model.columns?.length || range.right - range.left + 1;
  const lastDataRow = Math.max(range.top, range.bottom - (model.totalsRow ? 1 : 0));
  return { headerRow: range.top, lastDataRow, firstColumn: range.left, width };
}

/**
 * ExcelJS 4.4 reads a table without the `headerRowCount` attribute as header-less, but Excel
 * omits that attribute precisely when the table HAS its header row (the default). Saving such
 * a workbook again would then write `headerRowCount="0"` and damage the user's table. A table
 * whose first row holds exactly its column names has a header row: mark it so after loading.
 */
export function repairLoadedTables(workbook: Workbook): void {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as Table[]) {
      const model = modelOf(table);
      if (model.headerRow) continue;
      const range = decodeRange(model.tableRef ?? "");
      if (!range || !model.columns) continue;
      const row = sheet.getRow(range.top);
      const matches = model.columns.every(
        (column, i) =>
          String(rawFromCell(row.getCell(range.left + i)) ?? "") === (column.name ?? "")
      );
      if (matches) model.headerRow = true;
    }
  }
}

/** Sets each loaded table column's filter button as the file had it (see prepareZip.ts). */
export function restoreFilterButtons(
  workbook: Workbook,
  buttons: ReadonlyMap<string, readonly boolean[]>
): void {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as Table[]) {
      const model = modelOf(table);
      const shown = buttons.get((model.name ?? "").toLowerCase());
      if (!shown || !model.columns) continue;
      model.columns.forEach((column, i) => {
        column.filterButton = shown[i] ?? true;
      });
    }
  }
}
