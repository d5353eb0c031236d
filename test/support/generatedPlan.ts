// Generated plans of any size for tests and the benchmark: 3 focus areas, initiatives of
// 10 actions each, statuses cycling through every symbol, every third action dated in the
// current round with a note.

import type { RawCell } from "../../src/core/raw";

/** The plan's Danish header row, for generated rows. */
export { PLAN_HEADER } from "./memoryPort";

const FOCUS_AREAS = ["Overordnet fokus", "Skole & Uddannelse", "Erhverv"];
const STATUSES = ["√", "(√)", "%", ""];
/** Excel serial of 1 December 2019 (the generated plan's current round). */
export const GENERATED_CURRENT_SERIAL = 43800;
/** Excel serial of 1 September 2019. */
const EARLIER_SERIAL = 43709;

export function generatedPlanRows(actions: number): RawCell[][] {
  const rows: RawCell[][] = [];
  for (let i = 0; i < actions; i++) {
    const area = FOCUS_AREAS[i % FOCUS_AREAS.length];
    const initiative = `Indsats ${Math.floor(i / 30) + 1}`;
    const current = i % 3 === 0;
    rows.push([
      area,
      initiative,
      `Handling ${i + 1}: koordinere besøg, opfølgning og afrapportering med partnerne i Wuxi`,
      STATUSES[i % STATUSES.length],
      current ? `Note ${i + 1}: status drøftet på mødet, næste skridt aftalt` : "",
      current ? GENERATED_CURRENT_SERIAL : EARLIER_SERIAL,
    ]);
  }
  return rows;
}
