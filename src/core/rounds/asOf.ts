// The plan as it stood in a closed round, rebuilt from the history, and its overview: the
// same buildOverview as today's, with that round as the status date. The round's changes are
// marked: every action whose status or note differs from the round before (or that was added
// in it), and every action whose Statusdato is that round. The first round has no round
// before it, so there only the Statusdato marks.

import "./messages";
import { sameMonth } from "../dates";
import type { Diagnostic } from "../diagnostics";
import { buildOverview, type OverviewOptions } from "../layout/overviewLayout";
import type { Action, FocusArea, Initiative, Plan, Settings, YearMonth } from "../model";
import { nameKey } from "../readPlan";
import type { SheetDescription } from "../sheet";
import { roundKey } from "./historyWrite";
import { matchStates } from "./diff";
import type { ActionState, History, HistoryEntry } from "./model";

/** Groups states into a plan (focus area → initiative → action) the way readPlan groups rows. */
export function statesToPlan(states: readonly ActionState[]): Plan {
  const plan: Plan = { focusAreas: [] };
  const areas = new Map<string, { area: FocusArea; initiatives: Map<string, Initiative> }>();
  for (const s of states) {
    const areaKey = nameKey(s.focusArea);
    let group = areas.get(areaKey);
    if (!group) {
      group = { area: { name: s.focusArea, initiatives: [] }, initiatives: new Map() };
      areas.set(areaKey, group);
      plan.focusAreas.push(group.area);
    }
    const initiativeKey = nameKey(s.initiative);
    let initiative = group.initiatives.get(initiativeKey);
    if (!initiative) {
      initiative = { name: s.initiative, actions: [] };
      group.initiatives.set(initiativeKey, initiative);
      group.area.initiatives.push(initiative);
    }
    const action: Action = {
      text: s.action,
      status: s.status,
      note: s.note,
      statusDate: s.statusDate ? { ...s.statusDate } : null,
      row: s.row,
    };
    if (s.id !== null) action.id = s.id;
    initiative.actions.push(action);
  }
  return plan;
}

/** Indexes of `to` that changed against `from` (status, note, or new). */
function changedIndexes(from: readonly HistoryEntry[], to: readonly HistoryEntry[]): Set<number> {
  const { partner } = matchStates(from, to);
  const changed = new Set<number>();
  to.forEach((s, j) => {
    const i = partner[j];
    const norm = (n: string) => n.replace(/\s+/g, " ").trim();
    if (i === -1 || from[i].status !== s.status || norm(from[i].note) !== norm(s.note)) {
      changed.add(j);
    }
  });
  return changed;
}

export interface PlanAsOf {
  plan: Plan;
  /** How many actions are marked as that round's. */
  marked: number;
}

/** The plan of a closed round, its changes dated to the round so the overview marks them. */
export function planAsOf(history: History, round: YearMonth): PlanAsOf | null {
  const index = history.rounds.findIndex((r) => sameMonth(r.round, round));
  if (index === -1) return null;
  const entries = history.rounds[index].entries;
  const changed =
    index > 0 ? changedIndexes(history.rounds[index - 1].entries, entries) : new Set<number>();
  let marked = 0;
  const states = entries.map((e, j) => {
    const mark = changed.has(j) || sameMonth(e.statusDate, round);
    if (mark) marked++;
    return mark ? { ...e, statusDate: { ...round } } : e;
  });
  return { plan: statesToPlan(states), marked };
}

/** The diagnostic for a round that is not in the history, listing those that are. */
export function unknownRoundDiagnostic(
  history: History,
  round: YearMonth,
  sheet: string
): Diagnostic {
  return {
    severity: "error",
    code: history.rounds.length === 0 ? "rounds.diag.noRounds" : "rounds.diag.unknownRound",
    params: {
      round: roundKey(round),
      rounds: history.rounds.map((r) => roundKey(r.round)).join(", "),
    },
    sheet,
  };
}

/** The overview as of a closed round, or null when the history does not hold that round. */
export function overviewAsOf(
  history: History,
  round: YearMonth,
  settings: Settings,
  options: OverviewOptions = {}
): SheetDescription | null {
  const asOf = planAsOf(history, round);
  if (!asOf) return null;
  return buildOverview(asOf.plan, { ...settings, currentStatusDate: { ...round } }, options);
}
