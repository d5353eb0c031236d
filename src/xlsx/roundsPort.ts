// The rounds' writes over an ExcelJS workbook in memory (XlsxWorkbookPort delegates here):
// the plan's new IDs, the round's history rows, and the next status date.

import type { Workbook } from "exceljs";
import type { RoundWrite } from "../core/rounds";
import { readSettings } from "../core/settings";
import { defineCurrentStatusDate } from "./currentStatusDate";
import { HIGHEST_ID_NAME } from "../core/port";
import { setConstantName } from "./constantNames";
import { applyHistoryWrite } from "./history";
import { writePlanIds } from "./planIds";
import { readSnapshot } from "./readSnapshot";

export function writeRoundToWorkbook(workbook: Workbook, write: RoundWrite): void {
  const snapshot = readSnapshot(workbook);
  if (!snapshot.plan) throw new Error("the plan disappeared between read and write");
  const language = readSettings(snapshot.settings).settings.language;
  if (write.ids.assignments.length > 0 || write.ids.idIndex === null) {
    writePlanIds(workbook, snapshot.plan, write.ids.idIndex, write.ids.assignments, language);
  }
  applyHistoryWrite(workbook, write.history);
  if (write.highestIdFormula) setConstantName(workbook, HIGHEST_ID_NAME, write.highestIdFormula);
  if (write.next) defineCurrentStatusDate(workbook, write.next, language);
}
