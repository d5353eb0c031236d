// Counts per round and focus area (√ / (√) / % / no status): the trend the pane draws and the
// changes sheet tabulates and charts.

import "./messages";
import { t } from "../../i18n";
import { formatMonth, formatMonthIso } from "../dates";
import type { Language } from "../model";
import { nameKey } from "../readPlan";
import type { ActionState, History, RoundRef } from "./model";
import { isNow } from "./model";

export interface StatusCounts {
  done: number;
  partlyDone: number;
  notDone: number;
  noStatus: number;
}

/** The four counts in the legend's stacking order, with their symbol (null = no status). */
export const COUNT_KEYS: readonly { key: keyof StatusCounts; symbol: string | null }[] = [
  { key: "done", symbol: "√" },
  { key: "partlyDone", symbol: "(√)" },
  { key: "notDone", symbol: "%" },
  { key: "noStatus", symbol: null },
];

export interface Trend {
  rounds: RoundRef[];
  /** Per focus area (overview order), one StatusCounts per round in `rounds`. */
  focusAreas: { focusArea: string; counts: StatusCounts[] }[];
}

const zero = (): StatusCounts => ({ done: 0, partlyDone: 0, notDone: 0, noStatus: 0 });

function add(counts: StatusCounts, state: ActionState): void {
  if (state.status === "√") counts.done++;
  else if (state.status === "(√)") counts.partlyDone++;
  else if (state.status === "%") counts.notDone++;
  else counts.noStatus++;
}

/**
 * The trend over `rounds` (each with its states): focus areas in `areaOrder` first, then the
 * others in order of first appearance (latest spelling of the name wins); an area missing
 * from a round counts zero there.
 */
export function countRounds(
  rounds: readonly { round: RoundRef; states: readonly ActionState[] }[],
  areaOrder: readonly string[] = []
): Trend {
  const areas = new Map<string, { focusArea: string; counts: StatusCounts[] }>();
  const ensure = (name: string, fallback: boolean) => {
    const key = nameKey(name);
    let area = areas.get(key);
    if (!area) {
      area = { focusArea: name, counts: rounds.map(zero) };
      areas.set(key, area);
    } else if (!fallback) area.focusArea = name;
    return area;
  };
  areaOrder.forEach((name) => ensure(name, true));
  rounds.forEach(({ states }, r) => {
    for (const s of states) add(ensure(s.focusArea, false).counts[r], s);
  });
  const used = [...areas.values()].filter((a) =>
    a.counts.some((c) => c.done + c.partlyDone + c.notDone + c.noStatus > 0)
  );
  return { rounds: rounds.map((r) => r.round), focusAreas: used };
}

/** Every closed round, then "now" when `now` is given: the whole trend. */
export function historyTrend(
  history: History,
  now: readonly ActionState[] | null,
  areaOrder: readonly string[] = []
): Trend {
  const rounds: { round: RoundRef; states: readonly ActionState[] }[] = history.rounds.map((r) => ({
    round: r.round,
    states: r.entries,
  }));
  if (now) rounds.push({ round: "now", states: now });
  return countRounds(rounds, areaOrder);
}

/** "2019-12" or "now": the key of a round in JSON and on the command line. */
export function roundRefKey(ref: RoundRef): string {
  return isNow(ref) ? "now" : formatMonthIso(ref);
}

/** "december 2019" / "nu" for people. */
export function roundLabel(ref: RoundRef, lang: Language): string {
  return isNow(ref) ? t(lang, "rounds.now") : formatMonth(ref, lang);
}

/** Total of the four counts. */
export function countTotal(c: StatusCounts): number {
  return c.done + c.partlyDone + c.notDone + c.noStatus;
}
