// The settings table (sheet Indstillinger) and the name AktuelStatusdato that refers to its
// current-status-date value cell. Shared by "Opret plan" and "Sæt aktuel statusdato".

import type { Language, YearMonth } from "../core/model";
import { CURRENT_STATUS_DATE_NAME, SETTINGS_SHEET, SETTINGS_TABLE } from "../core/port";
import { defaultSettings, SETTING_KEYS, settingsRows } from "../core/settings";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import { t } from "../i18n";
import { characterWidthToPoints } from "./writeOverview";

/** Keys of the current-status-date row, compared like the core compares setting keys. */
const STATUS_DATE_KEYS = new Set(
  [
    SETTING_KEYS.currentStatusDate.da,
    SETTING_KEYS.currentStatusDate.en,
    CURRENT_STATUS_DATE_NAME,
    "Statusdato",
    "Status date",
  ].map((key) => normalizeKey(key))
);

function normalizeKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, "").replace(/:+$/, "");
}

export function isStatusDateKey(value: unknown): boolean {
  return typeof value === "string" && STATUS_DATE_KEYS.has(normalizeKey(value));
}

/** The name's comment, so users who find it in the Name Manager know what it is for. */
export function statusDateNameComment(lang: Language): string {
  return t(lang, "excel.name.statusDateComment");
}

/**
 * Queues a new sheet Indstillinger with the settings table (defaults, optionally a current
 * status date) and the name AktuelStatusdato on its value cell.
 */
export function queueSettingsSheet(
  context: Excel.RequestContext,
  lang: Language,
  statusDate: YearMonth | null,
  addName: boolean
): { sheet: Excel.Worksheet; dateRow: number } {
  const ws = context.workbook.worksheets.add(SETTINGS_SHEET);
  const settings = { ...defaultSettings(lang), currentStatusDate: statusDate };
  const rows = settingsRows(settings, lang);
  const header = [t(lang, "excel.settings.keyHeader"), t(lang, "excel.settings.valueHeader")];
  const dateIndex = rows.findIndex(([key]) => key === SETTING_KEYS.currentStatusDate[lang]);
  const all = [header, ...rows];
  const range = ws.getRangeByIndexes(0, 0, all.length, 2);
  // Text cells as text ("@"), the status date as a month.
  range.numberFormat = all.map((_, r) => [
    "@",
    r === dateIndex + 1 ? STATUS_DATE_NUMBER_FORMAT : "@",
  ]);
  range.values = all;
  const table = ws.tables.add(range, true);
  table.name = SETTINGS_TABLE;
  ws.getRange("A:A").format.columnWidth = characterWidthToPoints(30);
  ws.getRange("B:B").format.columnWidth = characterWidthToPoints(60);
  ws.getRangeByIndexes(1, 1, rows.length, 1).format.wrapText = true;
  if (addName) {
    context.workbook.names.add(
      CURRENT_STATUS_DATE_NAME,
      ws.getCell(dateIndex + 1, 1),
      statusDateNameComment(lang)
    );
  }
  return { sheet: ws, dateRow: dateIndex + 1 };
}
