// The workbook port over an ExcelJS workbook in memory; saving is the caller's step.

import type { Workbook } from "exceljs";
import type { Diagnostic } from "../core/diagnostics";
import type { RawWorkbook, ReadOptions } from "../core/port";
import type { RoundsPort, RoundWrite } from "../core/rounds/roundsPort";
import type { SheetDescription } from "../core/sheet";
import { readRawWorkbook } from "./readSnapshot";
import { writeRoundToWorkbook } from "./roundsPort";
import { writeGeneratedSheet } from "./writeSheet";

/** Also the rounds' port; it draws no charts (ExcelJS cannot write them). */
export class XlsxWorkbookPort implements RoundsPort {
  /** Diagnostics the use case reported, for callers that print them. */
  readonly reported: Diagnostic[] = [];
  /** Whether writeGeneratedSheet ran (the workbook then needs saving). */
  written = false;

  constructor(readonly workbook: Workbook) {}

  async read(options?: ReadOptions): Promise<RawWorkbook> {
    return readRawWorkbook(this.workbook, options);
  }

  async writeRound(write: RoundWrite): Promise<void> {
    writeRoundToWorkbook(this.workbook, write);
    this.written = true;
  }

  async writeGeneratedSheet(sheet: SheetDescription, marker: string): Promise<void> {
    writeGeneratedSheet(this.workbook, sheet, marker);
    this.written = true;
  }

  report(diagnostics: readonly Diagnostic[]): void {
    this.reported.push(...diagnostics);
  }
}
