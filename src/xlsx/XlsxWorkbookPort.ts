// The workbook port over an ExcelJS workbook in memory; saving is the caller's step.

import type { Workbook } from "exceljs";
import type { Diagnostic } from "../core/diagnostics";
import type { WorkbookPort, WorkbookSnapshot } from "../core/port";
import type { SheetDescription } from "../core/sheet";
import { readSnapshot } from "./readSnapshot";
import { writeOverviewSheet } from "./writeOverview";

export class XlsxWorkbookPort implements WorkbookPort {
  /** Diagnostics the use case reported, for callers that print them. */
  readonly reported: Diagnostic[] = [];
  /** Whether writeOverview ran (the workbook then needs saving). */
  written = false;

  constructor(readonly workbook: Workbook) {}

  async read(): Promise<WorkbookSnapshot> {
    return readSnapshot(this.workbook);
  }

  async writeOverview(sheet: SheetDescription): Promise<void> {
    writeOverviewSheet(this.workbook, sheet);
    this.written = true;
  }

  report(diagnostics: readonly Diagnostic[]): void {
    this.reported.push(...diagnostics);
  }
}
