// The marking never depends on an event: every refresh compares the plan with the last closed
// round and finds the actions whose status or note differ from that round but whose Statusdato
// is not the current round. That catches what no event reported: a value picked from the
// validation dropdown in Excel on the web (office-js #3888, #4066), co-authors' edits,
// colleagues without the add-in, edits made while the pane was closed. Actions are matched by
// ID, else by focus area, initiative and action text; an action the round does not hold is new,
// not undated.

import type { Diagnostic } from "../diagnostics";
import { compareMonths, formatMonth, sameMonth } from "../dates";
import type { Language, Plan, YearMonth } from "../model";
import type { ActionState, History, HistoryRound } from "./model";
import { planStates } from "./snapshot";

export interface UndatedChange {
  /** 1-based sheet row of the action in the plan. */
  row: number;
  action: string;
}

const contentKey = (s: { focusArea: string; initiative: string; action: string }) =>
  `${s.focusArea}\u0000${s.initiative}\u0000${s.action}`;

/** The last closed round (latest month), or null. */
export function lastClosedRound(history: History): HistoryRound | null {
  let last: HistoryRound | null = null;
  for (const round of history.rounds) {
    if (!last || compareMonths(round.round, last.round) > 0) last = round;
  }
  return last;
}

export function undatedChanges(
  plan: Plan,
  history: History,
  current: YearMonth
): { round: YearMonth; changes: UndatedChange[] } | null {
  const last = lastClosedRound(history);
  if (!last || compareMonths(last.round, current) >= 0) return null;
  const byId = new Map<string, ActionState>();
  const byContent = new Map<string, ActionState>();
  for (const entry of last.entries) {
    if (entry.id) byId.set(entry.id, entry);
    byContent.set(contentKey(entry), entry);
  }
  const changes: UndatedChange[] = [];
  for (const state of planStates(plan)) {
    const before = (state.id ? byId.get(state.id) : undefined) ?? byContent.get(contentKey(state));
    if (!before) continue;
    const changed = before.status !== state.status || before.note !== state.note;
    if (changed && !(state.statusDate && sameMonth(state.statusDate, current))) {
      changes.push({ row: state.row, action: state.action });
    }
  }
  changes.sort((a, b) => a.row - b.row);
  return { round: last.round, changes };
}

/** One warning per undated change, on its row: "changed since [round], not dated [current]". */
export function undatedDiagnostics(
  found: { round: YearMonth; changes: UndatedChange[] },
  current: YearMonth,
  sheet: string,
  lang: Language
): Diagnostic[] {
  return found.changes.map((change) => ({
    severity: "warning",
    code: "coauthoring.diag.undated",
    params: {
      round: formatMonth(found.round, lang),
      current: formatMonth(current, lang),
      action: change.action,
    },
    sheet,
    row: change.row,
  }));
}
