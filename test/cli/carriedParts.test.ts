// The command line never drops a part silently: a plan carrying what other writers put into a
// workbook (foreignParts.ts) goes through `overview`. Threaded comments and persons, custom XML,
// custom properties, the add-in's task pane parts and a constant name are carried, untouched;
// every other kind is named in one warning with its sheet. LibreOffice then opens the output.
// `-o` onto the input with anything lost is refused unless --force.

import { promises as fs } from "fs";
import * as path from "path";
import JSZip from "jszip";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { workbookBuffer } from "../../src/xlsx/files";
import { convertWithLibreOffice } from "../support/libreOffice";
import {
  CUSTOM_PROPERTIES,
  PERSONS,
  THREADED_COMMENTS,
  withForeignParts,
} from "../xlsx/fixtures/foreignParts";
import { makeTempDir, smallPlan, smallSettings } from "../xlsx/support";
import { run } from "./support";

const EN = { LANG: "en_US.UTF-8" };
const NOTE = "[Threaded comment]\n@Ida Hansen Hvordan går det med denne handling?";

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

async function foreignPlan(name: string): Promise<string> {
  const workbook = createPlanWorkbook(smallPlan(), smallSettings());
  // Excel keeps a note beside each thread for older versions; ExcelJS reads and writes it.
  workbook.getWorksheet("Plan")!.getCell("D2").note = NOTE;
  const file = path.join(temp.dir, name);
  await fs.writeFile(file, await withForeignParts(await workbookBuffer(workbook)));
  return file;
}

const text = async (zip: JSZip, part: string) => zip.file(part)?.async("string");

describe("overview on a workbook with parts of other writers", () => {
  let input: string;
  let output: string;
  let stderr: string;
  let zip: JSZip;

  beforeAll(async () => {
    input = await foreignPlan("foreign.xlsx");
    output = path.join(temp.dir, "foreign.out.xlsx");
    const result = await run(["overview", input, "-o", output], EN);
    expect(result.code).toBe(0);
    stderr = result.stderr;
    zip = await JSZip.loadAsync(await fs.readFile(output));
  });

  it("names every part it cannot carry, with its sheet, in one warning", () => {
    const warnings = stderr.split("\n").filter((l) => l.includes("the output does not contain"));
    expect(warnings).toHaveLength(1);
    const warning = warnings[0];
    expect(warning).toMatch(/^warning: the output does not contain: /);
    for (const named of [
      "slicers (1) on Plan",
      "timelines (1) on Plan",
      "query tables (1) on Plan",
      "printer settings (1) on Plan",
      "form controls (1) on Plan",
      "links to other workbooks (1)",
      "data connections (1)",
      "the part xl/richData/rdrichvalue.xml",
    ])
      expect(warning).toContain(named);
    for (const carried of [
      "threaded comments",
      "persons",
      "custom XML",
      "custom document",
      "add-in",
      "notes",
    ])
      expect(warning).not.toContain(carried);
  });

  it("carries threaded comments and persons untouched, related from the same sheet and the workbook", async () => {
    expect(await text(zip, "xl/threadedComments/threadedComment1.xml")).toBe(THREADED_COMMENTS);
    expect(await text(zip, "xl/persons/person.xml")).toBe(PERSONS);
    const workbook = (await text(zip, "xl/workbook.xml")) as string;
    const planRid = /<sheet [^>]*name="Plan"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1];
    const bookRels = (await text(zip, "xl/_rels/workbook.xml.rels")) as string;
    const planPart = new RegExp(`Id="${planRid}"[^>]*Target="([^"]+)"`).exec(bookRels)?.[1] ?? "";
    const sheetRels = (await text(
      zip,
      `xl/worksheets/_rels/${path.basename(planPart)}.rels`
    )) as string;
    expect(sheetRels).toMatch(
      /relationships\/threadedComment" Target="..\/threadedComments\/threadedComment1.xml"/
    );
    expect(bookRels).toMatch(/relationships\/person" Target="persons\/person.xml"/);
    const types = (await text(zip, "[Content_Types].xml")) as string;
    expect(types).toContain(
      'PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"'
    );
    expect(types).toContain(
      'PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"'
    );
    // The note Excel keeps beside the thread is still at its cell.
    const comments = Object.keys(zip.files).find((f) => /^xl\/comments\d*\.xml$/.test(f)) as string;
    expect(await text(zip, comments)).toContain("@Ida Hansen Hvordan går det med denne handling?");
  });

  it("carries custom XML, custom properties, the add-in's parts and the constant name", async () => {
    expect(await text(zip, "customXml/item1.xml")).toContain("<Afdeling>Kultur</Afdeling>");
    expect(await text(zip, "customXml/_rels/item1.xml.rels")).toContain("itemProps1.xml");
    expect(await text(zip, "docProps/custom.xml")).toBe(CUSTOM_PROPERTIES);
    expect(await text(zip, "xl/webextensions/webextension1.xml")).toContain(
      "Office.AutoShowTaskpaneWithDocument"
    );
    const root = (await text(zip, "_rels/.rels")) as string;
    expect(root).toMatch(/custom-properties" Target="docProps\/custom.xml"/);
    expect(root).toMatch(/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes.xml"/);
    expect(await text(zip, "xl/workbook.xml")).toContain(
      '<definedName name="Sats">0.25</definedName>'
    );
  });

  it("opens in LibreOffice with what was carried still there", async () => {
    const dir = path.join(temp.dir, "libreoffice");
    await fs.mkdir(dir);
    const reopened = await JSZip.loadAsync(
      await fs.readFile(convertWithLibreOffice(output, "xlsx", dir))
    );
    // LibreOffice keeps the custom properties, the name and the note (it has no threaded
    // comments of its own: the note is what it shows of the thread).
    expect(await text(reopened, "docProps/custom.xml")).toContain("2026-0417");
    expect(await text(reopened, "xl/workbook.xml")).toMatch(
      /<definedName [^>]*name="Sats"[^>]*>0.25<\/definedName>/
    );
    const comments = Object.keys(reopened.files).find((f) =>
      /^xl\/comments\d*\.xml$/.test(f)
    ) as string;
    expect(await text(reopened, comments)).toContain("Hvordan går det med denne handling?");
    const sheets = (await text(reopened, "xl/workbook.xml")) as string;
    expect(sheets).toMatch(/name="Oversigt"/);
  }, 120_000);
});

describe("-o onto the input file", () => {
  it("is refused while anything would be lost, and nothing is written", async () => {
    const input = await foreignPlan("onto.xlsx");
    const before = await fs.readFile(input);
    const result = await run(["overview", input, "-o", input], EN);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("warning: the output does not contain: ");
    expect(result.stderr).toContain(
      `${input} is the input file: writing over it would lose what is named above, so nothing was written. Save to another file with -o, or give --force to write over it anyway.`
    );
    expect((await fs.readFile(input)).equals(before)).toBe(true);
    expect(result.stdout).toBe("");
  });

  it("is written with --force, still carrying what can be carried", async () => {
    const input = await foreignPlan("forced.xlsx");
    const result = await run(["overview", input, "-o", input, "--force"], EN);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("warning: the output does not contain: ");
    const zip = await JSZip.loadAsync(await fs.readFile(input));
    expect(zip.file("xl/threadedComments/threadedComment1.xml")).not.toBeNull();
    expect(
      zip.file("xl/worksheets/sheet3.xml") ?? zip.file("xl/worksheets/sheet2.xml")
    ).not.toBeNull();
  });

  it("is allowed when nothing is lost: a plan ExcelJS wrote", async () => {
    const file = path.join(temp.dir, "plain.xlsx");
    await fs.writeFile(
      file,
      await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings()))
    );
    const result = await run(["overview", file, "-o", file], EN);
    expect(result).toMatchObject({ code: 0, stderr: "" });
  });

  it("is refused the same way by close-round and changes", async () => {
    const input = await foreignPlan("rounds.xlsx");
    const closed = await run(["close-round", input, "-o", input], EN);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain("is the input file: writing over it would lose");
  });
});
