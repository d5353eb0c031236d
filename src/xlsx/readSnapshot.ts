// Fetches the raw grids and names of an ExcelJS workbook (RawWorkbook); the core's reading
// rules (src/core/readWorkbook.ts) decide what they mean, as for the Office.js host.

import type { Table, Workbook, Worksheet } from "exceljs";
import { sameName } from "../core/keys";
import {
  CURRENT_STATUS_DATE_NAME,
  GENERATED_SHEETS,
  HIGHEST_ID_NAME,
  HISTORY_TABLE,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
  type CellRef,
  type RawGrid,
  type RawWorkbook,
  type ReadOptions,
  type WorkbookSnapshot,
} from "../core/port";
import type { RawCell } from "../core/raw";
import { readWorkbook } from "../core/readWorkbook";
import { rawFromCell } from "./cellValue";
import { constantName } from "./constantNames";
import { resolveName } from "./names";
import { tableArea, type TableArea } from "./tables";

export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameName(ws.name, name));
}

/** A table by name on any sheet (Excel table names are workbook-unique and case-insensitive). */
export function findTable(
  workbook: Workbook,
  name: string
): { sheet: Worksheet; table: Table; area: TableArea } | null {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as Table[]) {
      const tableName = (table as unknown as { name?: string }).name ?? "";
      if (!sameName(tableName, name)) continue;
      const area = tableArea(sheet, table);
      if (area) return { sheet, table, area };
    }
  }
  return null;
}

function readRow(sheet: Worksheet, row: number, firstColumn: number, width: number): RawCell[] {
  const cells: RawCell[] = [];
  const r = sheet.getRow(row);
  for (let c = 0; c < width; c++) cells.push(rawFromCell(r.getCell(firstColumn + c)));
  return cells;
}

/** Header and data rows of a table (no totals row). */
function tableGrid(workbook: Workbook, name: string): RawGrid | null {
  const found = findTable(workbook, name);
  if (!found) return null;
  const { sheet, area } = found;
  const values: RawCell[][] = [];
  for (let row = area.headerRow; row <= area.lastDataRow; row++) {
    values.push(readRow(sheet, row, area.firstColumn, area.width));
  }
  return { sheet: sheet.name, row: area.headerRow - 1, column: area.firstColumn - 1, values };
}

/** The sheet's cells from A1 to its last row and column (the core trims blank edges). */
function usedGrid(workbook: Workbook, name: string, hasTable: boolean): RawGrid | null {
  if (hasTable) return null;
  const sheet = findSheet(workbook, name);
  if (!sheet || sheet.rowCount === 0) return null;
  const width = Math.max(sheet.columnCount, 1);
  const values: RawCell[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) values.push(readRow(sheet, row, 1, width));
  return { sheet: sheet.name, row: 0, column: 0, values };
}

/** The value of the cell the name AktuelStatusdato refers to; `#REF!` if its sheet is gone. */
function readCurrentStatusDate(workbook: Workbook): RawCell | undefined {
  const ref = resolveName(workbook, CURRENT_STATUS_DATE_NAME);
  if (!ref) return undefined;
  const sheet = findSheet(workbook, ref.sheet);
  if (!sheet) return { error: "#REF!" };
  return rawFromCell(sheet.getCell(ref.row, ref.column));
}

function markerTargets(workbook: Workbook): Record<string, CellRef | null> {
  const markers: Record<string, CellRef | null> = {};
  for (const { marker } of Object.values(GENERATED_SHEETS)) {
    const ref = resolveName(workbook, marker);
    if (ref) markers[marker] = { sheet: ref.sheet, row: ref.row - 1, column: ref.column - 1 };
  }
  return markers;
}

/** The column right of table Handlinger, header to last data row: where column ID would go. */
function planNextColumn(workbook: Workbook): RawGrid | null {
  const found = findTable(workbook, PLAN_TABLE);
  if (!found) return null;
  const { sheet, area } = found;
  const column = area.firstColumn + area.width;
  const values: RawCell[][] = [];
  for (let row = area.headerRow; row <= area.lastDataRow; row++) {
    values.push([rawFromCell(sheet.getCell(row, column))]);
  }
  return { sheet: sheet.name, row: area.headerRow - 1, column: column - 1, values };
}

/** The constant of name Statusoversigt_HoejesteID, as Excel would compute it (`40` → 40). */
function highestId(workbook: Workbook): RawCell | undefined {
  const formula = constantName(workbook, HIGHEST_ID_NAME);
  if (formula === undefined) return undefined;
  const n = Number(formula);
  return formula.trim() !== "" && Number.isFinite(n) ? n : formula;
}

/** Everything the reading rules need, fetched from the workbook in memory. */
export function readRawWorkbook(workbook: Workbook, options: ReadOptions = {}): RawWorkbook {
  const planTable = tableGrid(workbook, PLAN_TABLE);
  const settingsTable = tableGrid(workbook, SETTINGS_TABLE);
  const currentStatusDate = readCurrentStatusDate(workbook);
  const recorded = highestId(workbook);
  return {
    sheets: workbook.worksheets.map((sheet) => sheet.name),
    planTable,
    planSheet: usedGrid(workbook, PLAN_SHEET, planTable !== null),
    settingsTable,
    settingsSheet: usedGrid(workbook, SETTINGS_SHEET, settingsTable !== null),
    ...(currentStatusDate === undefined ? {} : { currentStatusDate }),
    markers: markerTargets(workbook),
    ...(options.history
      ? {
          historyTable: tableGrid(workbook, HISTORY_TABLE),
          planNextColumn: planNextColumn(workbook),
        }
      : {}),
    ...(recorded === undefined ? {} : { highestId: recorded }),
  };
}

/** The core's reading of the workbook (plan, settings, generated sheets' states). */
export function readSnapshot(workbook: Workbook): WorkbookSnapshot {
  return readWorkbook(readRawWorkbook(workbook));
}
