// test/fake-excel: a strict in-memory fake of the Excel JavaScript API (Office.js).
// See README section "Testing without Excel: the fake" and each file's header.

export {
  createFakeExcel,
  type FakeExcelHost,
  type FakeExcelOptions,
  type ActionEvent,
} from "./host";
export {
  toSerial,
  type FakeWorkbookInit,
  type FakeSheetInit,
  type FakeTableInit,
  type FakeNameInit,
  type InitCell,
} from "./builders";
export { type SheetDump, type DumpedFormat } from "./dump";
export { FakeOfficeError, FakeUsageError, ErrorCodes } from "./errors";
export { WEB_PAYLOAD_LIMIT, estimateRequestBytes } from "./proxy";
export type { FakeStats } from "./hostcore";
