// Which rows of the history a use case needs whole, from its round column alone: rounds are
// appended in order and a replaced round is deleted and appended again, so each round's rows
// are usually one block. The rule does not rely on it: every row of a wanted round is covered,
// however its rows lie; only when they lie in too many pieces is the span over them read.

import { compareMonths, formatMonthIso, parseMonth } from "../dates";
import type { YearMonth } from "../model";
import type { RawCell } from "../raw";

/** More blocks than this: one block from the first wanted row to the last. */
export const MAX_ROUND_BLOCKS = 16;

/**
 * Row ranges [from, to) (indexes into `roundCells`) holding every row of the rounds `wanted`
 * picks from the rounds present (earliest first), in order and disjoint.
 */
export function roundBlocks(
  roundCells: readonly RawCell[],
  wanted: (rounds: readonly YearMonth[]) => readonly YearMonth[]
): [number, number][] {
  const keys = roundCells.map((cell) => {
    const month = parseMonth(cell);
    return month.kind === "month" ? month.value : null;
  });
  const present = new Map<string, YearMonth>();
  for (const month of keys) if (month) present.set(formatMonthIso(month), month);
  const rounds = [...present.values()].sort(compareMonths);
  const picked = new Set(wanted(rounds).map(formatMonthIso));
  const blocks: [number, number][] = [];
  keys.forEach((month, i) => {
    if (!month || !picked.has(formatMonthIso(month))) return;
    const last = blocks[blocks.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else blocks.push([i, i + 1]);
  });
  if (blocks.length > MAX_ROUND_BLOCKS) return [[blocks[0][0], blocks[blocks.length - 1][1]]];
  return blocks;
}

/** The round and the closed round before it (what the overview as of a round compares). */
export function roundAndPrevious(round: YearMonth) {
  return (rounds: readonly YearMonth[]): YearMonth[] => {
    const before = rounds.filter((r) => compareMonths(r, round) < 0);
    return [round, ...before.slice(-1)];
  };
}

/** The rounds compared: `from` (default the last closed one) and `to` when it is a round. */
export function comparedRounds(from: YearMonth | undefined, to: YearMonth | "now") {
  return (rounds: readonly YearMonth[]): YearMonth[] => {
    const first = from ?? rounds[rounds.length - 1];
    return [...(first ? [first] : []), ...(to === "now" ? [] : [to])];
  };
}
