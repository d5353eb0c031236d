// The settings sheet of a new plan workbook: the core's description of sheet Indstillinger
// applied, and the name AktuelStatusdato on its current-status-date cell.

import type { Workbook } from "exceljs";
import { columnLetters } from "../core/a1";
import type { Language, Settings } from "../core/model";
import { CURRENT_STATUS_DATE_NAME } from "../core/port";
import { describeSettingsSheet } from "../core/sheets/settingsSheet";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import { formatReference, setName } from "./names";
import { addSheet } from "./writeSheet";

/** Month format of status dates (the core's, shared by both hosts). */
export const MONTH_FORMAT = STATUS_DATE_NUMBER_FORMAT;

export function addSettingsSheet(workbook: Workbook, settings: Settings, lang: Language): void {
  const { sheet, statusDateCell } = describeSettingsSheet(settings, lang);
  addSheet(workbook, sheet);
  const address = `$${columnLetters(statusDateCell.column)}$${statusDateCell.row + 1}`;
  setName(workbook, CURRENT_STATUS_DATE_NAME, formatReference(statusDateCell.sheet, address));
}
