// The Office.js adapter: AddinOperations over Excel.run, and the pieces tests and the bench use.

export {
  createExcelOperations,
  type ExcelOperations,
  type ExcelOperationsOptions,
} from "./operations";
export type { ExcelLike, OfficeLike } from "../officeHost";
export { ExcelWorkbookPort } from "./excelPort";
export { readWorkbook, type WorkbookRead } from "./readWorkbook";
export {
  planOverviewWrite,
  writeOverviewSheet,
  characterWidthToPoints,
  pointsToCharacterWidth,
  OVERVIEW_BUDGET_BYTES,
  REQUEST_BUDGET_BYTES,
} from "./writeOverview";
export { toUserFacingError } from "./errors";
