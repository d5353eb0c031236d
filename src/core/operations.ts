// What the task pane and the ribbon commands can ask of a host. The Excel adapter implements
// it (src/excel); UI components receive it through props/context, so they run without Office.

import type { RequestsOperations } from "./requests/operations";
import type { RoundsOperations } from "./rounds/operations";
import type { Diagnostic } from "./diagnostics";
import type { Language, Plan, Settings, YearMonth } from "./model";
import type { DocumentExportResult } from "./word/exportUseCase";
import type { PlanSummary } from "./summary";

/** An error meant for the user: an i18n key and its parameters, never a raw stack. */
export class UserFacingError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    override readonly cause?: unknown
  ) {
    super(key);
    this.name = "UserFacingError";
  }
}

export interface WorkbookState {
  hasPlan: boolean;
  currentStatusDate: YearMonth | null;
  language: Language;
}

export interface RefreshOutcome {
  /** False when the overview could not be written (see diagnostics). */
  written: boolean;
  diagnostics: Diagnostic[];
  summary: PlanSummary | null;
  statusDate: YearMonth | null;
  refreshedAt: Date;
}

export interface StatusFormattingOutcome {
  /** Status cells rewritten to their canonical symbol. */
  symbolsChanged: number;
  /** Empty IDs filled in column ID (which is added when missing). */
  idsFilled?: number;
  diagnostics: Diagnostic[];
}

/** A user edit of Status or Statusnote on these sheet rows (1-based). */
export interface StatusEdit {
  rows: number[];
}

/** A plan made elsewhere (an imported Word document) and its settings. */
export interface PlanSeed {
  plan: Plan;
  settings: Settings;
}

/** Also the Statusrunder section's operations (src/core/rounds/operations.ts). */
export interface AddinOperations extends RoundsOperations, RequestsOperations {
  getState(): Promise<WorkbookState>;
  /** Rebuilds the overview sheet and activates it. */
  /**
   * `deadline` (epoch ms): the overview's write must be done by then (the ribbon command's
   * lifetime); when its measured chunks would not fit, nothing is written and the call fails
   * with coauthoring.ribbonTooLarge.
   */
  refreshOverview(options?: { deadline?: number }): Promise<RefreshOutcome>;
  /**
   * Dates every action changed since the last closed round but not dated in the current one
   * (the refresh's coauthoring.diag.undated), through a proven write; the rows dated.
   */
  dateUndatedChanges?(): Promise<{ rows: number[] }>;
  /** Validation list, conditional format for the current round, canonical symbols. */
  applyStatusFormatting(): Promise<StatusFormattingOutcome>;
  /**
   * Creates sheet Plan (table Handlinger), sheet Indstillinger and the name: empty and with the
   * default settings, or holding `seed` (a plan imported from a Word document).
   */
  createPlan(seed?: PlanSeed): Promise<void>;
  /** Reads plan and settings once and describes the overview as a Word document. */
  describeWordDocument(): Promise<DocumentExportResult>;
  setCurrentStatusDate(month: YearMonth): Promise<void>;
  /** Selects a cell of the plan (e.g. the row of a diagnostic) and activates its sheet. */
  selectPlanCell(sheet: string, row: number, column?: string): Promise<void>;
  /**
   * While subscribed, the user's own edits of Status/Statusnote set that row's Statusdato to
   * the current status date. Returns the function that unsubscribes.
   */
  watchStatusEdits(onEdit: (edit: StatusEdit) => void): Promise<() => Promise<void>>;
}
