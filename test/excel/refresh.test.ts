// refreshOverview through the Office adapter, through Microsoft's Office.js client against the
// protocol-level fake server: round trips, real request sizes under Excel on the web's limit, the overview cell for cell against the ExcelJS
// adapter, plan untouched, formula-like text, foreign/protected sheets, missing pieces.

import * as path from "path";
import ExcelJS from "exceljs";
import { UserFacingError } from "../../src/core/operations";
import { OVERVIEW_MARKER_NAME, OVERVIEW_SHEET, PLAN_SHEET } from "../../src/core/port";
import { refreshOverview } from "../../src/core/refresh";
import type { SheetDescription } from "../../src/core/sheet";
import { pointsToCharacterWidth, OVERVIEW_BUDGET_BYTES } from "../../src/excel";
import { XlsxWorkbookPort } from "../../src/xlsx";
import { PLAN_HEADER, generatedPlanRows } from "../support/generatedPlan";
import { FIXED_NOW, generatedInit, harness, initFromXlsx, planInit } from "./support";

/** The adapter's ceiling per request on the wire, a margin below the web's 5 MB. */
const MAX_REQUEST_BYTES = 4_500_000;
/** Cells per setCellProperties / values call (Excel on the web fails near 90,000: #2564). */
const MAX_CELLS = 50_000;

const EXAMPLE = path.join(__dirname, "../../examples/bycirklen-kina-2017-2020.xlsx");

function syncsOf(run: () => Promise<unknown>, stats: { syncs: number }): Promise<number> {
  const before = stats.syncs;
  return run().then(() => stats.syncs - before);
}

async function expectUserError(promise: Promise<unknown>, key: string): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(UserFacingError);
  expect((error as UserFacingError).key).toBe(key);
  return error as UserFacingError;
}

/** The xlsx adapter's overview of the same file, and the description it wrote. */
async function xlsxOverview(): Promise<{
  sheet: ExcelJS.Worksheet;
  description: SheetDescription;
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(EXAMPLE);
  const result = await refreshOverview(new XlsxWorkbookPort(workbook), { now: () => FIXED_NOW });
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.load(await workbook.xlsx.writeBuffer());
  return { sheet: fresh.getWorksheet(OVERVIEW_SHEET)!, description: result.sheet! };
}

function mergeAnchors(merges: string[]): { anchors: Set<string>; covered: Set<string> } {
  const anchors = new Set<string>();
  const covered = new Set<string>();
  for (const m of merges) {
    const [a, b] = m.split(":");
    const decode = (s: string) => {
      const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(s)!;
      let c = 0;
      for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
      return { r: +digits - 1, c: c - 1 };
    };
    const s = decode(a);
    const e = decode(b);
    for (let r = s.r; r <= e.r; r++)
      for (let c = s.c; c <= e.c; c++)
        (r === s.r && c === s.c ? anchors : covered).add(`${r}:${c}`);
  }
  return { anchors, covered };
}

const argbToHex = (argb: string | undefined): string =>
  argb ? `#${argb.slice(-6).toUpperCase()}` : "#000000";

/** What an ExcelJS cell shows, as plain data (ExcelJS objects are not Office proxies). */
function plainXlsxCell(cell: ExcelJS.Cell) {
  const fill = cell.fill;
  return {
    value: cell.value === null ? "" : cell.value,
    bold: !!cell.font?.bold,
    italic: !!cell.font?.italic,
    color: argbToHex(cell.font?.color?.argb),
    fill:
      fill?.type === "pattern" && fill.pattern === "solid" ? argbToHex(fill.fgColor?.argb) : null,
  };
}

describe("refreshOverview in Excel", () => {
  test("the example: two syncs, and the overview equals the ExcelJS adapter's cell for cell", async () => {
    const { host, ops } = harness(await initFromXlsx(EXAMPLE, [OVERVIEW_SHEET]));
    const planBefore = host.dump(PLAN_SHEET);
    let outcome!: Awaited<ReturnType<typeof ops.refreshOverview>>;
    const syncs = await syncsOf(async () => {
      outcome = await ops.refreshOverview();
    }, host.stats);
    expect(syncs).toBe(2);
    expect(outcome.written).toBe(true);
    expect(outcome.statusDate).toEqual({ year: 2019, month: 12 });
    expect(outcome.refreshedAt).toEqual(FIXED_NOW);
    expect(outcome.summary?.focusAreas.map((a) => a.focusArea)).toEqual([
      "Overordnet fokus",
      "Skole & Uddannelse",
      "Erhverv",
    ]);

    const fake = host.dump(OVERVIEW_SHEET);
    const { sheet: xlsx, description } = await xlsxOverview();
    const { covered } = mergeAnchors(fake.merges);

    // Merges and widths.
    const xlsxMerges = ((xlsx.model as unknown as { merges: string[] }).merges ?? [])
      .slice()
      .sort();
    expect(fake.merges.slice().sort()).toEqual(xlsxMerges);
    description.columnWidths.forEach((width, c) => {
      expect(pointsToCharacterWidth(fake.columnWidths[c])).toBeCloseTo(
        xlsx.getColumn(c + 1).width!,
        0
      );
      expect(Math.abs(pointsToCharacterWidth(fake.columnWidths[c]) - width)).toBeLessThan(0.15);
    });
    description.rowHeights.forEach((height, r) => {
      expect(fake.rowHeights[r]).toBeCloseTo(height ?? fake.rowHeights[r], 5);
    });

    // Values, colours, bold, italic, fill — every cell of the description.
    let compared = 0;
    description.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (covered.has(`${r}:${c}`)) return;
        const xc = plainXlsxCell(xlsx.getRow(r + 1).getCell(c + 1));
        const expected = cell.value === null ? "" : cell.value;
        expect(fake.values[r][c]).toBe(expected);
        expect(fake.formulas[r][c]).toBeNull();
        expect(xc.value).toBe(expected);
        const f = fake.formats[r][c];
        expect(f.fill).toBe(xc.fill);
        expect(f.fill).toBe(cell.style?.fill ?? null);
        for (const side of ["top", "bottom", "left", "right"] as const) {
          const key = `border${side[0].toUpperCase()}${side.slice(1)}` as "borderTop";
          expect(f.borders[side].style === "None").toBe(!cell.style?.[key]);
        }
        // Font, wrapping and alignment only show in cells with text (the adapter leaves
        // them to the column's default in empty cells).
        if (expected !== "") {
          expect(f.font.name).toBe(cell.style?.fontName);
          expect(f.font.bold).toBe(xc.bold);
          expect(f.font.italic).toBe(xc.italic);
          expect(f.font.color).toBe(xc.color);
          expect(f.font.bold).toBe(!!cell.style?.bold);
          expect(f.font.color).toBe(cell.style?.color ?? "#000000");
          expect(f.wrapText).toBe(!!cell.style?.wrap);
          const vertical = { top: "Top", middle: "Center", bottom: "Bottom" }[
            cell.style?.verticalAlignment ?? "bottom"
          ];
          expect(f.verticalAlignment).toBe(vertical);
        }
        compared++;
      })
    );
    expect(compared).toBeGreaterThan(100);
    // The current round is marked (colour + bold) somewhere, as the seed does.
    expect(fake.formats.flat().some((f) => f.font.color === "#C00000" && f.font.bold)).toBe(true);

    // Page setup, print titles, marker, active sheet.
    expect(fake.pageLayout.orientation).toBe("Landscape");
    expect(fake.pageLayout.paperSize).toBe("A4");
    expect(fake.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const titles = description.page.printTitleRows!;
    expect(fake.pageLayout.printTitleRows).toBe(`$${titles.first + 1}:$${titles.last + 1}`);
    // Manual page breaks between items, in the same write as everything else.
    expect(description.rowBreaks!.length).toBeGreaterThan(0);
    expect(fake.rowBreaks).toEqual(description.rowBreaks);
    expect(fake.active).toBe(true);
    expect(fake.names).toEqual(
      expect.arrayContaining([
        { name: OVERVIEW_MARKER_NAME, formula: "=Oversigt!$A$1", scope: "Workbook" },
      ])
    );

    // The plan was only read.
    const planAfter = host.dump(PLAN_SHEET);
    expect(planAfter.values).toEqual(planBefore.values);
    expect(planAfter.formats).toEqual(planBefore.formats);
    expect(planAfter.numberFormats).toEqual(planBefore.numberFormats);
  });

  test("a second refresh rebuilds the generated sheet in place, still in two syncs", async () => {
    const { host, ops } = harness(generatedInit(300));
    await ops.refreshOverview();
    const first = host.dump(OVERVIEW_SHEET);
    const syncs = await syncsOf(() => ops.refreshOverview(), host.stats);
    expect(syncs).toBe(2);
    const second = host.dump(OVERVIEW_SHEET);
    expect(first.rowBreaks.length).toBeGreaterThan(0);
    expect(second.rowBreaks).toEqual(first.rowBreaks);
    expect(second.values).toEqual(first.values);
    expect(second.merges).toEqual(first.merges);
    expect(second.formats).toEqual(first.formats);
    expect(host.sheetNames().filter((n) => n === OVERVIEW_SHEET)).toHaveLength(1);
  });

  test("5,000 actions: still exactly two syncs", async () => {
    const { host, ops } = harness(generatedInit(5000));
    const syncs = await syncsOf(() => ops.refreshOverview(), host.stats);
    expect(syncs).toBe(2);
    expect(ops.lastRefreshWriteSyncs).toBe(1);
    // Real body bytes of Office.js: under 4.5 MB, the margin below the web's 5 MB.
    expect(Math.max(...host.stats.requestBytes)).toBeLessThan(MAX_REQUEST_BYTES);
    expect(Math.max(...host.server.stats.cellsPerCall)).toBeLessThanOrEqual(MAX_CELLS);
  });

  test("20,000 actions with the 5 MB web limit: refreshes without error, in a few syncs", async () => {
    const { host, ops } = harness(generatedInit(20000), { webPayloadLimit: true });
    const before = host.stats.requestBytes.length;
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(true);
    const bytes = host.stats.requestBytes.slice(before);
    // Reported for the record: the read's requests (split by response size) and the write chunks.
    process.stdout.write(
      `excel refresh, 20000 actions: ${bytes.length} syncs, bytes ${bytes.join(", ")}\n`
    );
    const reads = bytes.length - ops.lastRefreshWriteSyncs;
    expect(ops.lastRefreshWriteSyncs).toBeGreaterThan(1);
    // Target, for each direction: no more than 1 + ceil(bytes / 4 MB) syncs; no request or
    // response over 4.5 MB, and no setCellProperties or values call over 50,000 cells
    // (office-js #2564).
    const responses = host.server.stats.responseBytes.slice(-bytes.length);
    const read = responses.slice(0, reads).reduce((a, b) => a + b, 0);
    expect(reads).toBeLessThanOrEqual(1 + Math.ceil(read / 4_000_000));
    responses.forEach((b) => expect(b).toBeLessThan(MAX_REQUEST_BYTES));
    const total = bytes.slice(reads).reduce((a, b) => a + b, 0);
    expect(ops.lastRefreshWriteSyncs).toBeLessThanOrEqual(1 + Math.ceil(total / 4_000_000));
    // Packed by measured bytes: every chunk but the last between 4 MB and its estimate's budget
    // (the estimate is not under the real body, however late in the context its ids are).
    for (const chunk of bytes.slice(reads, -1)) {
      expect(chunk).toBeGreaterThan(4_000_000);
      expect(chunk).toBeLessThanOrEqual(OVERVIEW_BUDGET_BYTES);
    }
    bytes.forEach((b) => expect(b).toBeLessThan(MAX_REQUEST_BYTES));
    expect(Math.max(...host.server.stats.cellsPerCall)).toBeLessThanOrEqual(MAX_CELLS);
    const dump = host.dump(OVERVIEW_SHEET);
    expect(dump.values.flat()).toContain(
      "Handling 20000: koordinere besøg, opfølgning og afrapportering med partnerne i Wuxi"
    );
  });

  test("text that looks like a formula stays text in the overview", async () => {
    const rows = generatedPlanRows(3);
    rows[0][4] = "=SUM(A1:A3)";
    rows[1][4] = "+45 12 34 56 78";
    rows[2][2] = "-ikke aftalt endnu";
    rows[2][4] = "@Wuxi";
    const { host, ops } = harness(planInit(rows));
    await ops.refreshOverview();
    const dump = host.dump(OVERVIEW_SHEET);
    for (const text of ["=SUM(A1:A3)", "+45 12 34 56 78", "-ikke aftalt endnu", "@Wuxi"]) {
      const r = dump.values.findIndex((row) => row.includes(text));
      expect(r).toBeGreaterThanOrEqual(0);
      const c = dump.values[r].indexOf(text);
      expect(dump.formulas[r][c]).toBeNull();
      expect(dump.numberFormats[r][c]).toBe("@");
    }
  });

  test("a sheet Oversigt the add-in did not make is left untouched, with a message", async () => {
    const foreign = { name: OVERVIEW_SHEET, cells: [["Min egen oversigt", 42]] };
    const { host, ops } = harness(generatedInit(10, { extraSheets: [foreign] }));
    const before = host.dump(OVERVIEW_SHEET);
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(false);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("core.refresh.foreignOverview");
    expect(host.dump(OVERVIEW_SHEET)).toEqual(before);
  });

  test("a protected overview sheet gives the protection message naming it", async () => {
    const { host, ops } = harness(generatedInit(10));
    await ops.refreshOverview();
    host.workbook.sheets.find((s) => s.name === OVERVIEW_SHEET)!.protection.protected = true;
    const error = await expectUserError(ops.refreshOverview(), "excel.error.sheetProtected");
    expect(error.params.sheet).toBe(OVERVIEW_SHEET);
    expect(error.cause).toBeDefined();
  });

  test("no table and no sheet Plan: nothing written, the no-plan message", async () => {
    const { host, ops } = harness({ sheets: [{ name: "Ark1", cells: [["hej"]] }] });
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(false);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("core.refresh.noPlan");
    expect(host.sheetNames()).toEqual(["Ark1"]);
  });

  test("no table but a sheet Plan: read from the sheet (the rare path with more syncs)", async () => {
    const { host, ops } = harness(generatedInit(12, { noTable: true, statusDate: null }));
    const before = host.stats.syncs;
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(true);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("core.refresh.planFromSheet");
    expect(host.stats.syncs - before).toBeLessThanOrEqual(4);
    expect(host.dump(OVERVIEW_SHEET).values.flat()).toContain(
      "Handling 12: koordinere besøg, opfølgning og afrapportering med partnerne i Wuxi"
    );
  });

  test("a renamed column gives the missing-column message", async () => {
    const header = [...PLAN_HEADER];
    header[3] = "Tilstand";
    const { ops } = harness(planInit(generatedPlanRows(5), { header }));
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(false);
    const missing = outcome.diagnostics.find((d) => d.code === "core.diag.missingColumn");
    expect(missing?.params?.column).toBe("Status");
  });

  test("Excel without ExcelApi 1.9 (e.g. Excel 2016) gets the requirement message", async () => {
    const { host, ops } = harness(generatedInit(5), { requirementSets: { ExcelApi: "1.8" } });
    const error = await expectUserError(ops.refreshOverview(), "excel.error.requirements");
    expect(error.params.set).toBe("ExcelApi 1.9");
    expect(host.sheetNames()).not.toContain(OVERVIEW_SHEET);
  });
});
