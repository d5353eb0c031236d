// Per focus area counts for the task pane's result: √ / (√) / % / no status, and marked entries.

import type { StatusField } from "./status";

/** One count per status (core/status.ts STATUSES), plus the actions without one. */
export type FocusAreaSummary = Record<StatusField, number> & {
  focusArea: string;
  noStatus: number;
  /** Actions whose status date is the current status month (shown in the marking colour). */
  marked: number;
};

export interface PlanSummary {
  focusAreas: FocusAreaSummary[];
  actions: number;
}
