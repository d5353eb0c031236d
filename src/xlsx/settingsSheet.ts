// The settings sheet of a new plan workbook: table Indstillinger and the name AktuelStatusdato.

import type { Workbook } from "exceljs";
import type { Language, Settings } from "../core/model";
import { CURRENT_STATUS_DATE_NAME, SETTINGS_SHEET, SETTINGS_TABLE } from "../core/port";
import { SETTING_KEYS, settingsRows } from "../core/settings";
import { formatReference, setName } from "./names";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";

/** Header row of the settings table (workbook contract words, like the plan's column names). */
export const SETTINGS_HEADERS: Record<Language, [string, string]> = {
  da: ["Indstilling", "Værdi"],
  en: ["Setting", "Value"],
};

/** Month format of status dates (the core's, shared by both hosts). */
export const MONTH_FORMAT = STATUS_DATE_NUMBER_FORMAT;

/** A4 landscape, all columns on one page width, as many pages tall as needed. */
export const LANDSCAPE_FIT_WIDTH = {
  paperSize: 9, // A4 in the file format's paper codes
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const;

export function addSettingsSheet(workbook: Workbook, settings: Settings, lang: Language): void {
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, {
    pageSetup: { ...LANDSCAPE_FIT_WIDTH },
  });
  const rows = settingsRows(settings, lang);
  sheet.addTable({
    name: SETTINGS_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: SETTINGS_HEADERS[lang].map((name) => ({ name, filterButton: false })),
    rows: rows.map(([key, value]) => [key, value]),
  });
  sheet.getColumn(1).width = 30;
  sheet.getColumn(2).width = 90;
  for (let r = 2; r <= rows.length + 1; r++) {
    sheet.getCell(r, 1).alignment = { vertical: "top" };
    sheet.getCell(r, 2).alignment = { vertical: "top", wrapText: true, horizontal: "left" };
  }
  const dateIndex = rows.findIndex(([key]) => key === SETTING_KEYS.currentStatusDate[lang]);
  if (dateIndex >= 0) {
    const row = dateIndex + 2;
    sheet.getCell(row, 2).numFmt = MONTH_FORMAT;
    setName(workbook, CURRENT_STATUS_DATE_NAME, formatReference(SETTINGS_SHEET, `$B$${row}`));
  }
}
