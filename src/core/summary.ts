// Per focus area counts for the task pane's result: √ / (√) / % / no status, and marked entries.

export interface FocusAreaSummary {
  focusArea: string;
  done: number;
  partlyDone: number;
  notDone: number;
  noStatus: number;
  /** Actions whose status date is the current status month (shown in the marking colour). */
  marked: number;
}

export interface PlanSummary {
  focusAreas: FocusAreaSummary[];
  actions: number;
}
