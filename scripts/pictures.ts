// Regenerates the pictures of the README and docs/ (`npm run pictures`):
//   docs/images/overview.png  page 1 of the example's Oversigt as LibreOffice prints it with
//                             Carlito (../shared/tools/render-xlsx on a copy holding only that
//                             sheet, its columns drawn at Excel's pixel widths; page 1 of its
//                             PDF at 90 dpi)
//   docs/images/word-export.png  page 1 of the example exported as a Word document, printed by
//                             LibreOffice Writer (soffice --convert-to pdf, page 1 at 90 dpi)
//   docs/images/word-import.png  the pane's import preview of the founding document's layout
//                             (the test fixture) at 360 px, in headless Chromium as below
//   docs/images/taskpane.png  the production task pane after "Opdater oversigt" at 360 px (view
//                             Runde), in headless Chromium against the fake Office.js (the e2e
//                             machinery)
//   docs/images/rounds.png    the pane's view Historik after "Vis ændringer"
// Needs: the render tool's Debian packages (libreoffice-calc-nogui, poppler-utils), Debian's
// chromium, and dist/ (built when missing). RENDER_XLSX and CHROMIUM_PATH override the tools.

import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { CHANGES_SHEET, OVERVIEW_SHEET } from "../src/core/port";
import { compareRounds } from "../src/core/rounds";
import { XlsxWorkbookPort } from "../src/xlsx/XlsxWorkbookPort";
import { t } from "../src/i18n";
import { exportWordBytes } from "../src/word/node";
import { exampleSettings } from "../examples/build-example";
import { examplePlan } from "../test/word/support";
import { foundingDocument } from "../test/word/fixtures/foundingDocument";
import { launchChromium, newAddinContext } from "../test/e2e/support/browser";
import { copyDist, ensureBuilt, ROOT } from "../test/e2e/support/dist";
import { drawExcelColumnWidthsInLibreOffice } from "../test/render/libreOfficeColumns";
import { buildExampleWorkbook } from "../examples/build-example";
import { EXAMPLE_XLSX, exampleInit, pageSetup } from "../test/e2e/support/example";
import { serveDirectory } from "../test/e2e/support/server";
import type { Page } from "playwright-core";

const OUT = path.join(ROOT, "docs", "images");
const RENDER_XLSX =
  process.env.RENDER_XLSX ?? path.join(ROOT, "..", "shared", "tools", "render-xlsx");
/** The pane's clock in the picture: "Opdateret kl. 09.30", the same on every run. */
const PICTURE_TIME = new Date("2019-12-10T09:30:00+01:00");
const PANE_WIDTH = 360;
const OVERVIEW_DPI = 90;

/**
 * The example with only the Oversigt sheet (and names that point into it), built afresh as
 * `npm run example` builds it: ExcelJS drops a loaded sheet's manual page breaks, so a copy of
 * the committed file would print without them.
 */
async function overviewOnlyWorkbook(file: string): Promise<void> {
  const { workbook } = await buildExampleWorkbook();
  const others = workbook.worksheets.filter((ws) => ws.name !== OVERVIEW_SHEET);
  if (others.length === workbook.worksheets.length) {
    throw new Error(`${EXAMPLE_XLSX} has no sheet ${OVERVIEW_SHEET}`);
  }
  for (const ws of others) workbook.removeWorksheet(ws.id);
  // Columns as wide as Excel draws them, so the picture wraps as Excel does.
  const overview = workbook.getWorksheet(OVERVIEW_SHEET)!;
  const widths = (overview.columns ?? []).map((column) => column.width ?? 0).filter((w) => w > 0);
  drawExcelColumnWidthsInLibreOffice(overview, widths);
  const names = workbook.definedNames as unknown as {
    model: { name: string; ranges: string[] }[];
  };
  const inOverview = (range: string) =>
    range.startsWith(`${OVERVIEW_SHEET}!`) || range.startsWith(`'${OVERVIEW_SHEET}'!`);
  names.model = names.model.filter((n) => n.ranges.every(inOverview));
  await workbook.xlsx.writeFile(file);
}

/** Runs `work` in a fresh temporary folder, removed afterwards. */
async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-pictures-"));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page 1 of a PDF as docs/images/NAME.png, at a size the README can be read at. */
function firstPagePng(pdf: string, name: string): string {
  if (!existsSync(pdf)) throw new Error(`no PDF at ${pdf}`);
  const target = path.join(OUT, name);
  execFileSync("pdftoppm", [
    "-r",
    String(OVERVIEW_DPI),
    "-f",
    "1",
    "-l",
    "1",
    "-singlefile",
    "-png",
    pdf,
    target,
  ]);
  return `${target}.png`;
}

/** A workbook printed by render-xlsx (LibreOffice with Carlito); its page 1 as NAME.png. */
function renderedFirstPage(xlsx: string, dir: string, name: string): string {
  const pages = path.join(dir, "pages");
  execFileSync(RENDER_XLSX, [xlsx, pages], { stdio: ["ignore", "ignore", "inherit"] });
  // The tool's pages are 70 dpi; page 1 again from its PDF.
  return firstPagePng(path.join(pages, `${path.basename(xlsx, ".xlsx")}.pdf`), name);
}

/**
 * The production pane in headless Chromium against the fake Office.js holding `init`, at
 * PANE_WIDTH with a fixed clock; `work` takes the picture and returns its path.
 */
async function withPane(
  init: Parameters<typeof pageSetup>[0],
  work: (page: Page, url: string) => Promise<string>
): Promise<string> {
  ensureBuilt();
  const dist = copyDist();
  const [server, browser] = await Promise.all([serveDirectory(dist.dir), launchChromium()]);
  try {
    const { context } = await newAddinContext(browser, server.url, {
      setup: pageSetup(init),
      width: PANE_WIDTH,
      // Tall enough for the whole view: the footer stays at the bottom of the picture.
      height: 1000,
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(PICTURE_TIME);
    await page.goto(`${server.url}taskpane.html`);
    return await work(page, server.url);
  } finally {
    await browser.close();
    await server.close();
    dist.remove();
  }
}

/** Focus rings and a pressed button's hover state do not belong in a picture. */
async function calm(page: Page): Promise<void> {
  // The viewport as tall as the page: the pane's sticky footer then sits at its end.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: PANE_WIDTH, height });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(PANE_WIDTH - 1, 1);
}

async function overviewPicture(): Promise<string> {
  return inTempDir(async (dir) => {
    const xlsx = path.join(dir, "oversigt.xlsx");
    await overviewOnlyWorkbook(xlsx);
    return renderedFirstPage(xlsx, dir, "overview");
  });
}

async function wordExportPicture(): Promise<string> {
  return inTempDir(async (dir) => {
    const docx = path.join(dir, "status.docx");
    writeFileSync(docx, await exportWordBytes(examplePlan(), exampleSettings()));
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
      { stdio: "ignore" }
    );
    return firstPagePng(path.join(dir, "status.pdf"), "word-export");
  });
}

async function taskpanePicture(): Promise<string> {
  return withPane(await exampleInit(), async (page) => {
    await page
      .getByRole("heading", { name: t("da", "taskpane.round.title", { month: "december 2019" }) })
      .waitFor();
    await page.getByRole("button", { name: t("da", "taskpane.formatting.button") }).waitFor();
    await page
      .getByRole("button", { name: t("da", "taskpane.refresh.button"), exact: true })
      .click();
    await page.getByText(t("da", "taskpane.round.refreshed", { time: "09.30" })).waitFor();
    await calm(page);
    const target = path.join(OUT, "taskpane.png");
    await page.screenshot({ path: target, fullPage: true, animations: "disabled" });
    return target;
  });
}

async function wordImportPicture(): Promise<string> {
  const bytes = await foundingDocument();
  return withPane({}, async (page) => {
    await page
      .getByLabel(t("da", "word.import.choose"))
      .first()
      .setInputFiles({
        name: "Status december 2019.docx",
        mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        buffer: Buffer.from(bytes),
      });
    await page.getByRole("table", { name: t("da", "word.preview.title") }).waitFor();
    await calm(page);
    const target = path.join(OUT, "word-import.png");
    // The first run's view with the import's preview, not the rest of the pane.
    await page.locator("section[aria-labelledby='first-run-heading']").screenshot({
      path: target,
      animations: "disabled",
    });
    return target;
  });
}

/**
 * Sheet Ændringer of the example (September 2019 → now) as the command line writes it — the
 * changes and the counts tables; ExcelJS cannot write the charts the add-in adds — printed by
 * LibreOffice, page 1.
 */
async function changesPicture(): Promise<string> {
  return inTempDir(async (dir) => {
    const { workbook } = await buildExampleWorkbook();
    const port = new XlsxWorkbookPort(workbook);
    const result = await compareRounds(port, { writeSheet: true, now: () => PICTURE_TIME });
    if (!result.written) throw new Error("the example's changes sheet was not written");
    for (const ws of workbook.worksheets.filter((w) => w.name !== CHANGES_SHEET)) {
      workbook.removeWorksheet(ws.id);
    }
    const names = workbook.definedNames as unknown as { model: { ranges: string[] }[] };
    names.model = names.model.filter((n) => n.ranges.every((r) => r.includes(CHANGES_SHEET)));
    const xlsx = path.join(dir, "aendringer.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    return renderedFirstPage(xlsx, dir, "changes");
  });
}

/** The pane's view Historik after "Vis ændringer": the changes list and the trend. */
async function roundsPanePicture(): Promise<string> {
  return withPane(await exampleInit(), async (page) => {
    await page.getByRole("tab", { name: t("da", "taskpane.view.history") }).click();
    await page
      .getByText(t("da", "rounds.pane.closedRounds", { rounds: "september 2019" }))
      .waitFor();
    await page.getByRole("button", { name: t("da", "rounds.pane.showChanges") }).click();
    await page.getByText(/4 ændringer fra september 2019 til nu/).waitFor();
    await calm(page);
    const target = path.join(OUT, "rounds.png");
    await page.screenshot({ path: target, fullPage: true, animations: "disabled" });
    return target;
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // `npm run pictures -- word-export` renews only the pictures named.
  const pictures: Record<string, () => Promise<string>> = {
    overview: overviewPicture,
    "word-export": wordExportPicture,
    "word-import": wordImportPicture,
    taskpane: taskpanePicture,
    changes: changesPicture,
    rounds: roundsPanePicture,
  };
  const only = process.argv.slice(2);
  const written: string[] = [];
  for (const [name, make] of Object.entries(pictures)) {
    if (only.length === 0 || only.includes(name)) written.push(await make());
  }
  console.log(written.map((f) => path.relative(ROOT, f)).join("\n"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
