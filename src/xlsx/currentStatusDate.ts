// The workbook name AktuelStatusdato in a saved workbook: the plan's current-round conditional
// format refers to it, so a workbook given status formatting gets the name, pointing at the
// settings cell that holds the round the overview was built for.

import type { Workbook, Worksheet } from "exceljs";
import { compareMonths, parseMonth, yearMonthToExcelSerial } from "../core/dates";
import type { Language, YearMonth } from "../core/model";
import {
  CURRENT_STATUS_DATE_NAME,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
} from "../core/port";
import { columnLetters } from "../core/a1";
import { defaultSettings, SETTING_KEYS, settingKeyOf } from "../core/settings";
import { rawFromCell } from "./cellValue";
import { formatReference, resolveName, setName } from "./names";
import { findSheet, findTable } from "./readSnapshot";
import { addSettingsSheet, MONTH_FORMAT } from "./settingsSheet";

function holdsMonth(sheet: Worksheet, row: number, column: number, month: YearMonth): boolean {
  const parsed = parseMonth(rawFromCell(sheet.getCell(row, column)));
  return parsed.kind === "month" && compareMonths(parsed.value, month) === 0;
}

function rowIsEmpty(sheet: Worksheet, row: number, firstColumn: number, width: number): boolean {
  for (let c = firstColumn; c < firstColumn + width; c++) {
    const value = sheet.getCell(row, c).value;
    if (value !== null && value !== undefined && value !== "") return false;
  }
  return true;
}

/** The row of the current-status-date setting in rows first..last, key in `keyColumn`. */
function findKeyRow(sheet: Worksheet, first: number, last: number, keyColumn: number): number {
  for (let row = first; row <= last; row++) {
    const key = rawFromCell(sheet.getCell(row, keyColumn));
    if (typeof key === "string" && settingKeyOf(key) === "currentStatusDate") return row;
  }
  return 0;
}

interface Slot {
  sheet: Worksheet;
  row: number;
  keyColumn: number;
}

/** Table model fields of a loaded table that say where it is. */
interface TableRefs {
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  totalsRow?: boolean;
}

const growBottom = (ref: string | undefined, row: number): string | undefined =>
  ref?.replace(/(\d+)$/, String(row));

/**
 * The settings cell for the current status date: the existing row, else a blank row at the
 * end of the settings table, else a new row directly below it (the table grows by it), or
 * below the sheet's last key/value row without a table. Null when the row below the table
 * is taken (user data is never moved or overwritten), the table has a totals row, or there are
 * no settings at all.
 */
function settingsSlot(workbook: Workbook, language: Language): Slot | null {
  const key = SETTING_KEYS.currentStatusDate[language];
  const found = findTable(workbook, SETTINGS_TABLE);
  if (found) {
    const { sheet, table, area } = found;
    const existing = findKeyRow(sheet, area.headerRow + 1, area.lastDataRow, area.firstColumn);
    if (existing) return { sheet, row: existing, keyColumn: area.firstColumn };
    // A blank row at the table's end is filled; otherwise the table grows by one row.
    let blank = area.lastDataRow;
    while (blank > area.headerRow && rowIsEmpty(sheet, blank, area.firstColumn, area.width))
      blank--;
    if (blank < area.lastDataRow) {
      sheet.getCell(blank + 1, area.firstColumn).value = key;
      return { sheet, row: blank + 1, keyColumn: area.firstColumn };
    }
    const model = (table as unknown as { table: TableRefs }).table;
    const row = area.lastDataRow + 1;
    if (model.totalsRow || !rowIsEmpty(sheet, row, area.firstColumn, area.width)) return null;
    model.tableRef = growBottom(model.tableRef, row);
    model.ref = growBottom(model.ref, row);
    if (model.autoFilterRef) model.autoFilterRef = growBottom(model.autoFilterRef, row);
    sheet.getCell(row, area.firstColumn).value = key;
    return { sheet, row, keyColumn: area.firstColumn };
  }
  const sheet = findSheet(workbook, SETTINGS_SHEET);
  if (sheet) {
    let last = 0;
    for (let row = 1; row <= sheet.rowCount; row++) if (!rowIsEmpty(sheet, row, 1, 2)) last = row;
    const existing = findKeyRow(sheet, 1, last, 1);
    if (existing) return { sheet, row: existing, keyColumn: 1 };
    sheet.getCell(last + 1, 1).value = key;
    return { sheet, row: last + 1, keyColumn: 1 };
  }
  return null;
}

/** Puts a sheet right after the plan's sheet, as in a new plan (ExcelJS orders by orderNo). */
function placeAfterPlan(workbook: Workbook, name: string): void {
  const sheet = findSheet(workbook, name);
  const plan = findTable(workbook, PLAN_TABLE)?.sheet ?? findSheet(workbook, PLAN_SHEET);
  if (sheet && plan)
    (sheet as unknown as { orderNo: number }).orderNo =
      (plan as unknown as { orderNo: number }).orderNo + 0.5;
}

/**
 * Makes AktuelStatusdato name a cell holding `month`: kept as it is when it already does;
 * otherwise the settings cell for the current status date is set to `month` (so the saved
 * workbook states the round its overview marks, also after --status-date) and the name points
 * there. Returns false when no settings cell could be had (see settingsSlot).
 */
export function defineCurrentStatusDate(
  workbook: Workbook,
  month: YearMonth,
  language: Language
): boolean {
  const named = resolveName(workbook, CURRENT_STATUS_DATE_NAME);
  const namedSheet = named ? findSheet(workbook, named.sheet) : undefined;
  if (named && namedSheet && holdsMonth(namedSheet, named.row, named.column, month)) return true;
  if (!findTable(workbook, SETTINGS_TABLE) && !findSheet(workbook, SETTINGS_SHEET)) {
    // No settings yet: sheet Indstillinger as Opret plan makes it, holding this round.
    addSettingsSheet(
      workbook,
      { ...defaultSettings(language), currentStatusDate: month },
      language
    );
    placeAfterPlan(workbook, SETTINGS_SHEET);
    return true;
  }
  const slot = settingsSlot(workbook, language);
  if (!slot) return false;
  const column = slot.keyColumn + 1;
  const cell = slot.sheet.getCell(slot.row, column);
  if (!holdsMonth(slot.sheet, slot.row, column, month)) {
    cell.value = yearMonthToExcelSerial(month);
    // A new style object: ExcelJS shares one per style of the loaded file among many cells.
    cell.style = { ...cell.style, numFmt: MONTH_FORMAT };
  }
  const address = `$${columnLetters(column - 1)}$${slot.row}`;
  setName(workbook, CURRENT_STATUS_DATE_NAME, formatReference(slot.sheet.name, address));
  return true;
}
