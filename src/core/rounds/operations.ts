// What the task pane's Statusrunder section asks of a host (the Excel adapter implements it
// beside AddinOperations); components receive it as a prop, so they run without Office.

import type { YearMonth } from "../model";
import type { RoundRef } from "./model";
import type {
  CloseRoundResult,
  CompareResult,
  RoundOverviewResult,
  RoundsOverview,
} from "./useCases";

export interface RoundsOperations {
  getRounds(): Promise<RoundsOverview>;
  /** Closes `round` (replacing its rows when it is already closed; the pane asks first). */
  closeRound(round: YearMonth): Promise<CloseRoundResult>;
  /** Changes from → to; with `writeSheet` also writes sheet Ændringer and shows it. */
  compareRounds(from: YearMonth | null, to: RoundRef, writeSheet: boolean): Promise<CompareResult>;
  /** The overview as of a closed round ("now": the ordinary refresh). */
  overviewForRound(round: RoundRef): Promise<RoundOverviewResult>;
  /** Sets the current status date: starts the next round. */
  setCurrentStatusDate(month: YearMonth): Promise<void>;
  /** Selects a row of the plan (an entry of the changes list). */
  selectPlanCell(sheet: string, row: number, column?: string): Promise<void>;
}
