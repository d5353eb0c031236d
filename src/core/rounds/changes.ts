// The use case behind *Ændringer* and `statusoversigt changes`: from a closed round (default:
// the last one) to a later closed round or "now" (the plan as it is). Duplicate IDs on either
// side block it: matching by ID would be a guess.

import "./messages";
import { compareMonths, sameMonth } from "../dates";
import type { Diagnostic } from "../diagnostics";
import type { YearMonth } from "../model";
import { roundKey } from "./historyWrite";
import { unknownRoundDiagnostic } from "./asOf";
import { historyTrend, countRounds, roundRefKey, type StatusCounts, type Trend } from "./counts";
import { diffRounds, locateInPlan, type Change, type ChangeKind, type StateValue } from "./diff";
import { duplicateIdDiagnostics, findDuplicateIds } from "./ids";
import type { ActionState, History, RoundRef } from "./model";
import { isNow } from "./model";

export interface ChangesInput {
  history: History;
  historySheet: string;
  /** The plan's actions now; null when the plan could not be read. */
  now: readonly ActionState[] | null;
  planSheet: string;
  /** Header of the ID columns, for the duplicate messages. */
  idColumn: string;
  /** Overview column order (settings), so entries come per focus area in that order. */
  areaOrder: readonly string[];
  from?: YearMonth;
  /** Default "now". */
  to?: RoundRef;
}

export interface ChangesResult {
  ok: boolean;
  from: YearMonth | null;
  to: RoundRef;
  changes: Change[];
  /** Every closed round up to `to`, then "now" when `to` is now. */
  trend: Trend;
  diagnostics: Diagnostic[];
}

export function computeChanges(input: ChangesInput): ChangesResult {
  const { history } = input;
  const to: RoundRef = input.to ?? "now";
  const diagnostics: Diagnostic[] = [];
  const fail = (d: Diagnostic): ChangesResult => ({
    ok: false,
    from: input.from ?? null,
    to,
    changes: [],
    trend: { rounds: [], focusAreas: [] },
    diagnostics: [...diagnostics, d],
  });
  const roundOf = (month: YearMonth) => history.rounds.find((r) => sameMonth(r.round, month));

  const from = input.from ?? history.rounds[history.rounds.length - 1]?.round ?? null;
  if (from === null) {
    return fail({ severity: "error", code: "rounds.diag.noRounds", sheet: input.historySheet });
  }
  const fromRound = roundOf(from);
  if (!fromRound) return fail(unknownRoundDiagnostic(history, from, input.historySheet));
  const toRound = isNow(to) ? null : roundOf(to);
  if (!isNow(to) && !toRound) return fail(unknownRoundDiagnostic(history, to, input.historySheet));
  if (isNow(to) && input.now === null) {
    return fail({ severity: "error", code: "rounds.diag.planUnreadable", sheet: input.planSheet });
  }
  const toStates: readonly ActionState[] = toRound ? toRound.entries : (input.now ?? []);

  const sides: { states: readonly ActionState[]; sheet: string }[] = [
    { states: fromRound.entries, sheet: input.historySheet },
    { states: toStates, sheet: isNow(to) ? input.planSheet : input.historySheet },
  ];
  for (const side of sides) {
    diagnostics.push(
      ...duplicateIdDiagnostics(findDuplicateIds(side.states), side.sheet, input.idColumn, "error")
    );
  }
  if (diagnostics.length > 0) {
    return { ...fail(diagnostics[0]), diagnostics };
  }

  let changes = diffRounds(fromRound.entries, toStates, input.areaOrder);
  if (input.now) changes = locateInPlan(changes, input.now);
  const upTo = history.rounds.filter((r) => isNow(to) || compareMonths(r.round, to) <= 0);
  const trend = isNow(to)
    ? historyTrend({ rounds: upTo }, input.now, input.areaOrder)
    : countRounds(
        upTo.map((r) => ({ round: r.round, states: r.entries })),
        input.areaOrder
      );
  return { ok: true, from, to, changes, trend, diagnostics };
}

/** One entry of `changes --json`. */
export interface ChangeJson {
  id: string | null;
  focusArea: string;
  initiative: string;
  action: string;
  kind: ChangeKind;
  before: StateValue | null;
  after: StateValue | null;
}

/** `changes --json`: the contract, counts keyed by round, then by focus area. */
export interface ChangesJson {
  from: string;
  to: string;
  changes: ChangeJson[];
  counts: Record<string, Record<string, StatusCounts>>;
}

export function changesJson(result: ChangesResult & { from: YearMonth }): ChangesJson {
  const counts: Record<string, Record<string, StatusCounts>> = {};
  result.trend.rounds.forEach((round, r) => {
    const perArea: Record<string, StatusCounts> = {};
    for (const area of result.trend.focusAreas) perArea[area.focusArea] = { ...area.counts[r] };
    counts[roundRefKey(round)] = perArea;
  });
  return {
    from: roundKey(result.from),
    to: roundRefKey(result.to),
    changes: result.changes.map((c) => ({
      id: c.id,
      focusArea: c.focusArea,
      initiative: c.initiative,
      action: c.action,
      kind: c.kind,
      before: c.before ? { status: c.before.status, note: c.before.note } : null,
      after: c.after ? { status: c.after.status, note: c.after.note } : null,
    })),
    counts,
  };
}
