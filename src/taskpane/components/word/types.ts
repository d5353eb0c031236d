// Callback types of the Word components (in a .ts file: the JSX lint config's no-unused-vars
// would flag parameter names in function types).

import type { Plan, Settings, YearMonth } from "../../../core/model";
import type { DocumentImport, ImportFailure } from "../../../core/word/importDocument";

/** The part of the Word code the pane uses (src/word/browser.ts), loaded with import(). */
export interface WordReader {
  importWordBytes(bytes: ArrayBuffer): Promise<DocumentImport | ImportFailure>;
  importRound(imported: DocumentImport, round?: YearMonth | null): YearMonth | null;
  importedPlan(imported: DocumentImport, round: YearMonth | null): Plan;
  importedSettings(imported: DocumentImport, round: YearMonth | null): Settings;
}

/** Creates the plan in the open workbook; rejects with a UserFacingError on failure. */
export type CreatePlanFromImport = (plan: Plan, settings: Settings) => Promise<void>;
