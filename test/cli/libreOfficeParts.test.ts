// A workbook LibreOffice Calc made itself (libreOfficeWorkbook.py, through UNO): charts and a
// shape on Ark2, a pivot table on Pivot, a note on Plan and a named constant. `overview` names
// the charts, the shape and the pivot table with their sheets, keeps the note and carries the
// name; LibreOffice opens the output with them. (Debian: python3-uno.)

import { execFileSync } from "child_process";
import { mkdtempSync, promises as fs } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import JSZip from "jszip";
import { convertWithLibreOffice } from "../support/libreOffice";
import { makeTempDir } from "../xlsx/support";
import { run } from "./support";

const SCRIPT = path.join(__dirname, "..", "xlsx", "fixtures", "libreOfficeWorkbook.py");

let temp: ReturnType<typeof makeTempDir>;
let input: string;
beforeAll(() => {
  temp = makeTempDir();
  input = path.join(temp.dir, "calc.xlsx");
  const profile = mkdtempSync(path.join(tmpdir(), "statusoversigt-lo-uno-"));
  execFileSync("/usr/bin/python3", [SCRIPT, input, profile], { stdio: "ignore", timeout: 120_000 });
}, 150_000);
afterAll(() => temp.cleanup());

it("names LibreOffice's charts, shape and pivot table, keeps its note and carries its name", async () => {
  const output = path.join(temp.dir, "calc.out.xlsx");
  const result = await run(["overview", input, "-o", output], { LANG: "en_US.UTF-8" });
  expect(result.code).toBe(0);
  const warning = result.stderr.split("\n").find((l) => l.includes("the output does not contain"));
  expect(warning).toBeDefined();
  for (const named of [
    "charts (2) on Ark2",
    "shapes and text boxes (1) on Ark2",
    "pivot tables (1) on Pivot",
    "pivot caches (1)",
  ])
    expect(warning).toContain(named);
  expect(warning).not.toContain("notes");

  const zip = await JSZip.loadAsync(await fs.readFile(output));
  expect(await zip.file("xl/workbook.xml")?.async("string")).toMatch(
    /<definedName [^>]*name="Sats"[^>]*>0.25<\/definedName>/
  );

  const dir = path.join(temp.dir, "reopened");
  await fs.mkdir(dir);
  const reopened = await JSZip.loadAsync(
    await fs.readFile(convertWithLibreOffice(output, "xlsx", dir))
  );
  const workbook = (await reopened.file("xl/workbook.xml")?.async("string")) as string;
  expect(workbook).toMatch(/<definedName [^>]*name="Sats"[^>]*>0.25<\/definedName>/);
  expect(workbook).toMatch(/<sheet name="Oversigt"/);
  const comments = Object.keys(reopened.files).find((f) => /^xl\/comments\d*\.xml$/.test(f));
  expect(await reopened.file(comments as string)?.async("string")).toContain("Spørg Ida om status");
}, 150_000);
