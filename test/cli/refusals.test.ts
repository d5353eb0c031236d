// Files the command line refuses, each with a message saying what the file is: a DTD, a
// password-protected package, an old .doc/.xls, a macro-enabled .docm/.xlsm. Exit 1, nothing
// written.

import { promises as fs } from "fs";
import * as path from "path";
import { cfbContainer } from "../word/fixtures/handXml";
import {
  macroEnabledDocx,
  macroEnabledXlsx,
  withDoctype,
  xlsxWithDoctype,
} from "../word/fixtures/refusedDocuments";
import { makeTempDir } from "../xlsx/support";
import { exists, run } from "./support";

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

const EN = { LANG: "en_US.UTF-8" };

async function refused(command: string, name: string, bytes: Uint8Array) {
  const file = path.join(temp.dir, name);
  await fs.writeFile(file, bytes);
  const output = path.join(temp.dir, "out.xlsx");
  const result = await run([command, file, "-o", output], EN);
  expect(result.code).toBe(1);
  expect(await exists(output)).toBe(false);
  expect(result.stdout).toBe("");
  return { file, stderr: result.stderr.trim() };
}

describe("import refuses, saying what the document is", () => {
  it("a DTD with an external entity", async () => {
    const { file, stderr } = await refused("import", "status.docx", await withDoctype());
    expect(stderr).toBe(
      `${file}: The file declares a DTD or entities (<!DOCTYPE> in word/document.xml). Word and Excel never write one, and it can make a reader fetch files or expand text without end, so the file is not read. Save it again in Word or Excel.`
    );
    expect(stderr).not.toContain("not a Word document");
  });

  it("a password-protected document", async () => {
    const bytes = cfbContainer(["EncryptionInfo", "EncryptedPackage"]);
    const { stderr } = await refused("import", "status.docx", bytes);
    expect(stderr).toContain("The document is protected with a password");
  });

  it("an old .doc", async () => {
    const { stderr } = await refused("import", "status.doc", cfbContainer(["WordDocument"]));
    expect(stderr).toContain("The file is an older Word document (.doc), not .docx.");
  });

  it("a macro-enabled .docm", async () => {
    const { stderr } = await refused("import", "status.docm", await macroEnabledDocx());
    expect(stderr).toContain("The file is a macro-enabled Word document (.docm).");
  });
});

describe("overview refuses, saying what the workbook is", () => {
  it("a DTD", async () => {
    const { file, stderr } = await refused("overview", "plan.xlsx", await xlsxWithDoctype());
    expect(stderr).toBe(
      `${file}: The file declares a DTD or entities (<!DOCTYPE> in xl/workbook.xml). Word and Excel never write one, and it can make a reader fetch files or expand text without end, so the file is not read. Save it again in Word or Excel.`
    );
  });

  it("a password-protected workbook", async () => {
    const bytes = cfbContainer(["EncryptionInfo", "EncryptedPackage"]);
    const { file, stderr } = await refused("overview", "plan.xlsx", bytes);
    expect(stderr).toBe(
      `${file} is protected with a password, so it cannot be read. Remove the password in Excel (File › Info › Protect Workbook), save, then try again.`
    );
  });

  it("an old .xls", async () => {
    const { file, stderr } = await refused("overview", "plan.xls", cfbContainer(["Workbook"]));
    expect(stderr).toBe(
      `${file} is an older Excel workbook (.xls), not .xlsx. Open it in Excel, choose Save As › Excel Workbook (.xlsx), then try again.`
    );
  });

  it("a macro-enabled .xlsm", async () => {
    const { file, stderr } = await refused("overview", "plan.xlsm", await macroEnabledXlsx());
    expect(stderr).toBe(
      `${file} is a macro-enabled workbook (.xlsm). The command line would write it without its macros, so it is not read: save a copy as Excel Workbook (.xlsx), then try again.`
    );
  });
});
