// `statusoversigt import` and `statusoversigt export` on real files: the founding document's
// layout becomes the workbook contract's plan, the example plan becomes a Word document, and
// bad input writes nothing.

import { promises as fs } from "fs";
import * as path from "path";
import {
  CURRENT_STATUS_DATE_NAME,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
} from "../../src/core/port";
import { readWorkbook } from "../../src/core/readWorkbook";
import { readPlanAndSettings } from "../../src/core/refresh";
import { t } from "../../src/i18n";
import { XlsxWorkbookPort } from "../../src/xlsx/XlsxWorkbookPort";
import { cfbContainer, handDocx, p, r, tbl, tc, tr } from "../word/fixtures/handXml";
import { foundingDocument } from "../word/fixtures/foundingDocument";
import { importBytes, importedPlan, planRows } from "../word/support";
import { loadFile, makeTempDir } from "../xlsx/support";
import { exists, run } from "./support";

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "bycirklen-kina-2017-2020.xlsx");
const DECEMBER = { year: 2019, month: 12 };

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const target = path.join(temp.dir, name);
  await fs.writeFile(target, bytes);
  return target;
}

async function readBack(xlsx: string) {
  const workbook = await loadFile(xlsx);
  const snapshot = readWorkbook(await new XlsxWorkbookPort(workbook).read());
  return { workbook, read: readPlanAndSettings(snapshot) };
}

/** A document with one action followed by a paragraph that may be an action or a note. */
const DOUBTFUL = tbl([
  tr([tc([p(r("Skole"))])]),
  tr([tc([p(r("Indsats: Netværk")), p(r("Møde √")), p(r("Tovholder fundet")), p(r("Besøg √"))])]),
]);

describe("statusoversigt import", () => {
  it("writes the plan, Indstillinger, AktuelStatusdato and the overview beside the document", async () => {
    const docx = await file("Status december 2019.docx", await foundingDocument());
    const result = await run(["import", docx]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const xlsx = path.join(temp.dir, "Status december 2019.xlsx");
    expect(result.stdout).toContain(xlsx);
    const { workbook, read } = await readBack(xlsx);
    const rows = planRows(read.plan!);
    expect(rows).toHaveLength(40);
    expect(rows.filter((row) => row.statusDate).map((row) => row.statusDate)).toEqual([
      DECEMBER,
      DECEMBER,
      DECEMBER,
    ]);
    expect(read.settings).toMatchObject({
      title: "Fokusområder Bycirklens Kina-samarbejde 2017-2020",
      currentStatusDate: DECEMBER,
      focusAreaOrder: ["Overordnet fokus", "Skole & Uddannelse", "Erhverv"],
    });
    // Table Handlinger has column ID, every action a unique H-ID in plan order.
    const ids = read.plan!.focusAreas.flatMap((a) =>
      a.initiatives.flatMap((i) => i.actions.map((x) => x.id))
    );
    expect(ids).toEqual(
      Array.from({ length: 40 }, (_, i) => `H-${String(i + 1).padStart(3, "0")}`)
    );
    expect(new Set(ids).size).toBe(40);
    const table = workbook.getWorksheet(PLAN_SHEET)!.getTable(PLAN_TABLE) as unknown as {
      table: { columns: { name: string }[] };
    };
    expect(table.table.columns.map((c) => c.name)).toContain("ID");
    expect(workbook.getWorksheet(SETTINGS_SHEET)).toBeDefined();
    expect(workbook.getWorksheet(OVERVIEW_SHEET)).toBeDefined();
    const names = (workbook.definedNames as unknown as { model: { name: string }[] }).model;
    expect(names.map((n) => n.name)).toContain(CURRENT_STATUS_DATE_NAME);
  });

  it("never writes over an existing file unless -o names it", async () => {
    const docx = await file("status.docx", await foundingDocument());
    const existing = await file("status.xlsx", new Uint8Array([1, 2, 3]));
    const refused = await run(["import", docx]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(t("da", "cli.error.outputExists", { path: existing }));
    expect([...(await fs.readFile(existing))]).toEqual([1, 2, 3]);
    expect((await run(["import", docx, "-o", existing])).code).toBe(0);
  });

  it("reports doubts as warnings; --strict makes them errors and writes nothing", async () => {
    const docx = await file("tvivl.docx", await handDocx({ body: DOUBTFUL }));
    const strict = await run(["import", docx, "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /advarsel: .*»Tovholder fundet« kan være en handling eller en note/
    );
    expect(await exists(path.join(temp.dir, "tvivl.xlsx"))).toBe(false);
    const lenient = await run(["import", docx]);
    expect(lenient.code).toBe(0);
    expect(await exists(path.join(temp.dir, "tvivl.xlsx"))).toBe(true);
  });

  it("says when red marks have no round, and takes --round", async () => {
    const body = tbl([
      tr([tc([p(r("Skole"))])]),
      tr([tc([p(r("Indsats: Netværk")), p([r("Møde "), r("√", '<w:color w:val="FF0000"/>')])])]),
    ]);
    const docx = await file("uden runde.docx", await handDocx({ body }));
    const without = await run(["import", docx, "--lang", "en"]);
    expect(without.stderr).toContain(t("en", "word.roundMissing", { count: 1 }));
    const out = path.join(temp.dir, "med runde.xlsx");
    const given = await run(["import", docx, "--round", "2021-03", "-o", out]);
    expect(given.code).toBe(0);
    const { read } = await readBack(out);
    expect(read.settings?.currentStatusDate).toEqual({ year: 2021, month: 3 });
    expect(planRows(read.plan!)[0].statusDate).toEqual({ year: 2021, month: 3 });
  });

  it.each([
    ["not a .docx", () => new TextEncoder().encode("Fokusområde;Indsats"), "word.error.notDocx"],
    [
      "password-protected",
      () => cfbContainer(["EncryptionInfo", "EncryptedPackage"]),
      "word.error.encrypted",
    ],
    ["an old .doc", () => cfbContainer(["WordDocument"]), "word.error.legacyDoc"],
  ])("refuses %s with a clear message and writes nothing", async (_, bytes, key) => {
    const docx = await file("dokument.docx", bytes());
    const result = await run(["import", docx]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${docx}: ${t("da", key)}\n`);
    expect(await fs.readdir(temp.dir)).toEqual(["dokument.docx"]);
  });

  it.each([
    ["no table", p(r("Kun tekst")), "word.error.noTable"],
    ["no header row", tbl([tr([tc([p(r("Navn"))])])]), "word.error.noHeaderRow"],
  ])("refuses a document with %s", async (_, body, key) => {
    const docx = await file("dokument.docx", await handDocx({ body }));
    const result = await run(["import", docx]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${docx}: ${t("da", key)}\n`);
    expect(await fs.readdir(temp.dir)).toEqual(["dokument.docx"]);
  });

  it("reports a missing document", async () => {
    const result = await run(["import", path.join(temp.dir, "findes-ikke.docx")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/findes ikke/);
  });
});

describe("statusoversigt export", () => {
  it("writes the example's overview as a Word document that imports back to the same plan", async () => {
    const plan = path.join(temp.dir, "plan.xlsx");
    await fs.copyFile(EXAMPLE, plan);
    const before = await fs.readFile(plan);
    const result = await run(["export", plan]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const docx = path.join(temp.dir, "plan.docx");
    expect(result.stdout).toContain(docx);
    expect((await fs.readFile(plan)).equals(before)).toBe(true);

    const imported = await importBytes(await fs.readFile(docx));
    const { read } = await readBack(EXAMPLE);
    const expected = planRows(read.plan!).map((row) => ({
      ...row,
      statusDate:
        row.statusDate && row.statusDate.year === 2019 && row.statusDate.month === 12
          ? row.statusDate
          : null,
    }));
    expect(planRows(importedPlan(imported, imported.documentRound))).toEqual(expected);
    expect(imported.doubts).toEqual([]);
  });

  it("refuses a workbook without a plan and an existing output it was not told to replace", async () => {
    const plan = path.join(temp.dir, "plan.xlsx");
    await fs.copyFile(EXAMPLE, plan);
    await fs.writeFile(path.join(temp.dir, "plan.docx"), "mit eget dokument");
    const refused = await run(["export", plan]);
    expect(refused.code).toBe(1);
    expect(await fs.readFile(path.join(temp.dir, "plan.docx"), "utf8")).toBe("mit eget dokument");
    const notXlsx = await run([
      "export",
      path.join(temp.dir, "plan.docx"),
      "-o",
      path.join(temp.dir, "x.docx"),
    ]);
    expect(notXlsx.code).toBe(1);
    expect(await exists(path.join(temp.dir, "x.docx"))).toBe(false);
  });
});
