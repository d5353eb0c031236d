// statusoversigt overview: the name AktuelStatusdato in the output, --strict's count and
// outcome, and messages that say what is true of this workbook.

import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { defaultOutputPath } from "../../src/cli/outputPath";
import { createPlanWorkbook, type PlanRowInput } from "../../src/xlsx/createPlanWorkbook";
import { saveWorkbook } from "../../src/xlsx/files";
import { resolveName } from "../../src/xlsx/names";
import { loadFile, makeTempDir, smallPlan } from "../xlsx/support";
import { exists, run, writePlan } from "./support";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** A plan saved without any settings sheet or name (as many users' plans are). */
async function bareplan(rows: PlanRowInput[] = smallPlan(), edit?: (wb: ExcelJS.Workbook) => void) {
  const workbook = createPlanWorkbook(rows, null);
  edit?.(workbook);
  const file = path.join(dir, "plan.xlsx");
  await saveWorkbook(workbook, file);
  return file;
}

function namedValue(wb: ExcelJS.Workbook): { where: string; value: unknown } | null {
  const ref = resolveName(wb, "AktuelStatusdato");
  if (!ref) return null;
  const cell = wb.getWorksheet(ref.sheet)!.getCell(ref.row, ref.column);
  return { where: `${ref.sheet}!${cell.address}`, value: cell.value };
}

/** The 1st of a month, as ExcelJS reads a month-formatted status date. */
const serial = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

function currentRoundFormulas(sheet: ExcelJS.Worksheet): string[] {
  const entries = (
    sheet as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }
  ).conditionalFormattings;
  return entries.flatMap((e) => e.rules.flatMap((r) => r.formulae ?? []));
}

describe("the name AktuelStatusdato in the output", () => {
  it("is defined on a new sheet Indstillinger, as Opret plan makes it, when the plan has no settings", async () => {
    const plan = await bareplan();
    const out = path.join(dir, "ud.xlsx");
    const result = await run(["overview", plan, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain("AktuelStatusdato");
    const wb = await loadFile(out);
    expect(namedValue(wb)).toEqual({ where: "Indstillinger!B4", value: serial(2019, 12) });
    const settings = wb.getWorksheet("Indstillinger")!;
    expect(settings.getCell("A4").value).toBe("Aktuel statusdato");
    // The whole default settings table, the same as Opret plan's (not a bare key row).
    expect(settings.getCell("A2").value).toBe("Titel");
    expect(settings.getTable("Indstillinger")).toBeDefined();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Plan", "Indstillinger", "Oversigt"]);
    expect(currentRoundFormulas(wb.getWorksheet("Plan")!).join()).toContain("AktuelStatusdato");
  });

  it("points at the round --status-date chose, in the output only", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      (wb.definedNames as unknown as { model: unknown[] }).model = [];
      // The date cell shares its text style with the title, as in a file Excel saved.
      const sheet = wb.getWorksheet("Indstillinger")!;
      sheet.getCell("B4").value = "december 2019";
      sheet.getCell("B4").style = { ...sheet.getCell("B2").style };
    });
    const before = await fs.readFile(plan);
    const out = path.join(dir, "ud.xlsx");
    const result = await run(["overview", plan, "-o", out, "--status-date", "2024-03"]);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain("AktuelStatusdato");
    const wb = await loadFile(out);
    const settings = wb.getWorksheet("Indstillinger")!;
    // The existing row of the settings table, not a new one; the other rows as they were.
    expect(settings.getCell("A4").value).toBe("Aktuel statusdato");
    expect(namedValue(wb)).toEqual({ where: "Indstillinger!B4", value: serial(2024, 3) });
    expect(settings.getCell("B2").value).toBe("Testplan");
    // Only the date cell took the month format: ExcelJS shares style objects among cells.
    expect(settings.getCell("B4").numFmt).toBe("mmmm yyyy");
    expect(settings.getCell("B2").numFmt).not.toBe("mmmm yyyy");
    expect(Buffer.compare(before, await fs.readFile(plan))).toBe(0);
  });

  it("fills a blank row at the end of a settings table that lacks it, else grows the table", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      (wb.definedNames as unknown as { model: unknown[] }).model = [];
      const sheet = wb.getWorksheet("Indstillinger")!;
      // The status-date row (third of nine) removed: rows 2–9 remain, row 10 blank in the table.
      sheet.spliceRows(4, 1);
      sheet.getCell("D20").value = "brugerens egen celle";
    });
    const tableRef = (wb: ExcelJS.Workbook) =>
      (
        wb.getWorksheet("Indstillinger")!.getTable("Indstillinger") as unknown as {
          table: { tableRef: string; autoFilterRef?: string };
        }
      ).table;
    expect(tableRef(await loadFile(plan)).tableRef).toBe("A1:B10");

    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    let wb = await loadFile(out);
    expect(namedValue(wb)).toEqual({ where: "Indstillinger!B10", value: serial(2019, 12) });
    expect(tableRef(wb).tableRef).toBe("A1:B10");

    // Without the blank row: the row goes directly below and the table takes it in.
    wb = await loadFile(plan);
    Object.assign(tableRef(wb), { tableRef: "A1:B9", autoFilterRef: "A1:B9" });
    await wb.xlsx.writeFile(plan);
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    wb = await loadFile(out);
    const sheet = wb.getWorksheet("Indstillinger")!;
    expect(namedValue(wb)).toEqual({ where: "Indstillinger!B10", value: serial(2019, 12) });
    expect(sheet.getCell("A10").value).toBe("Aktuel statusdato");
    expect(tableRef(wb).tableRef).toBe("A1:B10");
    expect(sheet.getCell("A2").value).toBe("Titel");
    expect(sheet.getCell("D20").value).toBe("brugerens egen celle");
  });

  it("is left as it is when it already names the round", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    expect(namedValue(await loadFile(out))?.where).toBe("Indstillinger!B4");
  });
});

describe("--strict", () => {
  const undated: PlanRowInput[] = [{ focusArea: "F", initiative: "I", action: "A", status: "ok" }];

  it("fails a run whose only warning comes from the status formatting, writing nothing", async () => {
    // No dated action and no settings: the round cannot be marked, a warning.
    const plan = await bareplan(undated);
    const lenient = await run(["overview", plan, "-o", path.join(dir, "a.xlsx")]);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/^advarsel: .*AktuelStatusdato/m);
    const strict = await run(["overview", plan, "--strict"]);
    expect(strict.code).toBe(1);
    expect(await exists(defaultOutputPath(plan))).toBe(false);
  });

  it("counts every warning it printed, and claims no symbols written when nothing was", async () => {
    const plan = await bareplan([
      ...undated,
      { focusArea: "F", initiative: "I", action: "B", status: "måske" },
    ]);
    const result = await run(["overview", plan, "--strict"]);
    expect(result.code).toBe(1);
    const printed = result.stderr.split("\n").filter((l) => /^(advarsel|fejl): /.test(l)).length;
    expect(printed).toBe(2);
    expect(result.stderr).toContain(`--strict: ${printed} advarsel(er)`);
    expect(result.stdout).not.toMatch(/statussymbol/);
  });
});

describe("messages", () => {
  it("name the sheet the plan is really on", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      wb.getWorksheet("Plan")!.name = "Handlingsplan";
      wb.getWorksheet("Handlingsplan")!.getCell("D2").value = "ok";
      wb.getWorksheet("Handlingsplan")!.getCell("D4").value = "måske";
    });
    const result = await run(["overview", plan]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^advarsel: Handlingsplan, række 4/m);
    expect(result.stdout).toMatch(/1 statussymbol\(er\) .* i Handlingsplan i den gemte/);
  });

  it("give month names in the messages' language, and no settings sheet that is not there", async () => {
    const plan = await bareplan([
      {
        focusArea: "F",
        initiative: "I",
        action: "A",
        status: "√",
        statusDate: { year: 2024, month: 3 },
      },
    ]);
    const result = await run(["overview", plan], { LANG: "en_GB.UTF-8" });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^info: No current status date is set; .*March 2024/m);
    expect(result.stderr).not.toContain("marts");
    expect(result.stderr).not.toContain("Indstillinger:");
  });

  it("call an empty file empty", async () => {
    const file = path.join(dir, "tom.xlsx");
    await fs.writeFile(file, "");
    const result = await run(["overview", file, "--lang", "en"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`The file ${file} is empty`);
    expect(result.stderr).not.toContain("not an Excel workbook");
  });
});
