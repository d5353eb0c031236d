// Where month pickers start when nothing is stored: this month on the user's clock.

import type { YearMonth } from "../core/model";

export function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}
