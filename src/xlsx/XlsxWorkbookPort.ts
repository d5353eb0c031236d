// The workbook port over an ExcelJS workbook in memory; saving is the caller's step.

import type { Workbook } from "exceljs";
import type { Diagnostic } from "../core/diagnostics";
import type { RawWorkbook, WorkbookPort } from "../core/port";
import type { SheetDescription } from "../core/sheet";
import { readRawWorkbook } from "./readSnapshot";
import { writeGeneratedSheet } from "./writeSheet";

export class XlsxWorkbookPort implements WorkbookPort {
  /** Diagnostics the use case reported, for callers that print them. */
  readonly reported: Diagnostic[] = [];
  /** Whether writeGeneratedSheet ran (the workbook then needs saving). */
  written = false;

  constructor(readonly workbook: Workbook) {}

  async read(): Promise<RawWorkbook> {
    return readRawWorkbook(this.workbook);
  }

  async writeGeneratedSheet(sheet: SheetDescription, marker: string): Promise<void> {
    writeGeneratedSheet(this.workbook, sheet, marker);
    this.written = true;
  }

  report(diagnostics: readonly Diagnostic[]): void {
    this.reported.push(...diagnostics);
  }
}
