// The use case behind *Gem som Word-dokument* and `statusoversigt export`: read the workbook
// once, read plan and settings as the overview does, describe the document.

import type { Diagnostic } from "../diagnostics";
import type { Settings } from "../model";
import type { WorkbookPort } from "../port";
import { readWorkbook } from "../readWorkbook";
import { readPlanAndSettings, type RefreshOptions } from "../refresh";
import type { WordDocument } from "./document";
import { exportDocument } from "./exportDocument";

export interface DocumentExportResult {
  /** Null when there is no readable plan (see the diagnostics). */
  document: WordDocument | null;
  settings: Settings | null;
  diagnostics: Diagnostic[];
}

/** One `port.read()`, nothing written to the workbook. */
export async function describeOverviewDocument(
  port: WorkbookPort,
  options: Pick<RefreshOptions, "statusDate" | "language"> = {}
): Promise<DocumentExportResult> {
  const read = readPlanAndSettings(readWorkbook(await port.read()), options);
  const document = read.plan && read.settings ? exportDocument(read.plan, read.settings) : null;
  return { document, settings: read.settings, diagnostics: read.diagnostics };
}
