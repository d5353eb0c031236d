// The overview build in the core, from raw rows to sheet description (reading included),
// for 100 / 1,000 / 10,000 actions. Target: 10,000 actions in under 100 ms.

import { buildOverview } from "../src/core/layout";
import { readPlan } from "../src/core/readPlan";
import { defaultSettings } from "../src/core/settings";
import { PLAN_HEADER, generatedPlanRows } from "../test/support/generatedPlan";
import { type Figure, medianMs, round } from "./figures";

const SIZES = [100, 1000, 10000];
const TARGET_MS_10000 = 100;

function buildOnce(rows: ReturnType<typeof generatedPlanRows>): number {
  const read = readPlan({
    kind: "table",
    sheet: "Plan",
    firstColumn: 0,
    headerRow: 1,
    header: PLAN_HEADER,
    rows,
  });
  const settings = { ...defaultSettings("da"), currentStatusDate: { year: 2019, month: 12 } };
  return buildOverview(read.plan, settings).cells.length;
}

export async function benchCore(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of SIZES) {
    const rows = generatedPlanRows(size);
    const ms = await medianMs(() => buildOnce(rows), size >= 10000 ? 9 : 21, 3);
    figures.push({ name: `core.overview.ms.${size}`, value: ms, unit: "ms" });
    figures.push({
      name: `core.overview.sheet-rows.${size}`,
      value: buildOnce(rows),
      unit: "rows",
    });
    if (size === 10000) {
      figures.push({
        name: "core.overview.target-ratio.10000",
        value: round(ms / TARGET_MS_10000),
        unit: "× of 100 ms budget",
      });
    }
  }
  return figures;
}
