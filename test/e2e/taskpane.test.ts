// End to end in a real browser: the production task pane (dist/taskpane.html, served locally)
// in Debian's headless Chromium, with the strict fake standing in for Office.js and holding the
// Bycirklen example. Expectations come from the core's reading of the same example file.

import type { Page } from "playwright-core";
import { formatMonth, yearMonthToExcelSerial } from "../../src/core/dates";
import { OVERVIEW_SHEET, PLAN_SHEET } from "../../src/core/port";
import type { SheetDump } from "../fake-excel";
import { t, type Language } from "../../src/i18n";
import { artifactPath } from "./support/artifacts";
import { axeViolations, isSerious } from "./support/axe";
import { fake, newAddinContext, type AddinContext } from "./support/browser";
import { pageSetup, planColumn, withPlanCell } from "./support/example";
import type { FakeWorkbookInit } from "../fake-excel";
import { useAddinSuite } from "./support/suite";

jest.setTimeout(60_000);

const suite = useAddinSuite();

interface Pane {
  page: Page;
  addin: AddinContext;
}

async function openPane(
  workbook: FakeWorkbookInit,
  options: { lang?: string; width?: number } = {}
): Promise<Pane> {
  const addin = await newAddinContext(suite.browser, suite.server.url, {
    setup: pageSetup(workbook, options.lang ?? "da-DK"),
    width: options.width ?? 360,
  });
  suite.contexts.push(addin);
  const page = await addin.context.newPage();
  await page.goto(`${suite.server.url}taskpane.html`);
  return { page, addin };
}

const refreshButton = (page: Page, lang: Language = "da") =>
  page.getByRole("button", { name: t(lang, "taskpane.refresh.button"), exact: true });

/** Waits until `count` onChanged handlers are registered (the automatic status date's). */
async function changeHandlers(page: Page, count: number): Promise<void> {
  await page.waitForFunction(async (expected) => {
    const handle = (window as unknown as { __fake: { changeHandlerCount(): Promise<number> } })
      .__fake;
    return (await handle.changeHandlerCount()) === expected;
  }, count);
}

/** Waits until the pane has read the workbook and subscribed to status edits. */
async function paneReady(page: Page, lang: Language = "da"): Promise<void> {
  const month = formatMonth(suite.facts.settings.currentStatusDate!, lang);
  await page.getByRole("heading", { name: t(lang, "taskpane.round.title", { month }) }).waitFor();
  await changeHandlers(page, 1);
  // The rounds are read once the state is (the header can come first): the close button is
  // usable when they have arrived, so no read of the pane's start falls into a counted refresh.
  const close = page.getByRole("button", { name: t(lang, "rounds.pane.close", { round: month }) });
  await page.waitForFunction(
    (button) => !!button && button.getAttribute("aria-disabled") !== "true",
    await close.elementHandle()
  );
}

/** Clicks Opdater oversigt and waits for the header's result line; returns the syncs it took. */
async function refresh(page: Page, lang: Language = "da"): Promise<number> {
  const before = (await fake(page, "stats")).syncs;
  await refreshButton(page, lang).click();
  await page.getByText(refreshedLine(lang)).waitFor();
  await fake(page, "flushEvents");
  return (await fake(page, "stats")).syncs - before;
}

/** "Oversigten er opdateret kl. 14.32." for any time. */
function refreshedLine(lang: Language): RegExp {
  const [before, after] = t(lang, "taskpane.round.refreshed").split("{time}");
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escape(before)}\\S+${escape(after)}$`);
}

/** Opens Indstillinger (the Drawer with the two switches). */
async function openSettings(page: Page, lang: Language = "da") {
  await page.getByRole("button", { name: t(lang, "taskpane.settings.button") }).click();
  const drawer = page.getByRole("dialog", { name: t(lang, "taskpane.settings.title") });
  await drawer.getByRole("switch").first().waitFor();
  return drawer;
}

async function closeSettings(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

/** The pane after one refresh of the example, shared by the tests that look at it. */
let refreshed: Promise<Pane & { syncs: number }> | null = null;
function refreshedPane(): Promise<Pane & { syncs: number }> {
  refreshed ??= (async () => {
    const pane = await openPane(suite.init);
    await paneReady(pane.page);
    const syncs = await refresh(pane.page);
    return { ...pane, syncs };
  })();
  return refreshed;
}

const sameColor = (a: string | null | undefined, b: string) =>
  (a ?? "").toUpperCase() === b.toUpperCase();

function cellsWhere(dump: SheetDump, test: (value: string, r: number, c: number) => boolean) {
  const found: { r: number; c: number; value: string }[] = [];
  dump.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (test(String(value), r, c)) found.push({ r, c, value: String(value) });
    })
  );
  return found;
}

describe("task pane against the example workbook", () => {
  test("Opdater oversigt writes the overview sheet in two syncs", async () => {
    const { page, syncs } = await refreshedPane();
    expect(syncs).toBe(2);
    expect(await fake(page, "sheetNames")).toContain(OVERVIEW_SHEET);
    const sheet = await fake(page, "dump", OVERVIEW_SHEET);
    expect(sheet.active).toBe(true);

    // Title, bold, in A1.
    expect(sheet.values[0][0]).toBe(suite.facts.settings.title);
    expect(sheet.formats[0][0].font.bold).toBe(true);

    // The three focus-area headers, in order, on one row, bold.
    const names = suite.facts.summary.focusAreas.map((a) => a.focusArea);
    expect(names).toHaveLength(3);
    const headerRow = sheet.values.findIndex(
      (row) => JSON.stringify(row.filter((v) => v !== "")) === JSON.stringify(names)
    );
    expect(headerRow).toBeGreaterThan(0);
    sheet.values[headerRow].forEach((value, c) => {
      if (value !== "") expect(sheet.formats[headerRow][c].font.bold).toBe(true);
    });

    // The legend line names December 2019 in the marking colour, bold.
    const month = formatMonth(suite.facts.settings.currentStatusDate!, "da");
    const legend = cellsWhere(sheet, (v, r) => r < headerRow && v.includes(month));
    expect(legend).toHaveLength(1);
    for (const { r, c } of legend) {
      expect(sameColor(sheet.formats[r][c].font.color, suite.facts.settings.markingColor)).toBe(
        true
      );
      expect(sheet.formats[r][c].font.bold).toBe(true);
    }

    // Every note of the December round is red and bold; an older note is not.
    expect(suite.facts.currentNotes.length).toBeGreaterThan(0);
    for (const note of suite.facts.currentNotes) {
      const cells = cellsWhere(sheet, (v) => v.includes(note));
      expect(cells).toHaveLength(1);
      const font = sheet.formats[cells[0].r][cells[0].c].font;
      expect(sameColor(font.color, suite.facts.settings.markingColor)).toBe(true);
      expect(font.bold).toBe(true);
    }
    const older = cellsWhere(
      sheet,
      (v, r) =>
        r > headerRow && v.length > 40 && !suite.facts.currentNotes.some((n) => v.includes(n))
    );
    expect(older.length).toBeGreaterThan(0);
    expect(
      sameColor(sheet.formats[older[0].r][older[0].c].font.color, suite.facts.settings.markingColor)
    ).toBe(false);
  });

  test("the Runde view's numbers are the counts per focus area the core computes", async () => {
    const { page } = await refreshedPane();
    await page.getByRole("button", { name: t("da", "taskpane.summary.numbers") }).click();
    const table = page.getByRole("table", { name: t("da", "taskpane.summary.numbers") });
    await table.waitFor();
    const shown = await table.evaluate((element) =>
      Array.from(element.querySelectorAll("tbody tr")).map((tr) => ({
        name: tr.querySelector("th")?.textContent ?? "",
        counts: Array.from(tr.querySelectorAll("td")).map((td) => Number(td.textContent)),
      }))
    );
    expect(shown).toEqual(
      suite.facts.summary.focusAreas.map((a) => ({
        name: a.focusArea,
        counts: [a.done, a.partlyDone, a.notDone, a.noStatus, a.marked],
      }))
    );
    const sum = (field: "done" | "partlyDone" | "notDone" | "noStatus") =>
      suite.facts.summary.focusAreas.reduce((n, a) => n + a[field], 0);
    const totals = `${t("da", "taskpane.summary.total", { count: suite.facts.summary.actions })} ${t(
      "da",
      "taskpane.summary.counts",
      {
        done: sum("done"),
        partlyDone: sum("partlyDone"),
        notDone: sum("notDone"),
        noStatus: sum("noStatus"),
      }
    )}`;
    await expect(page.getByText(totals, { exact: true }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: t("da", "taskpane.summary.numbers") }).click();
    await table.waitFor({ state: "detached" });
  });

  test("nothing outside the page was requested and nothing failed", async () => {
    const { page, addin } = await refreshedPane();
    expect(addin.blocked).toEqual([]);
    expect(addin.pageErrors).toEqual([]);
    expect(await fake(page, "eventHandlerErrors")).toEqual([]);
  });

  test("axe finds no serious or critical accessibility problems after a refresh", async () => {
    const { page } = await refreshedPane();
    const violations = await axeViolations(page);
    const minor = violations.filter((v) => !isSerious(v));
    if (minor.length > 0) {
      console.log(
        `axe (minor/moderate):\n${minor.map((v) => `  ${v.impact} ${v.id}: ${v.help} — ${v.targets.join(", ")}`).join("\n")}`
      );
    }
    expect(violations.filter(isSerious)).toEqual([]);
  });

  test("screenshots at 320 and 450 px fit the width", async () => {
    const { page } = await refreshedPane();
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 800 });
      await page.screenshot({ path: artifactPath(`taskpane-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect({ width, overflow }).toEqual({ width, overflow: 0 });
    }
    await page.setViewportSize({ width: 360, height: 800 });
  });

  test("the open-with-workbook switch saves the document setting", async () => {
    const { page } = await refreshedPane();
    const setting = "Office.AutoShowTaskpaneWithDocument";
    const drawer = await openSettings(page);
    const toggle = drawer.getByRole("switch", { name: t("da", "taskpane.autoOpen.label") });
    expect(await toggle.isChecked()).toBe(false);
    const saved = (value: boolean) =>
      page.waitForFunction(
        ([name, expected]) =>
          (
            window as unknown as { __fake: { savedSettings(): Record<string, unknown> } }
          ).__fake.savedSettings()[name] === expected,
        [setting, value] as const
      );
    await toggle.click();
    await saved(true);
    await toggle.click();
    await saved(false);
    expect(await toggle.isChecked()).toBe(false);
    await closeSettings(page);
  });

  test("a Local edit of a Status cell dates its row; a co-author's Remote edit does not", async () => {
    const { page } = await refreshedPane();
    const statusCol = planColumn(suite.facts, "Status");
    const dateIndex = suite.facts.header.indexOf("Statusdato");
    const current = yearMonthToExcelSerial(suite.facts.settings.currentStatusDate!);
    const plan = await fake(page, "dump", PLAN_SHEET);
    // Two data rows not dated in the current round, so each assertion can fail.
    const rows = plan.values
      .map((row, i) => ({ sheetRow: i + 1, date: row[dateIndex] }))
      .filter((r) => r.sheetRow > suite.facts.headerRow && r.date !== current)
      .slice(0, 2);
    expect(rows).toHaveLength(2);
    const [local, remote] = rows;

    // Switched off, the pane unsubscribes and a Local edit stays undated.
    let drawer = await openSettings(page);
    const auto = () => drawer.getByRole("switch", { name: t("da", "taskpane.auto.label") });
    expect(await auto().isChecked()).toBe(true);
    await auto().click();
    await changeHandlers(page, 0);
    await closeSettings(page);
    await fake(
      page,
      "simulateUserEdit",
      PLAN_SHEET,
      `${statusCol}${local.sheetRow}`,
      [["%"]],
      "Local"
    );
    await fake(page, "flushEvents");
    expect((await fake(page, "dump", PLAN_SHEET)).values[local.sheetRow - 1][dateIndex]).toBe(
      local.date
    );
    drawer = await openSettings(page);
    await auto().click();
    await changeHandlers(page, 1);
    await closeSettings(page);

    await fake(
      page,
      "simulateUserEdit",
      PLAN_SHEET,
      `${statusCol}${remote.sheetRow}`,
      [["%"]],
      "Remote"
    );
    await fake(page, "flushEvents");
    const afterRemote = await fake(page, "dump", PLAN_SHEET);
    expect(afterRemote.values[remote.sheetRow - 1][dateIndex]).toBe(remote.date);

    await fake(
      page,
      "simulateUserEdit",
      PLAN_SHEET,
      `${statusCol}${local.sheetRow}`,
      [["√"]],
      "Local"
    );
    await fake(page, "flushEvents");
    const afterLocal = await fake(page, "dump", PLAN_SHEET);
    expect(afterLocal.values[local.sheetRow - 1][dateIndex]).toBe(current);
    expect(afterLocal.values[remote.sheetRow - 1][dateIndex]).toBe(remote.date);
    await page
      .getByText(t("da", "taskpane.auto.acted", { rows: String(local.sheetRow) }), { exact: true })
      .waitFor();
  });
});

describe("task pane with a problem in the plan", () => {
  test("choosing the problem selects its cell in the workbook", async () => {
    const row = suite.facts.headerRow + 3;
    const bad = withPlanCell(suite.init, suite.facts, row, "Status", "måske");
    const { page } = await openPane(bad);
    await paneReady(page);
    await refresh(page);
    // The counter on the tab says there is something; the view lists it.
    await page.getByRole("tab", { name: /^Problemer/ }).click();
    const problem = page.getByRole("button", { name: /måske/ });
    await problem.first().waitFor();
    await expect(problem.count()).resolves.toBe(1);
    await page.screenshot({ path: artifactPath("taskpane-problem-360.png"), fullPage: true });
    await problem.click();
    const address = `${planColumn(suite.facts, "Status")}${row}`;
    await page.waitForFunction(
      (expected) => {
        const handle = (window as unknown as { __fake: { dump(s: string): SheetDump } }).__fake;
        const plan = handle.dump(expected.sheet);
        return plan.active && plan.selection === expected.address;
      },
      { sheet: PLAN_SHEET, address }
    );
    // A warning does not stop the overview.
    expect((await fake(page, "dump", OVERVIEW_SHEET)).values[0][0]).toBe(
      suite.facts.settings.title
    );
  });
});

describe("task pane in English", () => {
  test("an English display language gives the English pane", async () => {
    const { page } = await openPane(suite.init, { lang: "en-US" });
    await paneReady(page, "en");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    for (const key of ["taskpane.view.round", "taskpane.view.history", "taskpane.view.problems"]) {
      await expect(
        page.getByRole("tab", { name: t("en", key), exact: true }).count()
      ).resolves.toBe(1);
    }
    // The Runde view is a chunk of its own: it may come just after the button is ready.
    const formatting = page.getByRole("heading", {
      name: t("en", "taskpane.formatting.heading"),
      exact: true,
    });
    await formatting.waitFor();
    await expect(formatting.count()).resolves.toBe(1);
    await expect(refreshButton(page, "da").count()).resolves.toBe(0);
    expect(await refresh(page, "en")).toBe(2);
    await page
      .getByText(t("en", "taskpane.summary.total", { count: suite.facts.summary.actions }), {
        exact: false,
      })
      .waitFor();
    await page.screenshot({ path: artifactPath("taskpane-en-360.png"), fullPage: true });
  });
});

describe("the pane outside Excel", () => {
  test("without Office.js it explains how to open the add-in in Excel", async () => {
    const addin = await newAddinContext(suite.browser, suite.server.url, { office: "missing" });
    suite.contexts.push(addin);
    const page = await addin.context.newPage();
    // The pane waits for Office.js before it explains; let that wait pass at once.
    await page.clock.install();
    await page.goto(`${suite.server.url}taskpane.html`);
    await page.clock.runFor(11_000);
    await page.getByRole("heading", { name: t("da", "taskpane.outside.title") }).waitFor();
    await page.getByText(t("da", "taskpane.outside.officeMissing")).waitFor();
    await page.screenshot({ path: artifactPath("outside-office-360.png"), fullPage: true });
    await expect(refreshButton(page).count()).resolves.toBe(0);
  });

  test("in a plain browser tab (Office without a host) it explains at once", async () => {
    const addin = await newAddinContext(suite.browser, suite.server.url, {
      office: "plainBrowser",
    });
    suite.contexts.push(addin);
    const page = await addin.context.newPage();
    await page.goto(`${suite.server.url}taskpane.html`);
    await page.getByRole("heading", { name: t("da", "taskpane.outside.title") }).waitFor();
    await page.getByText(t("da", "taskpane.outside.step1")).waitFor();
    await expect(page.getByText(t("da", "taskpane.outside.officeMissing")).count()).resolves.toBe(
      0
    );
    expect(addin.pageErrors).toEqual([]);
  });
});
