// The command line end to end on real files: exit codes, messages, outputs, bad inputs.

import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { defaultOutputPath } from "../../src/cli/outputPath";
import { COMMANDS } from "../../src/cli/registry";
import { allCells, loadFile, makeTempDir } from "../xlsx/support";
import { exists, run, writePlan } from "./support";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function overviewTexts(wb: ExcelJS.Workbook): string[] {
  const ws = wb.getWorksheet("Oversigt");
  return ws ? allCells(ws).map((c) => String(c.value)) : [];
}

describe("statusoversigt overview: success", () => {
  it("writes PLAN.oversigt.xlsx next to the plan, prints its path and leaves the plan untouched", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const before = await fs.readFile(plan);
    const mtime = (await fs.stat(plan)).mtimeMs;
    const result = await run(["overview", plan]);
    expect(result.code).toBe(0);
    const out = path.join(dir, "plan.oversigt.xlsx");
    expect(result.stdout).toContain(out);
    expect(Buffer.compare(await fs.readFile(plan), before)).toBe(0);
    expect((await fs.stat(plan)).mtimeMs).toBe(mtime);
    const wb = await loadFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Plan", "Indstillinger", "Oversigt"]);
    expect(overviewTexts(wb)).toEqual(
      expect.arrayContaining(["Testplan", "Frokost med ambassadøren"])
    );
    // The plan sheet of the output still holds the plan.
    expect(wb.getWorksheet("Plan")?.getCell("C2").value).toBe("Frokost med ambassadøren");
  });

  it("writes where -o says, and can rebuild the overview of its own output", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    expect(await exists(out)).toBe(true);
    expect(await exists(defaultOutputPath(plan))).toBe(false);
    // Running on the output again (-o naming the input) rebuilds the generated overview.
    const again = await run(["overview", out, "--output", out]);
    expect(again.code).toBe(0);
    expect((await loadFile(out)).worksheets.filter((ws) => ws.name === "Oversigt")).toHaveLength(1);
  });

  it("uses --status-date for the marking instead of the settings", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out, "--status-date", "2019-09"])).code).toBe(0);
    const texts = overviewTexts(await loadFile(out)).join("\n");
    expect(texts).toContain("september 2019");
    expect(texts).not.toContain("december 2019 er markeret");
  });

  it("speaks English with --lang en or LANG=en_US.UTF-8, Danish by default", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    expect((await run(["overview", plan, "--lang", "en"])).stdout).toMatch(
      /^The overview was written to /
    );
    expect((await run(["overview", plan], { LANG: "en_US.UTF-8" })).stdout).toMatch(
      /^The overview was written to /
    );
    expect((await run(["overview", plan], { LANG: "C.UTF-8" })).stdout).toMatch(
      /^Oversigten er skrevet til /
    );
    expect((await run(["overview", plan, "--lang=da"], { LANG: "en_GB" })).stdout).toMatch(
      /^Oversigten/
    );
  });
});

describe("statusoversigt overview: warnings and --strict", () => {
  const badStatus = async () =>
    writePlan(dir, "plan.xlsx", undefined, (wb) => {
      wb.getWorksheet("Plan")!.getCell("D4").value = "måske";
    });

  it("writes with warnings, one line each on stderr naming sheet and row", async () => {
    const plan = await badStatus();
    const result = await run(["overview", plan]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^advarsel: Plan, række 4, kolonne Status: .*»måske«/m);
    expect(
      result.stderr
        .trim()
        .split("\n")
        .every((l) => /^(fejl|advarsel|info): /.test(l))
    ).toBe(true);
    expect(await exists(defaultOutputPath(plan))).toBe(true);
  });

  it("with --strict turns warnings into exit 1 and writes nothing", async () => {
    const plan = await badStatus();
    const result = await run(["overview", plan, "--strict"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("--strict");
    expect(await exists(defaultOutputPath(plan))).toBe(false);
  });

  it("with --strict still writes a plan without warnings", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    expect((await run(["overview", plan, "--strict"])).code).toBe(0);
  });
});

describe("statusoversigt overview: bad plans", () => {
  it("exits 1 without a plan table or sheet", async () => {
    const file = path.join(dir, "tom.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").getCell("A1").value = "intet her";
    await wb.xlsx.writeFile(file);
    const result = await run(["overview", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Handlinger");
    expect(await exists(defaultOutputPath(file))).toBe(false);
  });

  it("exits 1 naming a missing required column and its aliases", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      const table = wb.getWorksheet("Plan")!.getTable("Handlinger") as unknown as {
        table: { columns: { name: string }[] };
      };
      table.table.columns[4].name = "Bemærkning";
      wb.getWorksheet("Plan")!.getCell("E1").value = "Bemærkning";
    });
    const result = await run(["overview", plan]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Plan, række 1: .*Statusnote.*Status note.*Note/);
  });

  it("reports an unreadable date and an action without focus area or initiative, and still writes", async () => {
    const plan = await writePlan(dir, "plan.xlsx", [
      { focusArea: "F", initiative: "I", action: "God handling", status: "√" },
      {
        focusArea: "F",
        initiative: "I",
        action: "Dato-rod",
        status: "√",
        statusDate: "sidste tirsdag",
      },
      { focusArea: null, initiative: "I", action: "Hjemløs handling", status: "√" },
      { focusArea: "F", initiative: null, action: "Uden indsats", status: "%" },
    ]);
    const result = await run(["overview", plan, "--lang", "en"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: Plan, row 3, column Statusdato: .*"?sidste tirsdag/m);
    expect(result.stderr).toMatch(/^warning: Plan, row 4, .*Hjemløs handling/m);
    expect(result.stderr).toMatch(/^warning: Plan, row 5, .*Uden indsats/m);
  });

  it("keeps text starting with =, +, - or @ as literal text in the overview", async () => {
    const plan = await writePlan(dir, "plan.xlsx", [
      {
        focusArea: "F",
        initiative: "=I",
        action: "=1+1",
        status: "√",
        note: "@alle",
        statusDate: { year: 2019, month: 12 },
      },
      { focusArea: "F", initiative: "=I", action: "+45 1234", status: "√", note: "-minus" },
    ]);
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    const ws = (await loadFile(out)).getWorksheet("Oversigt")!;
    for (const text of ["=1+1", "+45 1234", "@alle", "-minus"]) {
      const found = allCells(ws).filter((c) => c.value === text);
      expect(found.length).toBe(1);
      expect(found.map((c) => [c.type, c.formula])).toEqual([
        [ExcelJS.ValueType.String, undefined],
      ]);
    }
  });

  it("reads formula cells by their cached result and reports error values with their row", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      const ws = wb.getWorksheet("Plan")!;
      ws.getCell("C2").value = { formula: '"Frokost "&"med formel"', result: "Frokost med formel" };
      ws.getCell("E3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    });
    const out = path.join(dir, "ud.xlsx");
    const result = await run(["overview", plan, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^advarsel: Plan, række 3, kolonne Statusnote: .*#N\/A/m);
    expect(overviewTexts(await loadFile(out))).toContain("Frokost med formel");
  });

  it("exits 1 on a file that is not an xlsx, or does not exist", async () => {
    const file = path.join(dir, "plan.xlsx");
    await fs.writeFile(file, "Fokusområde;Indsats\nF;I\n");
    const result = await run(["overview", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("er ikke en Excel-projektmappe");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const missing = await run(["overview", path.join(dir, "findes-ikke.xlsx")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("findes ikke");
  });

  it("exits 1 when the output cannot be written", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const result = await run(["overview", plan, "-o", path.join(dir, "mangler", "ud.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Kan ikke gemme");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 on a foreign sheet Oversigt and leaves it alone", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      wb.addWorksheet("Oversigt").getCell("A1").value = "Min egen oversigt";
    });
    const result = await run(["overview", plan]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fejl: Oversigt: /m);
    expect(await exists(defaultOutputPath(plan))).toBe(false);
    expect((await loadFile(plan)).getWorksheet("Oversigt")?.getCell("A1").value).toBe(
      "Min egen oversigt"
    );
  });
});

describe("statusoversigt: usage", () => {
  it.each([
    [[], "Angiv en kommando"],
    [["lav", "plan.xlsx"], "Ukendt kommando »lav«"],
    [["--verbose"], "Ukendt tilvalg »--verbose«"],
    [["overview"], "Angiv planfilen"],
    [["overview", "a.xlsx", "--strict=ja"], "Tilvalget --strict tager ingen værdi"],
    [["overview", "a.xlsx", "b.xlsx"], "Uventet argument »b.xlsx«"],
    [["overview", "a.xlsx", "--verbose"], "Ukendt tilvalg »--verbose«"],
    [["overview", "a.xlsx", "-o"], "Tilvalget -o mangler en værdi"],
    [["overview", "a.xlsx", "--lang", "de"], "Ukendt sprog »de«"],
    [["overview", "a.xlsx", "--status-date", "snart"], "Statusdatoen »snart«"],
  ])("exits 2 for %j with a message and the usage text", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    // With the help of the command named, else the general help listing the commands.
    const command = argv[0] === "overview";
    expect(result.stderr).toContain(
      command ? "Brug: statusoversigt overview PLAN.xlsx" : "Brug: statusoversigt KOMMANDO"
    );
    expect(result.stdout).toBe("");
  });

  it("lists every command on --help, and gives a command's own help, in English with --lang en", async () => {
    const da = await run(["--help"]);
    expect(da.code).toBe(0);
    expect(da.stdout).toContain("Brug: statusoversigt KOMMANDO");
    for (const command of COMMANDS)
      expect(da.stdout).toMatch(new RegExp(`^  ${command.name} `, "m"));
    const en = await run(["overview", "--help", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: statusoversigt overview PLAN.xlsx");
    expect((await run(["--lang", "en", "overview", "-h"])).stdout).toContain(
      "Usage: statusoversigt overview"
    );
  });
});

describe("statusoversigt overview --lang", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "statusoversigt-lang-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("writes the overview in the language given, overriding the workbook's setting", async () => {
    const plan = await writePlan(dir, "plan.xlsx", [
      {
        focusArea: "F",
        initiative: "I",
        action: "A",
        status: "√",
        statusDate: { year: 2019, month: 12 },
      },
    ]);
    const out = path.join(dir, "out.xlsx");
    expect((await run(["overview", plan, "-o", out, "--lang", "en"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook
      .getWorksheet("Oversigt")!
      .eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("√ = Action completed");
    expect(texts.join("\n")).toMatch(/December 2019/);
    expect(texts).not.toContain("√ = Handlingen gennemført");
  });
});

describe("statusoversigt overview: status formatting in the output", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "statusoversigt-fmt-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  const rows = [
    {
      focusArea: "F",
      initiative: "I",
      action: "Typed ok",
      status: "ok",
      statusDate: { year: 2019, month: 12 },
    },
    {
      focusArea: "F",
      initiative: "I",
      action: "Canonical",
      status: "%",
      statusDate: { year: 2019, month: 9 },
    },
  ];

  async function planSheet(file: string): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook.getWorksheet("Plan")!;
  }

  it("writes canonical symbols, the choice list and the current-round rule into the output only", async () => {
    const plan = await writePlan(dir, "plan.xlsx", rows);
    const before = await fs.readFile(plan);
    const out = path.join(dir, "out.xlsx");
    const result = await run(["overview", plan, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 statussymbol/);
    const sheet = await planSheet(out);
    expect(sheet.getCell("D2").value).toBe("√");
    expect(sheet.getCell("D3").value).toBe("%");
    expect(sheet.getCell("D2").dataValidation?.formulae?.[0]).toContain("√");
    const rules = (
      sheet as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }
    ).conditionalFormattings;
    expect(
      rules.flatMap((cf) => cf.rules).some((r) => /AktuelStatusdato/.test(r.formulae?.[0] ?? ""))
    ).toBe(true);
    expect(Buffer.compare(before, await fs.readFile(plan))).toBe(0);
  });

  it("leaves Plan as it is with --no-status-formatting", async () => {
    const plan = await writePlan(dir, "plan.xlsx", rows);
    const out = path.join(dir, "out.xlsx");
    const result = await run(["overview", plan, "-o", out, "--no-status-formatting"]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/statussymbol/);
    const sheet = await planSheet(out);
    expect(sheet.getCell("D2").value).toBe("ok");
    expect(sheet.getCell("D2").dataValidation?.formulae).toBeUndefined();
  });
});
