// The overview build in the core, from raw rows to sheet description (reading included),
// for 100 / 1,000 / 10,000 actions. Target: 10,000 actions in under 100 ms.

import { buildOverview } from "../src/core/layout";
import { wrappedLineCount } from "../src/core/layout/wrap";
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

/** Wraps every action and note of the generated plan once; returns the lines produced. */
function wrapAll(texts: readonly string[]): number {
  let lines = 0;
  for (const text of texts) lines += wrappedLineCount(text, 314);
  return lines;
}

/** Lines of wrapped text per millisecond: the exact wrap's own speed (Calibri widths). */
async function benchWrap(): Promise<Figure> {
  const texts = generatedPlanRows(10000).flatMap((row) => [String(row[2]), String(row[4])]);
  const lines = wrapAll(texts);
  const ms = await medianMs(() => wrapAll(texts), 21, 3);
  return { name: "core.wrap.lines-per-ms", value: Math.round(lines / ms), unit: "lines/ms" };
}

export async function benchCore(): Promise<Figure[]> {
  const figures: Figure[] = [await benchWrap()];
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
