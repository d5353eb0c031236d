// The exported document in a real word processor: LibreOffice Writer converts it to PDF, and
// the pages show what Word users get — A4 landscape, the header row of focus areas repeated on
// every page, every action with its symbol. (Debian: libreoffice-writer-nogui, poppler-utils.)

import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { exampleSettings } from "../../examples/build-example";
import { exportDocument } from "../../src/core/word/exportDocument";
import { writeDocx } from "../../src/word/writeDocx";
import { examplePlan } from "./support";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-docx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("prints as A4 landscape pages, each headed by the focus areas", async () => {
  const docx = path.join(dir, "status.docx");
  writeFileSync(docx, await writeDocx(exportDocument(examplePlan(), exampleSettings())));
  // A profile of its own, so a LibreOffice already running elsewhere does not take the job.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      docx,
    ],
    { stdio: "ignore", timeout: 120_000 }
  );
  const pdf = path.join(dir, "status.pdf");
  const info = execFileSync("pdfinfo", [pdf]).toString();
  expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(1);
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
  const pageTexts = text.split("\f").filter((p) => p.trim() !== "");
  expect(pageTexts).toHaveLength(pages);
  for (const page of pageTexts)
    expect(page).toMatch(/Overordnet fokus\s+Skole & Uddannelse\s+Erhverv/);
  expect(text).toContain(
    "Status for handlingerne december 2019 er markeret med rødt og fed skrift"
  );
  expect((text.match(/√|%/g) ?? []).length).toBeGreaterThanOrEqual(40);
  expect(readFileSync(pdf).length).toBeGreaterThan(0);
});
