// The zip prepared before ExcelJS parses it: other writers' absolute relationship targets,
// table filter buttons kept on re-save, and our generated sheet dropped unparsed.

import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { GENERATED_SHEETS } from "../../src/core/port";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { openWorkbook, workbookBuffer } from "../../src/xlsx/files";
import { prepareZip, relativeTarget } from "../../src/xlsx/prepareZip";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { run, writePlan } from "../cli/support";
import { allCells, loadFile, makeTempDir, smallPlan, smallSettings } from "./support";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

async function planZip(): Promise<JSZip> {
  return JSZip.loadAsync(await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings())));
}

async function rewrite(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  const xml = await zip.file(name)!.async("string");
  const edited = edit(xml);
  expect(edited).not.toBe(xml); // the fixture really differs
  zip.file(name, edited);
}

async function save(zip: JSZip, name: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}

/** The XML of the table with this name in a saved workbook. */
async function tableXml(file: string, table: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    if (new RegExp(`<table\\b[^>]*\\bname="${table}"`).test(xml)) return xml;
  }
  throw new Error(`no table ${table} in ${file}`);
}

describe("relationship targets written as absolute part names (openpyxl)", () => {
  /**
   * openpyxl writes every relationship target as an absolute part name, from the package
   * root (`Target="/xl/worksheets/sheet1.xml"`, `Target="/xl/tables/table1.xml"`): the plan
   * as openpyxl would save it.
   */
  async function openpyxlStyle(): Promise<string> {
    const zip = await planZip();
    await rewrite(zip, "xl/_rels/workbook.xml.rels", (xml) =>
      xml.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"')
    );
    await rewrite(zip, "xl/worksheets/_rels/sheet1.xml.rels", (xml) =>
      xml.replace(/Target="\.\.\/([^"]+)"/g, 'Target="/xl/$1"')
    );
    await rewrite(zip, "_rels/.rels", (xml) =>
      xml.replace(/Target="(?!\/)([^"]+)"/g, 'Target="/$1"')
    );
    return save(zip, "openpyxl.xlsx");
  }

  it("is what ExcelJS 4.4 alone cannot read (exceljs#1468)", async () => {
    const file = await openpyxlStyle();
    const plain = new ExcelJS.Workbook();
    const failed = await plain.xlsx.readFile(file).then(
      () => readSnapshot(plain).plan === null,
      () => true
    );
    expect(failed).toBe(true);
  });

  it("are made relative, so the plan table reads and the overview is written", async () => {
    const file = await openpyxlStyle();
    const snapshot = readSnapshot(await openWorkbook(file));
    expect(snapshot.plan?.kind).toBe("table");
    expect(snapshot.plan?.rows).toHaveLength(4);
    const out = path.join(dir, "ud.xlsx");
    const result = await run(["overview", file, "-o", out]);
    expect(result.stderr).not.toContain("Excel-projektmappe");
    expect(result.code).toBe(0);
    const texts = allCells((await loadFile(out)).getWorksheet("Oversigt")!).map((c) => c.value);
    expect(texts).toContain("Frokost med ambassadøren");
  });

  it("resolve against the folder of the part they belong to", () => {
    expect(relativeTarget("xl/worksheets/", "/xl/tables/table1.xml")).toBe("../tables/table1.xml");
    expect(relativeTarget("xl/", "/xl/worksheets/sheet1.xml")).toBe("worksheets/sheet1.xml");
    expect(relativeTarget("", "/xl/workbook.xml")).toBe("xl/workbook.xml");
  });
});

describe("table filter buttons", () => {
  it("stay as the file had them: shown when autoFilter lists no column, hidden where it says so", async () => {
    const zip = await planZip();
    const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n));
    for (const name of tables) {
      // As Excel saves a table with its buttons: an autoFilter without filterColumn, except
      // one column (Status, colId 3) of Handlinger whose button the user hid.
      await rewrite(zip, name, (xml) =>
        xml.replace(/<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/, (_m, ref: string) =>
          /name="Handlinger"/.test(xml)
            ? `<autoFilter ref="${ref}"><filterColumn colId="3" hiddenButton="1"/></autoFilter>`
            : `<autoFilter ref="${ref}"/>`
        )
      );
    }
    const plan = await save(zip, "plan.xlsx");
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    const xml = await tableXml(out, "Handlinger");
    const hidden = [...xml.matchAll(/<filterColumn colId="(\d+)" hiddenButton="1"/g)].map(
      (m) => m[1]
    );
    expect(hidden).toEqual(["3"]);
  });
});

describe("the generated overview, dropped before parsing", () => {
  it("is emptied in the zip only when the marker names it", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", plan, "-o", out])).code).toBe(0);
    const bytes = await fs.readFile(out);
    const sheetXml = async (b: Buffer) => {
      const zip = await JSZip.loadAsync(b);
      return zip.file("xl/worksheets/sheet3.xml")!.async("string");
    };
    const kept = await prepareZip(bytes);
    expect(kept.bytes).toBe(bytes); // nothing to change: the very same bytes
    const dropped = await prepareZip(bytes, { dropGeneratedSheets: [GENERATED_SHEETS.overview] });
    expect(await sheetXml(dropped.bytes)).toMatch(/<sheetData\/><\/worksheet>$/);
    expect((await sheetXml(bytes)).length).toBeGreaterThan(1000);
    // The plan's sheet is untouched.
    const planXml = (b: Buffer) =>
      JSZip.loadAsync(b).then((z) => z.file("xl/worksheets/sheet1.xml")!.async("string"));
    expect(await planXml(dropped.bytes)).toBe(await planXml(bytes));
  });

  it("is rebuilt the same as the first build", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const first = path.join(dir, "first.xlsx");
    const again = path.join(dir, "again.xlsx");
    expect((await run(["overview", plan, "-o", first])).code).toBe(0);
    expect((await run(["overview", first, "-o", again])).code).toBe(0);
    const cells = async (file: string) =>
      allCells((await loadFile(file)).getWorksheet("Oversigt")!)
        .map((c) => [c.address, c.value, JSON.stringify(c.style)])
        .filter(([, value]) => !/^Lavet /.test(String(value))); // the generated-at line
    expect(await cells(again)).toEqual(await cells(first));
    expect((await loadFile(again)).worksheets.map((ws) => ws.name)).toEqual([
      "Plan",
      "Indstillinger",
      "Oversigt",
    ]);
  });

  it("is kept when the user renamed it: the marker followed, but the copy is the user's now", async () => {
    const plan = await writePlan(dir, "plan.xlsx");
    const built = path.join(dir, "built.xlsx");
    expect((await run(["overview", plan, "-o", built])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(built);
    const copy = wb.getWorksheet("Oversigt")!;
    copy.name = "Min kopi";
    copy.getCell("B5").value = "min note";
    wb.definedNames.remove("'Oversigt'!$A$1", GENERATED_SHEETS.overview.marker);
    wb.definedNames.add("'Min kopi'!$A$1", GENERATED_SHEETS.overview.marker);
    const renamed = path.join(dir, "renamed.xlsx");
    await wb.xlsx.writeFile(renamed);
    const out = path.join(dir, "ud.xlsx");
    expect((await run(["overview", renamed, "-o", out])).code).toBe(0);
    const result = await loadFile(out);
    expect(result.getWorksheet("Min kopi")?.getCell("B5").value).toBe("min note");
    expect(result.getWorksheet("Oversigt")).toBeDefined();
  });

  it("is never dropped when foreign: a sheet Oversigt without the marker is refused, intact", async () => {
    const plan = await writePlan(dir, "plan.xlsx", undefined, (wb) => {
      wb.addWorksheet("Oversigt").getCell("A1").value = "Min egen oversigt";
    });
    const prepared = await prepareZip(await fs.readFile(plan), {
      dropGeneratedSheets: [GENERATED_SHEETS.overview],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet("Oversigt")?.getCell("A1").value).toBe("Min egen oversigt");
  });
});
