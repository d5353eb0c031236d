// Word in and out in the production pane, in headless Chromium against the fake Office.js:
// *Importér fra Word* in a workbook without a plan (the preview, then Opret plan's path and the
// overview), and *Gem som Word-dokument* as a real download that imports back to the plan.

import { readFileSync } from "fs";
import type { Page } from "playwright-core";
import { OVERVIEW_SHEET, PLAN_SHEET, SETTINGS_SHEET } from "../../src/core/port";
import { t } from "../../src/i18n";
import type { FakeWorkbookInit } from "../fake-excel";
import { foundingDocument } from "../word/fixtures/foundingDocument";
import { importBytes } from "../word/support";
import { artifactPath } from "./support/artifacts";
import { axeViolations, isSerious } from "./support/axe";
import { fake, newAddinContext, type AddinContext } from "./support/browser";
import { pageSetup } from "./support/example";
import { useAddinSuite } from "./support/suite";

jest.setTimeout(60_000);

const suite = useAddinSuite();

async function openPane(workbook: FakeWorkbookInit): Promise<{ page: Page; addin: AddinContext }> {
  const addin = await newAddinContext(suite.browser, suite.server.url, {
    setup: pageSetup(workbook, "da-DK"),
    width: 360,
  });
  suite.contexts.push(addin);
  const page = await addin.context.newPage();
  await page.goto(`${suite.server.url}taskpane.html`);
  return { page, addin };
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.filter(isSerious)).toEqual([]);
}

test("Importér fra Word: preview, then the plan, its settings and the overview in the workbook", async () => {
  const { page, addin } = await openPane({});
  // The native input is hidden: the pane's own button drives it, in the pane's language.
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: t("da", "word.import.button") }).click(),
  ]);
  await chooser.setFiles({
    name: "Status december 2019.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from(await foundingDocument()),
  });
  const preview = page.getByRole("table", { name: t("da", "word.preview.title") });
  await preview.waitFor();
  const rows = await preview.getByRole("row").allTextContents();
  expect(rows.at(-1)).toBe(`${t("da", "word.preview.total")}940`);
  await page
    .getByText(t("da", "word.preview.marked", { count: 3, month: "december 2019" }))
    .waitFor();
  await expectAccessible(page);
  await page.screenshot({ path: artifactPath("word-import-preview-360.png"), fullPage: true });

  await page.getByRole("button", { name: t("da", "word.preview.confirm") }).click();
  await page.getByText(t("da", "word.import.done")).waitFor();
  const names = await fake(page, "sheetNames");
  expect(names).toEqual(expect.arrayContaining([PLAN_SHEET, SETTINGS_SHEET, OVERVIEW_SHEET]));
  const plan = await fake(page, "dump", PLAN_SHEET);
  const filled = plan.values.slice(1).filter((row) => String(row[2] ?? "") !== "");
  expect(filled).toHaveLength(40);
  expect((await fake(page, "dump", OVERVIEW_SHEET)).values[0][0]).toBe(
    "Fokusområder Bycirklens Kina-samarbejde 2017-2020"
  );
  await expectAccessible(page);
  expect(addin.blocked).toEqual([]);
  expect(addin.pageErrors).toEqual([]);
});

test("Gem som Word-dokument: a download that reads back as the plan", async () => {
  const { page, addin } = await openPane(suite.init);
  const button = page.getByRole("button", { name: t("da", "word.export.button") });
  await button.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  expect(download.suggestedFilename()).toBe(`${suite.facts.settings.title}.docx`);
  const file = artifactPath("word-export.docx");
  await download.saveAs(file);
  const imported = await importBytes(new Uint8Array(readFileSync(file)));
  expect(imported.actionCount).toBe(suite.facts.summary.actions);
  expect(imported.documentRound).toEqual(suite.facts.settings.currentStatusDate);
  await page
    .getByText(t("da", "word.export.done", { file: `${suite.facts.settings.title}.docx` }))
    .waitFor();
  await expectAccessible(page);
  expect(addin.blocked).toEqual([]);
  expect(addin.pageErrors).toEqual([]);
});
