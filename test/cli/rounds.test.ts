// The rounds' subcommands on real files: close-round, changes (text, --json, -o), overview
// --round, and their errors (exit 1, clear message, nothing written).

import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_PATH } from "../../examples/build-example";
import { HISTORY_SHEET } from "../../src/core/port";
import { exists, run } from "./support";
import { makeTempDir, smallPlan } from "../xlsx/support";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

async function copyExample(name = "plan.xlsx"): Promise<string> {
  const file = path.join(temp.dir, name);
  await fs.copyFile(EXAMPLE_PATH, file);
  return file;
}

const DECEMBER_CHANGES = [
  ["H-001", "note"],
  ["H-005", "note"],
  ["H-012", "status"],
  ["H-012", "note"],
];

describe("statusoversigt changes", () => {
  it("lists the example's December changes against the closed September round, as JSON", async () => {
    const plan = await copyExample();
    const result = await run(["changes", plan, "--json"]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    const json = JSON.parse(result.stdout);
    expect([json.from, json.to]).toEqual(["2019-09", "now"]);
    expect(json.changes.map((c: { id: string; kind: string }) => [c.id, c.kind])).toEqual(
      DECEMBER_CHANGES
    );
    expect(json.changes[2]).toMatchObject({
      focusArea: "Overordnet fokus",
      initiative: "Kultur",
      before: { status: null, note: "" },
      after: { status: "(√)" },
    });
    expect(Object.keys(json.counts)).toEqual(["2019-09", "now"]);
  });

  it("prints a readable table, and with -o writes sheet Ændringer into a copy", async () => {
    const plan = await copyExample();
    const before = await fs.readFile(plan);
    const out = path.join(temp.dir, "changes.xlsx");
    const result = await run(["changes", plan, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Ændringer fra september 2019 til nu: 4");
    expect(result.stdout).toContain("  H-012 Organisere en Bycirklen idrætsdelegation");
    expect(result.stdout).toContain("ExcelJS kan ikke skrive diagrammer");
    const sheet = (await load(out)).getWorksheet("Ændringer")!;
    expect(sheet.getCell("A1").value).toBe("Ændringer fra september 2019 til nu");
    expect((await fs.readFile(plan)).equals(before)).toBe(true);
  });

  it("refuses an unknown round: exit 1, the closed rounds named, nothing written", async () => {
    const plan = await copyExample();
    const out = path.join(temp.dir, "x.xlsx");
    const result = await run(["changes", plan, "--from", "2020-03", "-o", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Statusrunden 2020-03 findes ikke i historikken. Lukkede runder: 2019-09."
    );
    expect(await exists(out)).toBe(false);
  });

  it("refuses a history with a missing column, and duplicate IDs", async () => {
    const noColumn = await copyExample("nocolumn.xlsx");
    const workbook = await load(noColumn);
    workbook.getWorksheet(HISTORY_SHEET)!.getCell("I1").value = "Noget andet";
    await workbook.xlsx.writeFile(noColumn);
    const missing = await run(["changes", noColumn]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Kolonnen »Lukket« mangler i historikken");

    const duplicate = await copyExample("dup.xlsx");
    const dup = await load(duplicate);
    const plan = dup.getWorksheet("Plan")!;
    plan.getCell("A3").value = "H-001";
    await dup.xlsx.writeFile(duplicate);
    const blocked = await run(["changes", duplicate]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain("ID'et »H-001« står i flere rækker (2, 3)");
  });
});

describe("statusoversigt close-round and overview --round", () => {
  it("closes December with the next round, keeps the input, and the history then compares", async () => {
    const plan = await copyExample();
    const before = await fs.readFile(plan);
    const out = path.join(temp.dir, "closed.xlsx");
    const result = await run(["close-round", plan, "--next", "2020-03", "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `Statusrunden december 2019 er lukket: 40 handlinger i historikken, 0 nye ID'er. Gemt i ${out}`
    );
    expect(result.stdout).toContain("Næste statusrunde er marts 2020.");
    expect((await fs.readFile(plan)).equals(before)).toBe(true);

    const workbook = await load(out);
    const history = workbook.getWorksheet(HISTORY_SHEET)!;
    expect(history.getCell("B81").value).toBe("H-040");
    const between = await run(["changes", out, "--from", "2019-09", "--to", "2019-12", "--json"]);
    expect(between.code).toBe(0);
    expect(
      JSON.parse(between.stdout).changes.map((c: { id: string; kind: string }) => [c.id, c.kind])
    ).toEqual(DECEMBER_CHANGES);
    // Nothing changed since December was closed.
    const since = await run(["changes", out, "--json"]);
    expect(JSON.parse(since.stdout)).toMatchObject({ from: "2019-12", to: "now", changes: [] });

    const again = await run(["close-round", out, "--round", "2019-12", "-o", out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Statusrunden december 2019 var allerede lukket");
    expect((await load(out)).getWorksheet(HISTORY_SHEET)!.getCell("B82").value).toBeNull();
  });

  it("builds the overview as of September 2019 from the history", async () => {
    const plan = await copyExample();
    const out = path.join(temp.dir, "sept.xlsx");
    const result = await run(["overview", plan, "--round", "2019-09", "-o", out]);
    expect(result.code).toBe(0);
    const overview = (await load(out)).getWorksheet("Oversigt")!;
    const texts: string[] = [];
    overview.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(
      "Status for handlingerne september 2019 er markeret med rødt og fed skrift"
    );
    expect(texts.some((t) => t.includes("ambassadørskifte"))).toBe(false);

    const unknown = await run([
      "overview",
      plan,
      "--round",
      "2018-01",
      "-o",
      path.join(temp.dir, "n.xlsx"),
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Statusrunden 2018-01 findes ikke i historikken");
    expect(await exists(path.join(temp.dir, "n.xlsx"))).toBe(false);
  });

  it("lists the new commands in the general help", async () => {
    const help = await run(["--help"]);
    expect(help.stdout).toMatch(/close-round\s+lukker statusrunden/);
    expect(help.stdout).toMatch(/changes\s+viser ændringerne/);
  });
});

describe("statusoversigt changes -o over a sheet Ændringer of the user's", () => {
  it("writes nothing and exits 1", async () => {
    const plan = await copyExample();
    const workbook = await load(plan);
    workbook.addWorksheet("Ændringer").getCell("A1").value = "mine";
    await workbook.xlsx.writeFile(plan);
    const out = path.join(temp.dir, "out.xlsx");
    const result = await run(["changes", plan, "-o", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Der findes allerede et ark med navnet Ændringer");
    expect(await exists(out)).toBe(false);
  });
});

describe("statusoversigt close-round with the user's data right of the plan", () => {
  it("exits 1 naming the sheet and cell, and writes nothing", async () => {
    const workbook = createPlanWorkbook(smallPlan(), null);
    workbook.getWorksheet("Plan")!.getCell("G4").value = "min kolonne";
    const plan = path.join(temp.dir, "plan.xlsx");
    await workbook.xlsx.writeFile(plan);
    const out = path.join(temp.dir, "out.xlsx");
    const result = await run(["close-round", plan, "--round", "2019-09", "-o", out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Kolonnen til højre for planen på arket Plan er ikke tom (celle G4)"
    );
    expect(result.stderr).not.toMatch(/uventet|unexpected/i);
    expect(await exists(out)).toBe(false);
  });
});
