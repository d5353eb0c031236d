// The refresh's check of changes since the last closed round that are not dated in the current
// one (src/core/rounds/undated.ts), and its one action "date them all": loaded with the
// refresh, before its read, so nothing waits between the read and the write.

import "../core/rounds/messages";
import type { Diagnostic } from "../core/diagnostics";
import type { Plan, Settings } from "../core/model";
import type { RawWorkbook } from "../core/port";
import { readHistory } from "../core/rounds/readHistory";
import { historyGrid } from "../core/rounds/roundsPort";
import { undatedChanges, undatedDiagnostics, type UndatedChange } from "../core/rounds/undated";
import { PLAN_SHEET } from "../core/port";

/** The undated changes of the plan as read, or null without a last closed round before the current one. */
export function findUndated(raw: RawWorkbook, plan: Plan, settings: Settings) {
  const current = settings.currentStatusDate;
  const grid = historyGrid(raw);
  if (!current || !grid.source) return null;
  const history = readHistory(grid.source);
  if (!history.ok) return null;
  return undatedChanges(plan, history.history, current);
}

export function undatedCheck(raw: RawWorkbook, plan: Plan, settings: Settings): Diagnostic[] {
  const found = findUndated(raw, plan, settings);
  if (!found || !settings.currentStatusDate) return [];
  return undatedDiagnostics(
    found,
    settings.currentStatusDate,
    raw.planTable?.sheet ?? PLAN_SHEET,
    settings.language
  );
}

export type { UndatedChange };
