// No row over 409 points (Excel's maximum row height): a 1,200-character note made Skriv
// ændringsark fail as a whole (setRowProperties: InvalidArgument); now its row is capped with
// a warning naming the item, and the sheet is written. The overview continues long items on
// more rows.

import { CHANGES_SHEET, OVERVIEW_SHEET, PLAN_SHEET } from "../../src/core/port";
import { harness } from "./support";
import { closedRounds, largeInit } from "./largeWorkbook";

const LONG =
  `Lang note: ${"partnerne i Wuxi har bedt om en ny plan for udvekslingen. ".repeat(21)}`.slice(
    0,
    1200
  );

describe("row heights of generated sheets", () => {
  test("a 1,200-character note: the changes sheet is written, its row capped with a warning", async () => {
    const { host, ops } = harness(largeInit(5, 1, 40));
    await host.simulateUserEdit(PLAN_SHEET, "E3", [[LONG]]);
    const result = await ops.compareRounds(closedRounds(1)[0], "now", true);
    expect(result.written).toBe(true);
    const capped = result.diagnostics.filter((d) => d.code === "coauthoring.rowHeightCapped");
    expect(capped).toHaveLength(1);
    expect(capped[0]).toMatchObject({ severity: "warning", sheet: CHANGES_SHEET });
    expect(String(capped[0].params?.item)).toMatch(/^Lang note: partnerne/);
    const heights = Object.values(host.dump(CHANGES_SHEET).rowHeights);
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
  });

  test("the overview continues the long note on more rows, none over 409 points", async () => {
    const { host, ops } = harness(largeInit(5, 1, 40));
    await host.simulateUserEdit(PLAN_SHEET, "E3", [[LONG]]);
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(true);
    expect(outcome.diagnostics.filter((d) => d.code === "coauthoring.rowHeightCapped")).toEqual([]);
    expect(Math.max(...Object.values(host.dump(OVERVIEW_SHEET).rowHeights))).toBeLessThanOrEqual(
      409
    );
  });
});
