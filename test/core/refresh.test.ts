import { hasErrors, type Diagnostic } from "../../src/core/diagnostics";

import type { RawCell } from "../../src/core/raw";
import { refreshOverview } from "../../src/core/refresh";
import { memoryPort, planTable, settingsTable, type TestWorkbook } from "../support/memoryPort";

const ROWS: RawCell[][] = [
  ["Overordnet fokus", "Besøg", "Frokost med ambassadøren", "(√)", "Ikke i 2019", "december 2019"],
  ["Overordnet fokus", "Besøg", "Borgmesterbesøg", "v", "", "september 2019"],
  ["Erhverv", "Døråbner", "Denmark Day", "%", "(Ikke relevant)", "2019-12"],
  ["Skole & Uddannelse", "Nyt skolenetværk", "Effektmåling", "√", "", "2019-09"],
];

function snapshot(overrides: Partial<TestWorkbook> = {}): TestWorkbook {
  return { plan: planTable(ROWS), settings: null, overview: "absent", ...overrides };
}

const FIXED_NOW = () => new Date(2026, 10, 29, 9, 30);
const codes = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => d.code);
const texts = (result: { sheet: { cells: { value: unknown }[][] } | null }) =>
  (result.sheet?.cells.flat() ?? [])
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");

describe("refreshOverview", () => {
  it("reads once, writes the overview once and reports once", async () => {
    const port = memoryPort(snapshot());
    const result = await refreshOverview(port, { now: FIXED_NOW });
    expect([port.reads, port.writes, port.reported.length]).toEqual([1, 1, 1]);
    // The one generated-sheet write, under the overview's marker name.
    expect(port.written[0].name).toBe("Oversigt");
    expect(port.markers).toEqual(["Statusoversigt_Oversigt"]);
    expect(result.written).toBe(true);
    expect(port.written[0]).toBe(result.sheet);
    expect(result.sheet?.name).toBe("Oversigt");
    expect(port.reported[0]).toEqual(result.diagnostics);
    expect(result.planKind).toBe("table");
    expect(texts(result)).toContain(
      "Genereret af Statusoversigt 2026-11-29 09:30 — ændringer i dette ark overskrives ved næste opdatering"
    );
  });

  it("takes the latest status month of the plan when none is set, and says so", async () => {
    const result = await refreshOverview(memoryPort(snapshot()), { now: FIXED_NOW });
    expect(result.statusDate).toEqual({ year: 2019, month: 12 });
    expect(codes(result.diagnostics)).toContain("core.diag.statusDateFromPlan");
    expect(texts(result)).toContain(
      "Status for handlingerne december 2019 er markeret med rødt og fed skrift"
    );
  });

  it("summarizes per focus area in overview order and returns the status fixes", async () => {
    const settings = settingsTable([["Rækkefølge af fokusområder", "Erhverv; Overordnet fokus"]]);
    const result = await refreshOverview(memoryPort(snapshot({ settings })), { now: FIXED_NOW });
    expect(result.summary?.actions).toBe(4);
    expect(result.summary?.focusAreas.map((a) => [a.focusArea, a.marked])).toEqual([
      ["Erhverv", 1],
      ["Overordnet fokus", 1],
      ["Skole & Uddannelse", 0],
    ]);
    expect(result.statusFixes).toEqual([{ row: 3, column: 3, from: "v", to: "√" }]);
    expect(codes(result.diagnostics)).toContain("core.diag.focusAreaNotInOrder");
  });

  it("lets the options override the status date and the language", async () => {
    const settings = settingsTable([["Aktuel statusdato", "december 2019"]]);
    const result = await refreshOverview(memoryPort(snapshot({ settings })), {
      statusDate: { year: 2019, month: 9 },
      language: "en",
      now: FIXED_NOW,
    });
    expect(result.statusDate).toEqual({ year: 2019, month: 9 });
    expect(texts(result)).toContain(
      "Status of the actions for September 2019 is marked in red and bold"
    );
    expect(result.summary?.focusAreas.find((a) => a.focusArea === "Erhverv")?.marked).toBe(0);
    expect(codes(result.diagnostics)).not.toContain("core.diag.statusDateFromPlan");
  });

  it("uses the settings' current status date when there is no override", async () => {
    const settings = settingsTable([], "september 2019");
    const result = await refreshOverview(memoryPort(snapshot({ settings })), { now: FIXED_NOW });
    expect(result.statusDate).toEqual({ year: 2019, month: 9 });
  });

  it("writes nothing and reports an error when the workbook has no plan", async () => {
    const port = memoryPort(snapshot({ plan: null }));
    const result = await refreshOverview(port);
    expect([port.reads, port.writes]).toEqual([1, 0]);
    expect(result).toMatchObject({ written: false, sheet: null, summary: null, planKind: null });
    expect(result.diagnostics).toContainEqual({
      severity: "error",
      code: "core.refresh.noPlan",
      params: { table: "Handlinger", sheet: "Plan" },
    });
    expect(port.reported).toEqual([result.diagnostics]);
  });

  it("says so when the plan was read from sheet Plan instead of the table, and still writes", async () => {
    const plan = { ...planTable(ROWS), kind: "sheet" as const };
    const port = memoryPort(snapshot({ plan }));
    const result = await refreshOverview(port, { now: FIXED_NOW });
    expect(result.written).toBe(true);
    expect(result.planKind).toBe("sheet");
    const info = result.diagnostics.find((d) => d.code === "core.refresh.planFromSheet");
    expect(info).toMatchObject({
      severity: "info",
      params: { table: "Handlinger", sheet: "Plan" },
    });
  });

  it("writes nothing when required columns are missing", async () => {
    const plan = planTable(
      [["A", "I", "Handling"]],
      ["Fokusområde", "Indsats", "Handling/aktivitet"]
    );
    const port = memoryPort(snapshot({ plan }));
    const result = await refreshOverview(port);
    expect([port.reads, port.writes]).toEqual([1, 0]);
    expect(result.written).toBe(false);
    expect(hasErrors(result.diagnostics)).toBe(true);
    expect(codes(result.diagnostics)).toContain("core.diag.missingColumn");
    expect(result.summary).toBeNull();
  });

  it("never overwrites a sheet Oversigt that it did not make", async () => {
    const port = memoryPort(snapshot({ overview: "foreign" }));
    const result = await refreshOverview(port);
    expect([port.reads, port.writes]).toEqual([1, 0]);
    expect(result.written).toBe(false);
    expect(result.sheet).toBeNull();
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "core.refresh.foreignOverview",
        params: { sheet: "Oversigt" },
      })
    );
    // The plan is still read, so its problems are reported in the same round.
    expect(result.statusFixes).toHaveLength(1);
  });

  it("rebuilds an overview it made before", async () => {
    const port = memoryPort(snapshot({ overview: "generated" }));
    expect((await refreshOverview(port)).written).toBe(true);
    expect(port.writes).toBe(1);
  });

  it("writes despite warnings", async () => {
    const rows = [...ROWS, ["Erhverv", "Døråbner", "Ukendt status", "måske", "", "i går"]];
    const port = memoryPort(snapshot({ plan: planTable(rows) }));
    const result = await refreshOverview(port, { now: FIXED_NOW });
    expect(codes(result.diagnostics)).toEqual(
      expect.arrayContaining(["core.diag.unknownStatus", "core.diag.invalidStatusDate"])
    );
    expect(hasErrors(result.diagnostics)).toBe(false);
    expect(result.written).toBe(true);
  });

  it("writes the empty-plan sheet for a plan without actions", async () => {
    const port = memoryPort(snapshot({ plan: planTable([]) }));
    const result = await refreshOverview(port, { now: FIXED_NOW });
    expect(result.written).toBe(true);
    expect(texts(result).some((t) => t.startsWith("Planen har endnu ingen handlinger"))).toBe(true);
    expect(result.summary).toEqual({ focusAreas: [], actions: 0 });
  });

  it("works with a port that has no report method", async () => {
    const port = memoryPort(snapshot(), { withoutReport: true });
    const result = await refreshOverview(port, { now: FIXED_NOW });
    expect(result.written).toBe(true);
    expect(port.reported).toHaveLength(0);
  });

  it("lets a failing write reach the caller", async () => {
    const port = memoryPort(snapshot(), { writeError: new Error("sync failed") });
    await expect(refreshOverview(port)).rejects.toThrow("sync failed");
    expect(port.writes).toBe(1);
  });

  it("reports settings problems alongside the plan's", async () => {
    const settings = settingsTable([["Markeringsfarve", "lilla-ish"]]);
    const result = await refreshOverview(memoryPort(snapshot({ settings })), { now: FIXED_NOW });
    expect(codes(result.diagnostics)).toContain("core.diag.invalidColor");
    expect(result.written).toBe(true);
  });
});

describe("the language of the sheet's texts", () => {
  const EN_HEADER = ["Focus area", "Initiative", "Action", "Status", "Status note", "Status date"];

  it("follows a plan with English headers when no Sprog is set", async () => {
    const plan = planTable(ROWS, EN_HEADER);
    const result = await refreshOverview(memoryPort(snapshot({ plan })), { now: FIXED_NOW });
    expect(result.written).toBe(true);
    expect(texts(result)).toContain("Initiative: Besøg");
    expect(texts(result)).not.toContain("Indsats: Besøg");
  });

  it("follows the Sprog setting over the headers, and stays Danish for Danish headers", async () => {
    const plan = planTable(ROWS, EN_HEADER);
    const settings = settingsTable([["Sprog", "dansk"]]);
    const danish = await refreshOverview(memoryPort(snapshot({ plan, settings })), {
      now: FIXED_NOW,
    });
    expect(texts(danish)).toContain("Indsats: Besøg");
    const plain = await refreshOverview(memoryPort(snapshot()), { now: FIXED_NOW });
    expect(texts(plain)).toContain("Indsats: Besøg");
  });
});
