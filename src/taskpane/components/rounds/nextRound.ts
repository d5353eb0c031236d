// The month the pane offers as the next round after closing one: the same step as between the
// last two closed rounds (the example reports quarterly: September → December), else three
// months, the commonest reporting rhythm.

import { compareMonths } from "../../../core/dates";
import type { YearMonth } from "../../../core/model";

const DEFAULT_STEP = 3;

export function addMonths(month: YearMonth, count: number): YearMonth {
  const index = month.year * 12 + (month.month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function suggestedNextRound(closed: YearMonth, rounds: readonly YearMonth[]): YearMonth {
  const earlier = rounds
    .filter((r) => compareMonths(r, closed) < 0)
    .sort(compareMonths)
    .pop();
  const step = earlier ? compareMonths(closed, earlier) : DEFAULT_STEP;
  return addMonths(closed, step > 0 ? step : DEFAULT_STEP);
}
