// Stable action IDs (column ID of table Handlinger): short and readable (H-001, H-002, …),
// unique, never reused. Existing IDs are kept as written, whatever their form; only empty
// cells get a new one. "Never reused" rests on the history: a new number is above every
// H-number in the plan, in every closed round of Historik, and above the highest number the
// workbook records as handed out (so an ID given to a row that was deleted before any round
// was closed is not handed out again either). Duplicates are reported with their rows and
// never changed: which of two rows keeps an ID is the user's call.
//
// No rounds' texts are loaded here: a new plan's IDs (Opret plan with an imported plan) are
// numbered by this rule in the pane's first chunk; the diagnostics' users load them.

import type { Diagnostic, Severity } from "../diagnostics";
import type { History } from "./model";
import type { RawCell } from "../raw";

export { HIGHEST_ID_NAME } from "../port";

export const ID_PREFIX = "H-";
/** Digits of a new ID: H-001 … H-999, then H-1000 (the number is never cut). */
const ID_DIGITS = 3;
const GENERATED_ID = /^H-(\d+)$/i;

/** How IDs are compared: trimmed, ignoring case ("h-001" and "H-001" are the same ID). */
export function idKey(id: string): string {
  return id.normalize("NFC").trim().toUpperCase();
}

export function formatId(n: number): string {
  return `${ID_PREFIX}${String(n).padStart(ID_DIGITS, "0")}`;
}

/** The number of an H-ID, or null for IDs of another form (kept, never counted). */
export function idNumber(id: string): number | null {
  const m = GENERATED_ID.exec(id.trim());
  return m ? Number(m[1]) : null;
}

export interface IdRow {
  id: string | null;
  /** 1-based sheet row. */
  row: number;
}

export interface IdAssignment {
  row: number;
  id: string;
}

export interface DuplicateId {
  /** As written in its first row. */
  id: string;
  /** Every sheet row holding it, ascending. */
  rows: number[];
}

export interface IdPlan {
  /** Rows without an ID and the ID each gets, in row order. */
  assignments: IdAssignment[];
  duplicates: DuplicateId[];
  /** The highest H-number in use or handed out after the assignments. */
  highest: number;
}

/** IDs held by more than one row. */
export function findDuplicateIds(rows: readonly IdRow[]): DuplicateId[] {
  const byKey = new Map<string, DuplicateId>();
  for (const { id, row } of rows) {
    if (id === null || id.trim() === "") continue;
    const key = idKey(id);
    const seen = byKey.get(key);
    if (seen) seen.rows.push(row);
    else byKey.set(key, { id: id.trim(), rows: [row] });
  }
  return [...byKey.values()]
    .filter((d) => d.rows.length > 1)
    .map((d) => ({ ...d, rows: [...d.rows].sort((a, b) => a - b) }))
    .sort((a, b) => a.rows[0] - b.rows[0]);
}

/** The highest H-number among the given IDs. */
export function highestIdNumber(ids: Iterable<string | null>): number {
  let highest = 0;
  for (const id of ids) {
    const n = id === null ? null : idNumber(id);
    if (n !== null && n > highest) highest = n;
  }
  return highest;
}

/** Every ID of every closed round. */
export function historyIds(history: History | null): string[] {
  if (!history) return [];
  return history.rounds.flatMap((r) => r.entries.map((e) => e.id ?? ""));
}

/**
 * The workbook's record of the highest number handed out (name Statusoversigt_HoejesteID):
 * a whole number ≥ 0 (or such a number as text); anything else counts as no record (0).
 */
export function recordedHighestId(value: RawCell | undefined): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

/** The name's new formula when `highest` differs from the record; null when it is unchanged. */
export function highestIdFormula(highest: number, recorded: RawCell | undefined): string | null {
  if (recorded !== undefined && recordedHighestId(recorded) === highest && highest > 0) return null;
  return highest > 0 ? `=${highest}` : null;
}

/**
 * New IDs for the plan's rows without one: numbered on from the highest H-number in the plan,
 * the history and `recorded` (the workbook's record of the highest number handed out).
 */
export function assignIds(rows: readonly IdRow[], history: History | null, recorded = 0): IdPlan {
  let highest = Math.max(
    recorded,
    highestIdNumber(rows.map((r) => r.id)),
    highestIdNumber(historyIds(history))
  );
  const assignments: IdAssignment[] = [];
  for (const { id, row } of [...rows].sort((a, b) => a.row - b.row)) {
    if (id !== null && id.trim() !== "") continue;
    highest += 1;
    assignments.push({ row, id: formatId(highest) });
  }
  return { assignments, duplicates: findDuplicateIds(rows), highest };
}

/**
 * One diagnostic per duplicated ID, at its second row, naming all its rows. `error` where the
 * duplicate blocks the operation (comparing rounds), `warning` where it does not.
 */
export function duplicateIdDiagnostics(
  duplicates: readonly DuplicateId[],
  sheet: string,
  column: string,
  severity: Severity
): Diagnostic[] {
  return duplicates.map((d) => ({
    severity,
    code: "rounds.diag.duplicateId",
    params: { id: d.id, rows: d.rows.join(", ") },
    sheet,
    row: d.rows[1],
    column,
  }));
}
