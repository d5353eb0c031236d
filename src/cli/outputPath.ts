// Where the overview goes when -o is not given: beside the plan, never over it.

import * as path from "path";

export const OUTPUT_SUFFIX = ".oversigt.xlsx";

/** `plans/PLAN.xlsx` → `plans/PLAN.oversigt.xlsx` (also for .xlsm and other extensions). */
export function defaultOutputPath(planPath: string): string {
  const parsed = path.parse(planPath);
  const base = /^\.xls[xm]?$/i.test(parsed.ext) ? parsed.name : parsed.base;
  return path.join(parsed.dir, `${base}${OUTPUT_SUFFIX}`);
}
