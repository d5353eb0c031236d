// What status rounds are made of: the state of each action in one round, the closed rounds
// of the history (sheet Historik, table Statusrunder), and references to a round.

import type { StatusSymbol, YearMonth } from "../model";

/** One action as it stood in one round (a history row, or a plan row for "now"). */
export interface ActionState {
  /** Stable ID (column ID); `null` where none is written yet. */
  id: string | null;
  focusArea: string;
  initiative: string;
  action: string;
  status: StatusSymbol | null;
  note: string;
  /** The round the status and note were given in (column Statusdato). */
  statusDate: YearMonth | null;
  /** 1-based sheet row it was read from (Plan for "now", Historik for closed rounds). */
  row: number;
  /** Column Ansvarlig as written in the plan, when it has one (copied into the history). */
  owner?: string;
}

/** One row of the history: an action's state in a closed round. */
export interface HistoryEntry extends ActionState {
  round: YearMonth;
  /** Column Lukket as an Excel serial (the closing user's wall clock); `null` when empty. */
  closedAt: number | null;
}

export interface HistoryRound {
  round: YearMonth;
  /** The latest Lukket of its rows. */
  closedAt: number | null;
  /** Its rows in sheet order. */
  entries: HistoryEntry[];
}

/** The closed rounds, earliest first. */
export interface History {
  rounds: HistoryRound[];
}

/** A closed round, or the plan as it is now. */
export type RoundRef = YearMonth | "now";

export function isNow(ref: RoundRef): ref is "now" {
  return ref === "now";
}
