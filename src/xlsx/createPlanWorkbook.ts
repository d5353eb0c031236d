// Builds a plan workbook (sheet Plan with table Handlinger, sheet Indstillinger) from data:
// used by the example builder, tests and the bench.

import ExcelJS from "exceljs";
import { COLUMN_NAMES, REQUIRED_COLUMNS, type ColumnKey } from "../core/columns";
import { yearMonthToExcelSerial } from "../core/dates";
import type { Language, Settings, YearMonth } from "../core/model";
import { PLAN_SHEET, PLAN_TABLE } from "../core/port";
import { addSettingsSheet, LANDSCAPE_FIT_WIDTH, MONTH_FORMAT } from "./settingsSheet";

/** One action row. Values are written as given, so tests can also write bad input. */
export interface PlanRowInput {
  focusArea: string | null;
  initiative: string | null;
  action: string | null;
  status?: string | null;
  note?: string | null;
  /** A month becomes a real date cell shown as "mmmm yyyy"; text or numbers are written as is. */
  statusDate?: YearMonth | string | number | null;
  id?: string | null;
}

export interface PlanWorkbookOptions {
  /** `table` (default): the Excel table Handlinger; `sheet`: a plain header row on sheet Plan. */
  planAs?: "table" | "sheet";
  /** Language of the column names and settings keys; default the settings' language or Danish. */
  language?: Language;
}

const WIDTHS: Record<ColumnKey, number> = {
  id: 8,
  focusArea: 20,
  initiative: 28,
  action: 60,
  status: 9,
  note: 50,
  statusDate: 16,
};

const TEXT_COLUMNS: readonly ColumnKey[] = ["focusArea", "initiative", "action", "note"];

function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === "object" && value !== null && "year" in value && "month" in value;
}

function cellValue(key: ColumnKey, row: PlanRowInput): ExcelJS.CellValue {
  const value = row[key === "statusDate" ? "statusDate" : key];
  if (value === undefined || value === null || value === "") return null;
  if (isYearMonth(value)) return yearMonthToExcelSerial(value);
  return value;
}

export function createPlanWorkbook(
  actions: readonly PlanRowInput[],
  settings: Settings | null,
  options: PlanWorkbookOptions = {}
): ExcelJS.Workbook {
  const lang: Language = options.language ?? settings?.language ?? "da";
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Statusoversigt";
  const sheet = workbook.addWorksheet(PLAN_SHEET, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2" }],
    // Printed like a list: landscape, all columns on one page width, header row on each page.
    pageSetup: { ...LANDSCAPE_FIT_WIDTH, printTitlesRow: "1:1" },
  });

  const keys: ColumnKey[] = [
    ...(actions.some((a) => a.id) ? (["id"] as ColumnKey[]) : []),
    ...REQUIRED_COLUMNS,
  ];
  const header = keys.map((key) => COLUMN_NAMES[key][lang]);
  const rows = actions.map((row) => keys.map((key) => cellValue(key, row)));

  if (options.planAs === "sheet") {
    sheet.addRow(header).font = { bold: true };
    rows.forEach((values) => sheet.addRow(values));
  } else {
    sheet.addTable({
      name: PLAN_TABLE,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      // Excel needs at least one data row in a table.
      rows: rows.length > 0 ? rows : [keys.map(() => null)],
    });
  }

  keys.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[key];
    const count = Math.max(rows.length, 1);
    for (let r = 2; r <= count + 1; r++) {
      const cell = sheet.getCell(r, i + 1);
      cell.alignment = {
        vertical: "top",
        wrapText: TEXT_COLUMNS.includes(key),
        horizontal: key === "status" ? "center" : undefined,
      };
      if (key === "statusDate") cell.numFmt = MONTH_FORMAT;
    }
  });

  if (settings) addSettingsSheet(workbook, settings, lang);
  return workbook;
}
