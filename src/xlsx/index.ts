// The ExcelJS adapter: the workbook port over .xlsx files (command line, tests, bench).

export { rawFromCell, rawFromValue, NO_CACHED_RESULT } from "./cellValue";
export {
  createPlanWorkbook,
  type PlanRowInput,
  type PlanWorkbookOptions,
} from "./createPlanWorkbook";
export {
  openWorkbook,
  saveWorkbook,
  workbookBuffer,
  XlsxFileError,
  type XlsxFileProblem,
  type SaveOptions,
} from "./files";
export { readSnapshot, readRawWorkbook, findSheet, findTable } from "./readSnapshot";
export { MONTH_FORMAT } from "./settingsSheet";
export { writeGeneratedSheet, ForeignSheetError } from "./writeSheet";
export { XlsxWorkbookPort } from "./XlsxWorkbookPort";
export {
  applyStatusFormattingToWorkbook,
  type XlsxStatusFormattingOptions,
} from "./statusFormatting";
