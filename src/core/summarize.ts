// Counts per focus area for the task pane's result (see summary.ts).

import { sameMonth } from "./dates";
import type { FocusArea, Plan, YearMonth } from "./model";
import { STATUSES, STATUS_SYMBOLS } from "./status";
import type { FocusAreaSummary, PlanSummary } from "./summary";

function summarizeArea(area: FocusArea, current: YearMonth | null): FocusAreaSummary {
  const summary: FocusAreaSummary = {
    focusArea: area.name,
    done: 0,
    partlyDone: 0,
    notDone: 0,
    noStatus: 0,
    marked: 0,
  };
  for (const initiative of area.initiatives) {
    for (const action of initiative.actions) {
      if (action.status) summary[STATUSES[action.status].summaryField]++;
      else summary.noStatus++;
      if (sameMonth(action.statusDate, current)) summary.marked++;
    }
  }
  return summary;
}

/** Per focus area (plan order): actions by status, and those of the `current` status month. */
export function summarize(plan: Plan, current: YearMonth | null): PlanSummary {
  const focusAreas = plan.focusAreas.map((area) => summarizeArea(area, current));
  const actions = focusAreas.reduce(
    (sum, a) => sum + STATUS_SYMBOLS.reduce((n, s) => n + a[STATUSES[s].summaryField], a.noStatus),
    0
  );
  return { focusAreas, actions };
}
