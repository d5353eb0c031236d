// `statusoversigt export --round`: the document of a closed round from the example's history
// (September 2019), read back with the project's own readDocx, and its errors (exit 1 or 2,
// clear message, nothing written).

import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_PATH } from "../../examples/build-example";
import { paragraphText, type WordDocument, type WordTable } from "../../src/core/word/document";
import { HISTORY_SHEET } from "../../src/core/port";
import { readDocx } from "../../src/word/readDocx";
import { parseXmlNode } from "../../src/word/nodeXml";
import { importBytes, importedPlan } from "../word/support";
import { makeTempDir } from "../xlsx/support";
import { exists, run } from "./support";

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

async function copyExample(name = "plan.xlsx"): Promise<string> {
  const file = path.join(temp.dir, name);
  await fs.copyFile(EXAMPLE_PATH, file);
  return file;
}

/** The September 2019 notes of the example (its source dates them to that round). */
const SEPTEMBER_NOTES = [
  "Seneste melding er, at delegationen kommer til Bycirklen december 2019",
  "Seneste melding er, at delegationen kommer til Bycirklen december 2019",
  "(Forespørgsel hos VIA forår 2018 – igen forår 2019 – afventer tilbagemelding)",
  "(Arbejdsgruppen er nedlagt primo 2018)",
  "(Aktivitet blev ikke relevant)",
];

/** Texts of the table's runs in the marking (bold and coloured), in document order. */
function markedRuns(doc: WordDocument): string[] {
  const table = doc.blocks.find((b): b is WordTable => b.kind === "table")!;
  return table.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.paragraphs.flatMap((p) =>
        p.runs.filter((r) => r.bold && r.color !== undefined).map((r) => r.text)
      )
    )
  );
}

function allText(doc: WordDocument): string {
  return doc.blocks
    .flatMap((b) =>
      b.kind === "paragraph"
        ? [paragraphText(b)]
        : b.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs.map(paragraphText)))
    )
    .join("\n");
}

describe("statusoversigt export --round", () => {
  it("writes the September 2019 round's document with that round's changes marked", async () => {
    const plan = await copyExample();
    const before = await fs.readFile(plan);
    const docx = path.join(temp.dir, "september.docx");
    const result = await run(["export", plan, "--round", "2019-09", "-o", docx]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(result.stdout).toContain(docx);
    expect((await fs.readFile(plan)).equals(before)).toBe(true);

    const bytes = await fs.readFile(docx);
    const doc = await readDocx(bytes, parseXmlNode);
    const text = allText(doc);
    expect(text).toContain("Status for handlingerne september 2019 er markeret med rødt");
    // December's news is not yet in the September document.
    expect(text).not.toContain("ambassadørskifte");
    // Marked: the five September notes and the symbols of the two that have one.
    expect([...markedRuns(doc)].sort()).toEqual([...SEPTEMBER_NOTES, "√", "%"].sort());

    // Imported back: the September round, its five actions dated to it.
    const imported = await importBytes(bytes);
    expect(imported.documentRound).toEqual({ year: 2019, month: 9 });
    const dated = importedPlan(imported, imported.documentRound)
      .focusAreas.flatMap((a) => a.initiatives.flatMap((i) => i.actions))
      .filter((a) => a.statusDate !== null);
    expect(dated.map((a) => a.note).sort()).toEqual([...SEPTEMBER_NOTES].sort());
  });

  it("differs from the plan's own export, which marks December", async () => {
    const plan = await copyExample();
    const docx = path.join(temp.dir, "now.docx");
    expect((await run(["export", plan, "-o", docx])).code).toBe(0);
    const doc = await readDocx(await fs.readFile(docx), parseXmlNode);
    expect(allText(doc)).toContain("december 2019 er markeret med rødt");
    expect(markedRuns(doc).some((text) => SEPTEMBER_NOTES.includes(text))).toBe(false);
  });

  it("refuses a round the history does not hold: exit 1, the rounds named, nothing written", async () => {
    const plan = await copyExample();
    const docx = path.join(temp.dir, "x.docx");
    const result = await run(["export", plan, "--round", "2018-01", "-o", docx]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "Statusrunden 2018-01 findes ikke i historikken. Lukkede runder: 2019-09."
    );
    expect(result.stderr).toContain("intet er skrevet");
    expect(await exists(docx)).toBe(false);
  });

  it("refuses a history with a missing column: exit 1, nothing written", async () => {
    const plan = await copyExample();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(plan);
    workbook.getWorksheet(HISTORY_SHEET)!.getCell("I1").value = "Noget andet";
    await workbook.xlsx.writeFile(plan);
    const docx = path.join(temp.dir, "x.docx");
    const result = await run(["export", plan, "--round", "2019-09", "-o", docx]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Kolonnen »Lukket« mangler i historikken");
    expect(await exists(docx)).toBe(false);
  });

  it("takes --round or --status-date, not both, and documents --round in its help", async () => {
    const plan = await copyExample();
    const both = await run(["export", plan, "--round", "2019-09", "--status-date", "2019-12"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("Angiv enten --round eller --status-date");
    expect(await exists(path.join(temp.dir, "plan.docx"))).toBe(false);
    expect((await run(["export", "--help"])).stdout).toMatch(/--round ÅÅÅÅ-MM\s+dokumentet for/);
    expect((await run(["export", "--help"], { LANG: "en_GB.UTF-8" })).stdout).toMatch(
      /--round YYYY-MM\s+the document of a closed round/
    );
  });
});
