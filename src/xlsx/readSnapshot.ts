// Reads a workbook snapshot (plan rows, settings rows, overview state) from an ExcelJS workbook.

import type { Table, Workbook, Worksheet } from "exceljs";
import {
  CURRENT_STATUS_DATE_NAME,
  OVERVIEW_MARKER_NAME,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
  type OverviewSheetState,
  type PlanSource,
  type SettingsSource,
  type WorkbookSnapshot,
} from "../core/port";
import type { RawCell } from "../core/raw";
import { rawFromCell } from "./cellValue";
import { resolveName, sameSheetName } from "./names";
import { SETTINGS_HEADERS } from "./settingsSheet";
import { tableArea, type TableArea } from "./tables";

export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((ws) => sameSheetName(ws.name, name));
}

/** A table by name on any sheet (Excel table names are workbook-unique and case-insensitive). */
export function findTable(
  workbook: Workbook,
  name: string
): { sheet: Worksheet; table: Table; area: TableArea } | null {
  for (const sheet of workbook.worksheets) {
    for (const table of sheet.getTables() as unknown as Table[]) {
      const tableName = (table as unknown as { name?: string }).name ?? "";
      if (tableName.toLowerCase() !== name.toLowerCase()) continue;
      const area = tableArea(sheet, table);
      if (area) return { sheet, table, area };
    }
  }
  return null;
}

function isBlank(value: RawCell): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function readRow(sheet: Worksheet, row: number, firstColumn: number, width: number): RawCell[] {
  const cells: RawCell[] = [];
  const r = sheet.getRow(row);
  for (let c = 0; c < width; c++) cells.push(rawFromCell(r.getCell(firstColumn + c)));
  return cells;
}

function lastNonBlankRow(rows: RawCell[][]): number {
  let last = rows.length;
  while (last > 0 && rows[last - 1].every(isBlank)) last--;
  return last;
}

function readPlan(workbook: Workbook): PlanSource | null {
  const found = findTable(workbook, PLAN_TABLE);
  if (found) {
    const { sheet, area } = found;
    const rows: RawCell[][] = [];
    for (let row = area.headerRow + 1; row <= area.lastDataRow; row++) {
      rows.push(readRow(sheet, row, area.firstColumn, area.width));
    }
    return {
      kind: "table",
      sheet: sheet.name,
      headerRow: area.headerRow,
      header: readRow(sheet, area.headerRow, area.firstColumn, area.width),
      rows,
    };
  }
  const sheet = findSheet(workbook, PLAN_SHEET);
  if (!sheet) return null;
  return readSheetFallback(sheet);
}

/**
 * Without the table: the first non-empty row of sheet Plan is the header; cells are read from
 * column A (so indices are sheet columns) up to the header's last non-empty cell, data rows up
 * to the last non-empty row.
 */
function readSheetFallback(sheet: Worksheet): PlanSource {
  const lastRow = sheet.rowCount;
  const width = Math.max(sheet.columnCount, 1);
  let headerRow = 0;
  let header: RawCell[] = [];
  for (let row = 1; row <= lastRow && headerRow === 0; row++) {
    const cells = readRow(sheet, row, 1, width);
    if (!cells.every(isBlank)) {
      headerRow = row;
      header = cells;
    }
  }
  if (headerRow === 0)
    return { kind: "sheet", sheet: sheet.name, headerRow: 1, header: [], rows: [] };
  let headerWidth = header.length;
  while (headerWidth > 0 && isBlank(header[headerWidth - 1])) headerWidth--;
  header = header.slice(0, headerWidth);
  const rows: RawCell[][] = [];
  for (let row = headerRow + 1; row <= lastRow; row++)
    rows.push(readRow(sheet, row, 1, headerWidth));
  rows.length = lastNonBlankRow(rows);
  return { kind: "sheet", sheet: sheet.name, headerRow, header, rows };
}

function looksLikeSettingsHeader(cell: RawCell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim().toLowerCase();
  return Object.values(SETTINGS_HEADERS).some(([key]) => key.toLowerCase() === text);
}

function readSettings(workbook: Workbook): SettingsSource | null {
  const currentStatusDate = readCurrentStatusDate(workbook);
  const withName = (source: SettingsSource): SettingsSource =>
    currentStatusDate === undefined ? source : { ...source, currentStatusDate };

  const found = findTable(workbook, SETTINGS_TABLE);
  if (found) {
    const { sheet, area } = found;
    const rows: RawCell[][] = [];
    for (let row = area.headerRow + 1; row <= area.lastDataRow; row++) {
      rows.push(readRow(sheet, row, area.firstColumn, 2));
    }
    return withName({ sheet: sheet.name, firstRow: area.headerRow + 1, rows });
  }
  const sheet = findSheet(workbook, SETTINGS_SHEET);
  if (!sheet) {
    return currentStatusDate === undefined
      ? null
      : { sheet: SETTINGS_SHEET, firstRow: 1, rows: [], currentStatusDate };
  }
  // Without the table: columns A and B of sheet Indstillinger, a header row skipped.
  const rows: RawCell[][] = [];
  for (let row = 1; row <= sheet.rowCount; row++) rows.push(readRow(sheet, row, 1, 2));
  rows.length = lastNonBlankRow(rows);
  let firstRow = 1;
  const firstFilled = rows.findIndex((cells) => !cells.every(isBlank));
  if (firstFilled >= 0 && looksLikeSettingsHeader(rows[firstFilled][0])) {
    rows.splice(0, firstFilled + 1);
    firstRow = firstFilled + 2;
  }
  return withName({ sheet: sheet.name, firstRow, rows });
}

/** The value of the cell the name AktuelStatusdato refers to; `#REF!` if its sheet is gone. */
function readCurrentStatusDate(workbook: Workbook): RawCell | undefined {
  const ref = resolveName(workbook, CURRENT_STATUS_DATE_NAME);
  if (!ref) return undefined;
  const sheet = findSheet(workbook, ref.sheet);
  if (!sheet) return { error: "#REF!" };
  return rawFromCell(sheet.getCell(ref.row, ref.column));
}

export function overviewState(
  workbook: Workbook,
  sheetName: string = OVERVIEW_SHEET
): OverviewSheetState {
  const sheet = findSheet(workbook, sheetName);
  if (!sheet) return "absent";
  const marker = resolveName(workbook, OVERVIEW_MARKER_NAME);
  const generated =
    marker !== null &&
    sameSheetName(marker.sheet, sheet.name) &&
    marker.row === 1 &&
    marker.column === 1;
  return generated ? "generated" : "foreign";
}

export function readSnapshot(workbook: Workbook): WorkbookSnapshot {
  return {
    plan: readPlan(workbook),
    settings: readSettings(workbook),
    overview: overviewState(workbook),
  };
}
