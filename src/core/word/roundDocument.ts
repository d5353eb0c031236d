// `statusoversigt export --round`: the document of a closed round from the history — the plan
// as that round left it (the rounds' planForRound, the same reading as `overview --round`) with
// the round as the current status date, so that round's changes are the ones marked. Apart from
// exportUseCase.ts so that the pane's Word export does not load the rounds' code.

import type { Language, YearMonth } from "../model";
import type { RoundsPort } from "../rounds/roundsPort";
import { planForRound } from "../rounds/useCases";
import { exportDocument } from "./exportDocument";
import type { DocumentExportResult } from "./exportUseCase";

/** One read, nothing written; no document when the history cannot give the round. */
export async function describeRoundDocument(
  port: RoundsPort,
  round: YearMonth,
  options: { language?: Language } = {}
): Promise<DocumentExportResult> {
  const read = await planForRound(port, round, options);
  const document = read.plan ? exportDocument(read.plan, read.settings) : null;
  return { document, settings: read.settings, diagnostics: read.diagnostics };
}
