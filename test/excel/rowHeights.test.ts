// No row over 409 points (Excel's maximum row height; the fake refuses a taller row as Excel
// does, setRowProperties: InvalidArgument): a 1,200-character note made Skriv ændringsark fail
// as a whole. Now the note continues on the rows below, each at most 409 points; only a word
// taller than a row on its own is capped, with a warning naming the item.

import { CHANGES_SHEET, OVERVIEW_SHEET, PLAN_SHEET } from "../../src/core/port";
import { harness } from "./support";
import { closedRounds, largeInit } from "./largeWorkbook";

const LONG = `Lang note: ${"partnerne i Wuxi har bedt om en ny plan for udvekslingen. ".repeat(21)}`
  .slice(0, 1200)
  .trimEnd();
const AFTER = 6; // column G, Efter

describe("row heights of generated sheets", () => {
  test("a 1,200-character note: Skriv ændringsark continues it on rows of at most 409 points", async () => {
    const { host, ops } = harness(largeInit(5, 1, 40));
    await host.simulateUserEdit(PLAN_SHEET, "E3", [[LONG]]);
    const result = await ops.compareRounds(closedRounds(1)[0], "now", true);
    expect(result.written).toBe(true);
    expect(result.diagnostics.filter((d) => d.code === "coauthoring.rowHeightCapped")).toEqual([]);
    const sheet = host.dump(CHANGES_SHEET);
    const heights = Object.values(sheet.rowHeights);
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
    // The entry's row, then continuation rows holding only the rest of the note in column G.
    const first = sheet.values.findIndex((row) => String(row[AFTER]).startsWith("Lang note:"));
    expect(sheet.values[first].slice(0, 3)).toEqual(["Skole & Uddannelse", "H-002", "Note"]);
    let last = first;
    while (sheet.values[last + 1][0] === "" && sheet.values[last + 1][AFTER] !== "") last++;
    expect(last).toBeGreaterThan(first);
    const rows = sheet.values.slice(first, last + 1);
    expect(rows.map((row) => row[AFTER]).join("")).toBe(LONG);
    for (let r = first + 1; r <= last; r++) {
      expect(sheet.values[r].slice(0, AFTER).every((v) => v === "")).toBe(true);
      expect(sheet.formulas[r][AFTER]).toBeNull();
      expect(sheet.numberFormats[r][AFTER]).toBe("@");
      expect(sheet.rowHeights[r]).toBeGreaterThan(15);
    }
  });

  test("a word taller than a row: its row is capped with a warning naming it, and the sheet is written", async () => {
    const url = `https://example.org/${"wuxi".repeat(800)}`;
    const { host, ops } = harness(largeInit(5, 1, 40));
    await host.simulateUserEdit(PLAN_SHEET, "E3", [[`Se ${url}`]]);
    const result = await ops.compareRounds(closedRounds(1)[0], "now", true);
    expect(result.written).toBe(true);
    const capped = result.diagnostics.filter((d) => d.code === "coauthoring.rowHeightCapped");
    expect(capped).toHaveLength(1);
    expect(capped[0]).toMatchObject({ severity: "warning", sheet: CHANGES_SHEET });
    expect(String(capped[0].params?.item)).toMatch(/^https:\/\/example\.org\/wuxi/);
    expect(Math.max(...Object.values(host.dump(CHANGES_SHEET).rowHeights))).toBe(409);
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
