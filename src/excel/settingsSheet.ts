// The settings table (sheet Indstillinger) and the name AktuelStatusdato that refers to its
// current-status-date value cell. Shared by "Opret plan" and "Sæt aktuel statusdato".

import { normalizeKey } from "../core/keys";
import type { Language, Settings, YearMonth } from "../core/model";
import { CURRENT_STATUS_DATE_NAME } from "../core/port";
import { defaultSettings, isSettingKey } from "../core/settings";
import { describeSettingsSheet } from "../core/sheets/settingsSheet";
import { t } from "../i18n";
import { queueNewSheet } from "./addSheet";

/** A key naming the current status date (any alias the settings reader accepts, or the name). */
export function isStatusDateKey(value: unknown): boolean {
  if (typeof value !== "string") return false;
  return (
    isSettingKey(value, "currentStatusDate") ||
    normalizeKey(value) === normalizeKey(CURRENT_STATUS_DATE_NAME)
  );
}

/** The name's comment, so users who find it in the Name Manager know what it is for. */
export function statusDateNameComment(lang: Language): string {
  return t(lang, "excel.name.statusDateComment");
}

/**
 * Queues a new sheet Indstillinger (the core's description: defaults, optionally a current
 * status date) and the name AktuelStatusdato on its value cell.
 */
export function queueSettingsSheet(
  context: Excel.RequestContext,
  lang: Language,
  statusDate: YearMonth | null,
  addName: boolean,
  /** Settings to write instead of the defaults (an imported plan's). */
  given?: Settings,
  /** The sheet, already added earlier in the request. */
  added?: Excel.Worksheet
): { sheet: Excel.Worksheet; dateRow: number } {
  const settings = given ?? { ...defaultSettings(lang), currentStatusDate: statusDate };
  const { sheet, statusDateCell } = describeSettingsSheet(settings, lang);
  const ws = queueNewSheet(context, sheet, added);
  if (addName) {
    context.workbook.names.add(
      CURRENT_STATUS_DATE_NAME,
      ws.getCell(statusDateCell.row, statusDateCell.column),
      statusDateNameComment(lang)
    );
  }
  return { sheet: ws, dateRow: statusDateCell.row };
}
