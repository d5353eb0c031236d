// The overview write plan: widths in points, chunks by measured size, and a chunked write
// that gives exactly the same sheet as a single one.

import { OVERVIEW_SHEET } from "../../src/core/port";
import type { SheetDescription } from "../../src/core/sheet";
import {
  characterWidthToPoints,
  planOverviewWrite,
  pointsToCharacterWidth,
} from "../../src/excel/writeOverview";
import { cellProperties, columnDefaults } from "../../src/excel/cellProperties";
import { CURRENT_STATUS_DATE_NAME } from "../../src/core/port";
import { generatedPlanRows } from "../support/generatedPlan";
import { DEC_2019, generatedInit, harness, planInit } from "./support";

function tinySheet(rows: number): SheetDescription {
  const style = { wrap: true, verticalAlignment: "top" as const, borderLeft: "thin" as const };
  return {
    name: OVERVIEW_SHEET,
    cells: Array.from({ length: rows }, (_, r) => [
      { value: `tekst ${r} ${"x".repeat(50)}`, style },
      { value: r % 2 ? "√" : null },
    ]),
    columnCount: 2,
    merges: [
      { row: 0, column: 0, rowCount: 1, columnCount: 2 },
      { row: rows - 2, column: 0, rowCount: 2, columnCount: 1 },
    ],
    columnWidths: [45, 6],
    rowHeights: Array.from({ length: rows }, () => 15),
    page: { orientation: "landscape", paperSize: "A4", fitToPagesWide: 1 },
    frozenRows: 0,
  };
}

describe("column widths", () => {
  test("character units → points as Excel converts them (Calibri 11, 7 px digits)", () => {
    expect(characterWidthToPoints(45)).toBe(236.25);
    expect(characterWidthToPoints(6)).toBe(31.5);
    // The file format's width includes the cell padding: Excel's standard "8.43 characters"
    // is stored as 9.140625, which is 64 px.
    expect(characterWidthToPoints(9.140625)).toBe(48);
    expect(pointsToCharacterWidth(characterWidthToPoints(45))).toBeCloseTo(45, 0);
  });
});

describe("planOverviewWrite", () => {
  test("page breaks and widths count in the last request; too many for it get a request of their own", () => {
    const sheet = tinySheet(200);
    const without = planOverviewWrite(sheet).chunks;
    const withBreaks = planOverviewWrite({ ...sheet, rowBreaks: [50, 100, 150] }).chunks;
    expect(withBreaks).toHaveLength(1);
    expect(withBreaks[0].bytes).toBeGreaterThan(without[0].bytes + 3 * 150);
    const full = without[0].bytes;
    const many = Array.from({ length: 100 }, (_, i) => i + 1);
    const split = planOverviewWrite({ ...sheet, rowBreaks: many }, full + 17_000 + 1_000).chunks;
    expect(split).toHaveLength(2);
    expect(split[1]).toMatchObject({ first: 200, count: 0 });
  });

  test("one chunk within the budget; several, each under it, when smaller; merges with their last row", () => {
    const sheet = tinySheet(200);
    expect(planOverviewWrite(sheet).chunks).toHaveLength(1);
    const budget = 25_000;
    const plan = planOverviewWrite(sheet, budget);
    expect(plan.chunks.length).toBeGreaterThan(1);
    expect(plan.chunks.reduce((n, c) => n + c.count, 0)).toBe(200);
    plan.chunks.forEach((chunk, i) => {
      expect(chunk.bytes).toBeLessThanOrEqual(budget);
      if (i > 0) expect(chunk.first).toBe(plan.chunks[i - 1].first + plan.chunks[i - 1].count);
    });
    expect(plan.chunks[0].merges).toEqual([sheet.merges[0]]);
    const lastWithRows = plan.chunks.filter((c) => c.count > 0).pop();
    expect(lastWithRows?.merges).toEqual([sheet.merges[1]]);
  });

  test("cells like their column's default carry nothing; empty cells only what shows", () => {
    const sheet = tinySheet(10);
    const defaults = columnDefaults(sheet.cells, 2);
    expect(defaults[0]).toEqual({ wrapText: true, verticalAlignment: "Top", borderLeft: "Thin" });
    expect(cellProperties(sheet.cells[0][0].style, defaults[0])).toEqual({});
    const bold = {
      bold: true,
      color: "#C00000",
      verticalAlignment: "top" as const,
      borderLeft: "thin" as const,
    };
    expect(cellProperties(bold, defaults[0])).toEqual({
      format: { wrapText: false, font: { bold: true, color: "#C00000" } },
    });
    // Empty: the bold and colour do not show, the missing left border does.
    expect(cellProperties({ bold: true }, defaults[0], true)).toEqual({
      format: { borders: { left: { style: "None" } } },
    });
  });
});

describe("chunked writes", () => {
  test("a small request budget splits the write and gives the same sheet", async () => {
    const single = harness(generatedInit(300));
    await single.ops.refreshOverview();
    const chunked = harness(generatedInit(300), {}, { requestBudgetBytes: 40_000 });
    const before = chunked.host.stats.syncs;
    await chunked.ops.refreshOverview();
    expect(chunked.ops.lastRefreshWriteSyncs).toBeGreaterThan(2);
    expect(chunked.host.stats.syncs - before).toBe(1 + chunked.ops.lastRefreshWriteSyncs);
    const a = single.host.dump(OVERVIEW_SHEET);
    const b = chunked.host.dump(OVERVIEW_SHEET);
    expect(b.values).toEqual(a.values);
    expect(b.formats).toEqual(a.formats);
    expect(b.merges.sort()).toEqual(a.merges.sort());
    expect(b.rowHeights).toEqual(a.rowHeights);
    expect(b.columnWidths).toEqual(a.columnWidths);
    expect(b.pageLayout).toEqual(a.pageLayout);
  });
});

describe("reading the current status date", () => {
  test("a name holding a constant instead of a cell still gives the month", async () => {
    const init = planInit(generatedPlanRows(3), { statusDate: null });
    init.names = [{ name: CURRENT_STATUS_DATE_NAME, formula: "=43800" }];
    const { ops } = harness(init);
    expect((await ops.getState()).currentStatusDate).toEqual(DEC_2019);
  });
});
