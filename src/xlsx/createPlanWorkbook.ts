// Builds a plan workbook (sheet Plan with table Handlinger, sheet Indstillinger) from data:
// used by the example builder, tests and the bench. Both sheets are the core's descriptions,
// the same ones "Opret plan" applies in Excel.

import ExcelJS from "exceljs";
import { REQUIRED_COLUMNS, type ColumnKey } from "../core/columns";
import { yearMonthToExcelSerial } from "../core/dates";
import type { Language, Settings, YearMonth } from "../core/model";
import { describePlanSheet, type PlanCellValue } from "../core/sheets/planSheet";
import { addSettingsSheet } from "./settingsSheet";
import { addSheet } from "./writeSheet";

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
  /** Column Ansvarlig; written when some row has one (and, empty, in a new empty plan). */
  owner?: string | null;
}

export interface PlanWorkbookOptions {
  /** `table` (default): the Excel table Handlinger; `sheet`: a plain header row on sheet Plan. */
  planAs?: "table" | "sheet";
  /** Language of the column names and settings keys; default the settings' language or Danish. */
  language?: Language;
}

function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === "object" && value !== null && "year" in value && "month" in value;
}

function cellValue(key: ColumnKey, row: PlanRowInput): PlanCellValue {
  const value = row[key];
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
  const columns: ColumnKey[] = [
    ...(actions.some((a) => a.id) ? (["id"] as ColumnKey[]) : []),
    ...REQUIRED_COLUMNS,
    // An empty plan is Opret plan's: with column Ansvarlig, empty.
    ...(actions.length === 0 || actions.some((a) => a.owner) ? (["owner"] as ColumnKey[]) : []),
  ];
  addSheet(
    workbook,
    describePlanSheet({
      language: lang,
      columns,
      rows: actions.map((row) => columns.map((key) => cellValue(key, row))),
      planAs: options.planAs ?? "table",
    })
  );
  if (settings) addSettingsSheet(workbook, settings, lang);
  return workbook;
}
