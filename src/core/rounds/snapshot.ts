// Closing a round: the plan's actions as they stand, each with its ID, become the history rows
// of that round.

import type { Plan, YearMonth } from "../model";
import type { IdAssignment } from "./ids";
import type { ActionState, HistoryEntry } from "./model";

/** The plan's actions as round states, in overview order (focus area, initiative, row). */
export function planStates(plan: Plan): ActionState[] {
  const states: ActionState[] = [];
  for (const area of plan.focusAreas) {
    for (const initiative of area.initiatives) {
      for (const action of initiative.actions) {
        states.push({
          id: action.id ?? null,
          focusArea: area.name,
          initiative: initiative.name,
          action: action.text,
          status: action.status,
          note: action.note,
          statusDate: action.statusDate,
          row: action.row,
          ...(action.owner !== undefined ? { owner: action.owner } : {}),
        });
      }
    }
  }
  return states;
}

/** The states with the IDs about to be written into their rows. */
export function withIds(
  states: readonly ActionState[],
  assignments: readonly IdAssignment[]
): ActionState[] {
  const byRow = new Map(assignments.map((a) => [a.row, a.id]));
  return states.map((s) => (byRow.has(s.row) ? { ...s, id: byRow.get(s.row) ?? null } : s));
}

/**
 * The history rows of `round`: one per action, in the plan's sheet order, each stamped with
 * the same closing time (an Excel serial of the closing user's wall clock).
 */
export function snapshotRound(
  states: readonly ActionState[],
  round: YearMonth,
  closedAt: number
): HistoryEntry[] {
  return [...states]
    .sort((a, b) => a.row - b.row)
    .map((s) => ({ ...s, round: { ...round }, closedAt }));
}
