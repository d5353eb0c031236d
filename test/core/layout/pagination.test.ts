import { buildOverview } from "../../../src/core/layout/overviewLayout";
import {
  fitToWidthScale,
  pageBreakRows,
  pageCapacity,
  PAGE_FILL,
} from "../../../src/core/layout/pagination";
import { defaultSettings } from "../../../src/core/settings";
import type { CellRange, PageSetup } from "../../../src/core/sheet";
import { act, DEC_2019, planOf, seedPlan } from "./planBuilder";

const PAGE: PageSetup = {
  orientation: "landscape",
  paperSize: "A4",
  fitToPagesWide: 1,
  printTitleRows: { first: 0, last: 0 },
  margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
};

describe("fitToWidthScale", () => {
  it("is the largest whole percentage that fits the columns' pixels between the margins", () => {
    // Three areas: 3 × (322 + 42) px = 819 pt; A4 landscape less 1 inch = 769.89 pt → 94 %.
    expect(fitToWidthScale([322, 42, 322, 42, 322, 42], PAGE)).toBe(0.94);
    expect(fitToWidthScale([100], PAGE)).toBe(1);
    expect(fitToWidthScale(new Array(100).fill(322), PAGE)).toBe(0.1);
  });
});

describe("pageBreakRows", () => {
  const capacity = pageCapacity(PAGE, 1); // one 15 pt row per 20 px: whole pixels already
  const rows = (n: number) => new Array<number>(n).fill(15);

  it("breaks nothing when everything fits on one page", () => {
    expect(
      pageBreakRows({
        heights: rows(20),
        merges: [],
        columnPx: [300],
        page: PAGE,
        firstBreakableRow: 2,
      })
    ).toEqual([]);
  });

  it("fills each page up to its printable height, the repeated header included", () => {
    const perFirstPage = Math.floor(capacity / 15);
    const perPage = Math.floor((capacity - 15) / 15); // the header row repeats
    const breaks = pageBreakRows({
      heights: rows(200),
      merges: [],
      columnPx: [300],
      page: PAGE,
      firstBreakableRow: 2,
    });
    expect(breaks[0]).toBe(perFirstPage);
    expect(breaks[1] - breaks[0]).toBe(perPage);
    expect(capacity).toBeCloseTo(((595.28 - 86.4) / 1) * PAGE_FILL, 6);
  });

  it("never breaks inside a merged item: the item moves to the next page whole", () => {
    const perFirstPage = Math.floor(capacity / 15);
    const merge: CellRange = { row: perFirstPage - 2, column: 0, rowCount: 5, columnCount: 1 };
    const breaks = pageBreakRows({
      heights: rows(200),
      merges: [merge],
      columnPx: [300],
      page: PAGE,
      firstBreakableRow: 2,
    });
    expect(breaks[0]).toBe(merge.row);
    for (const b of breaks) expect(b <= merge.row || b >= merge.row + merge.rowCount).toBe(true);
  });

  it("starts an item taller than a page on a new page and leaves the rest to the printer", () => {
    const tall: CellRange = { row: 10, column: 0, rowCount: 80, columnCount: 1 };
    const breaks = pageBreakRows({
      heights: rows(200),
      merges: [tall],
      columnPx: [300],
      page: PAGE,
      firstBreakableRow: 2,
    });
    expect(breaks[0]).toBe(10);
    // The printer's own breaks cut the tall item; the core's next break follows it.
    expect(breaks[1]).toBeGreaterThan(90);
  });

  it("keeps the rows above the first breakable row on page 1", () => {
    const merge: CellRange = { row: 3, column: 0, rowCount: 60, columnCount: 1 };
    const breaks = pageBreakRows({
      heights: rows(100),
      merges: [merge],
      columnPx: [300],
      page: PAGE,
      firstBreakableRow: 5,
    });
    expect(breaks.every((b) => b >= 5)).toBe(true);
  });
});

describe("buildOverview: page breaks", () => {
  const settings = { ...defaultSettings(), currentStatusDate: DEC_2019 };

  it("breaks a long plan between items only, below the header row, and never inside a merge", () => {
    const actions = Array.from({ length: 120 }, (_, i) =>
      act(
        `Handling ${i + 1}: koordinere besøg, opfølgning og afrapportering med partnerne i Wuxi`,
        "√",
        "note",
        DEC_2019
      )
    );
    const sheet = buildOverview(
      planOf({ A: { I: actions }, B: { J: actions.slice(0, 60) } }),
      settings
    );
    const breaks = sheet.rowBreaks ?? [];
    const header = sheet.page.printTitleRows!.first;
    expect(breaks.length).toBeGreaterThanOrEqual(5);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    for (const b of breaks) {
      expect(b).toBeGreaterThan(header + 1);
      for (const m of sheet.merges) expect(b > m.row && b < m.row + m.rowCount).toBe(false);
    }
  });

  it("gives the seed plan breaks that keep every page within Excel's printable height", () => {
    const sheet = buildOverview(seedPlan(), settings);
    const heights = sheet.rowHeights as number[];
    const header = sheet.page.printTitleRows!.first;
    const scale = fitToWidthScale([322, 42, 322, 42, 322, 42], sheet.page);
    const limit = pageCapacity(sheet.page, scale) / PAGE_FILL;
    const starts = [0, ...(sheet.rowBreaks ?? [])];
    starts.forEach((start, p) => {
      const end = starts[p + 1] ?? heights.length;
      let height = p > 0 ? heights[header] : 0;
      for (let r = start; r < end; r++) height += heights[r];
      expect(height).toBeLessThanOrEqual(limit);
    });
  });
});

describe("buildOverview: pages keep units together and stay full", () => {
  const settings = { ...defaultSettings(), currentStatusDate: DEC_2019 };
  // Columns out of step (actions of 3, 2 and 5 lines, notes now and then), so rows that no
  // item crosses in any column are rare: only moving items makes room for a page end.
  const phrase = "koordinere besøg og opfølgning med partnerne i Wuxi ";
  const actions = (n: number, prefix: string, repeat: number, noteEvery: number) =>
    Array.from({ length: n }, (_, i) =>
      act(
        `${prefix} ${i + 1}: ${phrase.repeat(repeat).trim()}`,
        "√",
        i % noteEvery === 0 ? `Note ${i + 1}: status drøftet på mødet, næste skridt aftalt` : "",
        DEC_2019
      )
    );
  const plan = planOf({
    A: { I1: actions(25, "A", 3, 4), I2: actions(12, "B", 3, 5) },
    B: { J1: actions(30, "D", 2, 3), J2: actions(30, "E", 2, 7) },
    C: { K1: actions(20, "F", 5, 2), K2: actions(18, "G", 5, 3) },
  });
  const sheet = buildOverview(plan, settings);
  const breaks = sheet.rowBreaks ?? [];
  const heights = sheet.rowHeights as number[];
  const header = sheet.page.printTitleRows!.first;

  it("never starts a page between headings and the first action, nor an action and its note", () => {
    expect(breaks.length).toBeGreaterThan(3);
    for (const b of breaks) {
      for (let c = 0; c < sheet.columnCount; c += 2) {
        const above = sheet.cells[b - 1][c].value;
        const here = sheet.cells[b][c].value;
        expect(above === settings.actionHeading && here !== null).toBe(false);
        expect(typeof here === "string" && here.startsWith("Note")).toBe(false);
      }
    }
  });

  it("fills every page but the last to at least three quarters", () => {
    const limit = pageCapacity(
      sheet.page,
      fitToWidthScale([322, 42, 322, 42, 322, 42], sheet.page)
    );
    const starts = [0, ...breaks];
    for (let p = 0; p < starts.length - 1; p++) {
      let height = p > 0 ? heights[header] : 0;
      for (let r = starts[p]; r < starts[p + 1]; r++) height += heights[r];
      expect(height / limit).toBeGreaterThan(0.75);
    }
  });
});
