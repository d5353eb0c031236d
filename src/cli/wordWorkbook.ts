// The workbook an import writes, as Opret plan makes one in Excel: the core's sheet Plan (with
// the imported rows) and sheet Indstillinger with the name AktuelStatusdato, then the status
// formatting and the overview, saved through a temporary file.

import ExcelJS from "exceljs";
import type { Diagnostic } from "../core/diagnostics";
import type { Settings } from "../core/model";
import { refreshOverview } from "../core/refresh";
import type { SheetDescription } from "../core/sheet";
import { saveWorkbook } from "../xlsx/files";
import { addSettingsSheet } from "../xlsx/settingsSheet";
import { applyStatusFormattingToWorkbook } from "../xlsx/statusFormatting";
import { addSheet } from "../xlsx/writeSheet";
import { XlsxWorkbookPort } from "../xlsx/XlsxWorkbookPort";

export async function saveImportedWorkbook(
  planSheet: SheetDescription,
  settings: Settings,
  output: string
): Promise<{ diagnostics: Diagnostic[] }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Statusoversigt";
  addSheet(workbook, planSheet);
  addSettingsSheet(workbook, settings, settings.language);
  const formatting = applyStatusFormattingToWorkbook(workbook, {
    language: settings.language,
    currentStatusDate: settings.currentStatusDate ?? undefined,
  });
  const refresh = await refreshOverview(new XlsxWorkbookPort(workbook));
  await saveWorkbook(workbook, output);
  // The plan is new and well-formed: only what is not informational is worth saying.
  const diagnostics = [...formatting.diagnostics, ...refresh.diagnostics].filter(
    (d) => d.severity !== "info"
  );
  return { diagnostics };
}
