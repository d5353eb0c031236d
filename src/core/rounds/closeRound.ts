// The use case behind *Luk statusrunde* and `statusoversigt close-round`, as a pure plan of
// writes: fill the empty IDs of the plan, then snapshot every action into the history for the
// round. Duplicate IDs are reported but do not block closing (they block only comparing).
// A history with a missing column blocks it: rows would land under the wrong headers.

import "./messages";
import type { Diagnostic } from "../diagnostics";
import type { Language, YearMonth } from "../model";
import type { ReadPlanResult } from "../readPlan";
import type { RawGrid } from "../port";
import type { RawCell } from "../raw";
import { columnLetters } from "../a1";
import { COLUMN_NAMES } from "../columns";
import { HISTORY_SHEET, HISTORY_TABLE } from "./historyColumns";
import { describeHistoryWrite, type HistoryWrite } from "./historyWrite";
import {
  assignIds,
  duplicateIdDiagnostics,
  highestIdFormula,
  recordedHighestId,
  type IdPlan,
} from "./ids";
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
  /** The column right of the plan as read (where column ID would go), if fetched. */
  planNextColumn?: RawGrid | null;
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
  const idIndex = input.plan.columns.columns.id;
  const blockedAt = idIndex === undefined ? firstFilledCell(input.planNextColumn) : null;
  if (blockedAt) {
    // Column ID would go over the user's data: stop before anything is written.
    diagnostics.push({
      severity: "error",
      code: "rounds.diag.idColumnBlockedAt",
      params: { sheet: blockedAt.sheet, cell: blockedAt.cell },
      sheet: blockedAt.sheet,
      row: blockedAt.row,
    });
    return blocked();
  }
  const states = planStates(input.plan.plan);
  const ids = assignIds(states, input.history?.read.history ?? null, input.recordedHighestId);
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

/** The first cell of the grid holding anything (text of only spaces counts as empty). */
export function firstFilledCell(
  grid: RawGrid | null | undefined
): { sheet: string; row: number; cell: string } | null {
  if (!grid) return null;
  for (let i = 0; i < grid.values.length; i++) {
    const value = grid.values[i]?.[0] ?? null;
    if (value === null || (typeof value === "string" && value.trim() === "")) continue;
    const row = grid.row + i + 1;
    return { sheet: grid.sheet, row, cell: `${columnLetters(grid.column)}${row}` };
  }
  return null;
}

export interface IdFill {
  /** The ID column's index in the plan's header; null: the host adds the column first. */
  idIndex: number | null;
  assignments: IdPlan["assignments"];
  /** The new formula of name Statusoversigt_HoejesteID; absent when it stays as it is. */
  highestIdFormula?: string;
  diagnostics: Diagnostic[];
}

/**
 * *Anvend statusformatering*'s share of the IDs: the empty IDs filled (numbered past the
 * history), the column added if missing, duplicates reported (never changed).
 */
export function describeIdFill(
  plan: ReadPlanResult,
  planSheet: string,
  history: ReadHistoryResult | null,
  recorded?: RawCell
): IdFill | null {
  if (!plan.ok) return null;
  const ids = assignIds(
    planStates(plan.plan),
    history?.ok ? history.history : null,
    recordedHighestId(recorded)
  );
  const formula = highestIdFormula(ids.highest, recorded);
  return {
    idIndex: plan.columns.columns.id ?? null,
    assignments: ids.assignments,
    ...(formula ? { highestIdFormula: formula } : {}),
    diagnostics: duplicateIdDiagnostics(ids.duplicates, planSheet, COLUMN_NAMES.id.da, "warning"),
  };
}
