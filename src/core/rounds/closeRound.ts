// The use case behind *Luk statusrunde* and `statusoversigt close-round`, as a pure plan of
// writes: fill the empty IDs of the plan, then snapshot every action into the history for the
// round. Duplicate IDs are reported but do not block closing (they block only comparing).
// A history with a missing column blocks it: rows would land under the wrong headers.

import "./messages";
import type { Diagnostic } from "../diagnostics";
import type { Language, YearMonth } from "../model";
import type { ReadPlanResult } from "../readPlan";
import { COLUMN_NAMES } from "../columns";
import { HISTORY_SHEET, HISTORY_TABLE } from "./historyColumns";
import { describeHistoryWrite, type HistoryWrite } from "./historyWrite";
import { assignIds, duplicateIdDiagnostics, type IdPlan } from "./ids";
import type { HistoryEntry } from "./model";
import type { ReadHistoryResult } from "./readHistory";
import { planStates, snapshotRound, withIds } from "./snapshot";
import { localDateToSerial } from "./timestamps";

export interface CloseRoundInput {
  plan: ReadPlanResult;
  planSheet: string;
  /** The history table as read with its width, or null when there is none yet. */
  history: { read: ReadHistoryResult; width: number } | null;
  round: YearMonth;
  closedAt: Date;
  language: Language;
  /** Highest ID number the workbook records as handed out (0 when none is recorded). */
  recordedHighestId?: number;
  /** A sheet called Historik exists without table Statusrunder: it is the user's. */
  foreignHistorySheet?: boolean;
}

export interface CloseRoundPlan {
  ok: boolean;
  ids: IdPlan | null;
  /** Whether the plan has no ID column yet (the host adds it before writing the IDs). */
  addIdColumn: boolean;
  entries: HistoryEntry[];
  write: HistoryWrite | null;
  diagnostics: Diagnostic[];
}

export function planCloseRound(input: CloseRoundInput): CloseRoundPlan {
  const diagnostics: Diagnostic[] = [];
  const blocked = (): CloseRoundPlan => ({
    ok: false,
    ids: null,
    addIdColumn: false,
    entries: [],
    write: null,
    diagnostics,
  });
  if (!input.plan.ok) {
    diagnostics.push({
      severity: "error",
      code: "rounds.diag.planUnreadable",
      sheet: input.planSheet,
    });
    return blocked();
  }
  if (!input.history && input.foreignHistorySheet) {
    diagnostics.push({
      severity: "error",
      code: "rounds.diag.foreignHistorySheet",
      params: { sheet: HISTORY_SHEET, table: HISTORY_TABLE },
      sheet: HISTORY_SHEET,
    });
    return blocked();
  }
  if (input.history && !input.history.read.ok) {
    diagnostics.push(...input.history.read.diagnostics.filter((d) => d.severity === "error"));
    return blocked();
  }
  const states = planStates(input.plan.plan);
  const ids = assignIds(states, input.history?.read.history ?? null, input.recordedHighestId);
  const idIndex = input.plan.columns.columns.id;
  diagnostics.push(
    ...duplicateIdDiagnostics(ids.duplicates, input.planSheet, COLUMN_NAMES.id.da, "warning")
  );
  const entries = snapshotRound(
    withIds(states, ids.assignments),
    input.round,
    localDateToSerial(input.closedAt)
  );
  return {
    ok: true,
    ids,
    addIdColumn: idIndex === undefined,
    entries,
    write: describeHistoryWrite(input.history, entries, input.round, input.language),
    diagnostics,
  };
}

export interface IdFill {
  /** The ID column's index in the plan's header; null: the host adds the column first. */
  idIndex: number | null;
  assignments: IdPlan["assignments"];
  diagnostics: Diagnostic[];
}

/**
 * *Anvend statusformatering*'s share of the IDs: the empty IDs filled (numbered past the
 * history), the column added if missing, duplicates reported (never changed).
 */
export function describeIdFill(
  plan: ReadPlanResult,
  planSheet: string,
  history: ReadHistoryResult | null
): IdFill | null {
  if (!plan.ok) return null;
  const ids = assignIds(planStates(plan.plan), history?.ok ? history.history : null);
  return {
    idIndex: plan.columns.columns.id ?? null,
    assignments: ids.assignments,
    diagnostics: duplicateIdDiagnostics(ids.duplicates, planSheet, COLUMN_NAMES.id.da, "warning"),
  };
}
