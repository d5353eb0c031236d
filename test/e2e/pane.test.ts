// The pane's shape, in the production build in headless Chromium against the fake Office.js
// holding the example: at 320 × 600, in Danish and English, light and dark. The round, the one
// primary action and the tabs are on the first screen; each view has one primary button (the
// Drawer none); no text is wider than its button, tab or select; neither a refresh nor a part of
// the view that arrives late moves the steps; the keyboard reaches everything in order; axe finds nothing serious anywhere.

import type { Page } from "playwright-core";
import { formatMonth } from "../../src/core/dates";
import { t, type Language } from "../../src/i18n";
import daPane from "../../src/i18n/da/requestsPane.json";
import enPane from "../../src/i18n/en/requestsPane.json";
import daStep from "../../src/i18n/da/requestsStep.json";
import enStep from "../../src/i18n/en/requestsStep.json";
import { addMessages } from "../../src/i18n/translate";
import { artifactPath } from "./support/artifacts";
import { axeViolations, isSerious } from "./support/axe";
import { newAddinContext, OFFICE_JS_URL } from "./support/browser";
import { fakeOfficeScript } from "./support/fakeOfficeScript";
import { DARK_OFFICE_THEME, pageSetup } from "./support/example";
import { onScreen, overflowingTexts, pageTop, visiblePrimaryButtons } from "./support/layout";
import type { FakeWorkbookInit } from "../fake-excel";
import { useAddinSuite } from "./support/suite";

jest.setTimeout(180_000);

// The texts of Bed om status, which its own chunks register in the pane.
addMessages({ da: daStep, en: enStep });
addMessages({ da: daPane, en: enPane });

const suite = useAddinSuite();

const WIDTH = 320;
const HEIGHT = 600;

async function openPane(workbook: FakeWorkbookInit, lang: Language, dark = false): Promise<Page> {
  const addin = await newAddinContext(suite.browser, suite.server.url, {
    setup: pageSetup(
      workbook,
      lang === "en" ? "en-US" : "da-DK",
      undefined,
      dark ? DARK_OFFICE_THEME : undefined
    ),
    width: WIDTH,
    height: HEIGHT,
  });
  suite.contexts.push(addin);
  const page = await addin.context.newPage();
  await page.goto(`${suite.server.url}taskpane.html`);
  return page;
}

const button = (
  page: Page,
  lang: Language,
  key: string,
  params?: Record<string, string | number>
) => page.getByRole("button", { name: t(lang, key, params), exact: true });
const tab = (page: Page, lang: Language, key: string) =>
  page.getByRole("tab", { name: new RegExp(`^${t(lang, key)}`) });

async function expectNoSeriousAxe(page: Page, where: string): Promise<void> {
  const serious = (await axeViolations(page)).filter(isSerious);
  expect({ where, serious }).toEqual({ where, serious: [] });
}

async function expectTextsFit(page: Page, where: string): Promise<void> {
  expect({ where, overflowing: await overflowingTexts(page) }).toEqual({ where, overflowing: [] });
}

/** Opens a view by its tab and waits for its content. */
async function showView(page: Page, lang: Language, key: string, ready: string): Promise<void> {
  await tab(page, lang, key).click();
  await page.getByRole("tabpanel").getByText(ready, { exact: false }).first().waitFor();
  // Only the chosen view is shown.
  expect(await page.getByRole("tabpanel").count()).toBe(1);
  await page.mouse.move(WIDTH - 1, HEIGHT - 1);
}

const CASES: { lang: Language; dark: boolean }[] = [
  { lang: "da", dark: false },
  { lang: "da", dark: true },
  { lang: "en", dark: false },
  { lang: "en", dark: true },
];

describe.each(CASES)("the pane at 320 × 600 ($lang, dark: $dark)", ({ lang, dark }) => {
  test("first screen, one primary per view, texts fit, axe clean in every view and the Drawer", async () => {
    const page = await openPane(suite.init, lang, dark);
    const month = formatMonth(suite.facts.settings.currentStatusDate!, lang);
    const heading = page.getByRole("heading", {
      name: t(lang, "taskpane.round.title", { month }),
      level: 1,
    });
    const refresh = button(page, lang, "taskpane.refresh.button");
    const close = button(page, lang, "rounds.pane.close", { round: month });
    await close.waitFor();
    const closeBefore = await pageTop(close);

    await refresh.click();
    await page
      .getByText(
        t(lang, "taskpane.round.refreshed", { time: "" })
          .replace(/\s*\.$/, "")
          .trim(),
        { exact: false }
      )
      .waitFor();
    await page
      .getByText(t(lang, "taskpane.summary.total", { count: suite.facts.summary.actions }), {
        exact: false,
      })
      .waitFor();
    await page.mouse.move(WIDTH - 1, HEIGHT - 1);
    await page.evaluate(() => window.scrollTo(0, 0));

    // Without scrolling: the round, Opdater oversigt and the tabs.
    expect(await onScreen(heading)).toBe(true);
    expect(await onScreen(refresh)).toBe(true);
    expect(await onScreen(page.getByRole("tablist"))).toBe(true);
    // The refresh did not push the steps down.
    expect(Math.abs((await pageTop(close)) - closeBefore)).toBeLessThanOrEqual(8);
    // The default view with the example.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1000);
    await page.screenshot({
      path: artifactPath(`pane-${lang}-${dark ? "dark" : "light"}-runde.png`),
      fullPage: true,
    });

    const primary = [t(lang, "taskpane.refresh.button")];
    expect(await visiblePrimaryButtons(page)).toEqual(primary);
    await expectTextsFit(page, "Runde");
    await expectNoSeriousAxe(page, "Runde");

    // The month picker, open in place: its selects' chosen options fit too.
    await button(page, lang, "taskpane.round.change").click();
    await page.getByRole("combobox", { name: t(lang, "taskpane.statusDate.month") }).waitFor();
    await expectTextsFit(page, "Skift måned");
    await expectNoSeriousAxe(page, "Skift måned");
    await button(page, lang, "taskpane.round.change").click();

    await showView(page, lang, "taskpane.view.history", t(lang, "rounds.pane.changesHeading"));
    // "nu (planen, som den er)" chosen in Til and Runde.
    expect(await page.getByRole("combobox", { name: t(lang, "rounds.pane.to") }).inputValue()).toBe(
      "now"
    );
    expect(await visiblePrimaryButtons(page)).toEqual(primary);
    await expectTextsFit(page, "Historik");
    await expectNoSeriousAxe(page, "Historik");
    const chart = page.getByRole("img", {
      name: new RegExp(
        `^${t(lang, "rounds.pane.trendAlt", { focusArea: "", rounds: "" }).split(":")[0]}`
      ),
    });
    expect(await chart.count()).toBe(1);
    expect((await chart.boundingBox())!.height).toBeLessThanOrEqual(160);
    await page.screenshot({
      path: artifactPath(`pane-${lang}-${dark ? "dark" : "light"}-historik.png`),
      fullPage: true,
    });

    await showView(page, lang, "taskpane.view.problems", "");
    expect(await visiblePrimaryButtons(page)).toEqual(primary);
    await expectTextsFit(page, "Problemer");
    await expectNoSeriousAxe(page, "Problemer");

    await button(page, lang, "taskpane.settings.button").click();
    const drawer = page.getByRole("dialog", { name: t(lang, "taskpane.settings.title") });
    await drawer.getByRole("switch", { name: t(lang, "taskpane.auto.label") }).waitFor();
    await drawer.getByText(t(lang, "taskpane.settings.shared")).waitFor();
    await page.waitForTimeout(300);
    expect(await visiblePrimaryButtons(page, "[role=dialog]")).toEqual([]);
    await expectTextsFit(page, "Indstillinger");
    await expectNoSeriousAxe(page, "Indstillinger");
    await page.screenshot({
      path: artifactPath(`pane-${lang}-${dark ? "dark" : "light"}-indstillinger.png`),
    });
  });
});

describe("a part of the Runde view that arrives late", () => {
  test("Bed om status's panel, held back, does not move Luk statusrunden when it arrives", async () => {
    const addin = await newAddinContext(suite.browser, suite.server.url, {
      setup: pageSetup(suite.init, "da-DK"),
      width: WIDTH,
      height: HEIGHT,
    });
    suite.contexts.push(addin);
    const page = await addin.context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/requests\.[0-9a-f]{8}\.js$/, async (route) => {
      requested = true;
      await held;
      await route.continue();
    });
    await page.goto(`${suite.server.url}taskpane.html`);
    const month = formatMonth(suite.facts.settings.currentStatusDate!, "da");
    const close = button(page, "da", "rounds.pane.close", { round: month });
    await close.waitFor();
    // The panel's chunk is asked for and held: its placeholder stands in its place.
    await button(page, "da", "requests.step.loading").waitFor();
    expect(requested).toBe(true);
    const before = await pageTop(close);

    release();
    await button(page, "da", "requests.pane.show").waitFor();
    expect(await button(page, "da", "requests.step.loading").count()).toBe(0);
    expect(Math.abs((await pageTop(close)) - before)).toBeLessThanOrEqual(1);
  });
});

describe("the keyboard", () => {
  test("Tab reaches Opdater oversigt within 3 stops; the tabs move with the arrow keys", async () => {
    const page = await openPane(suite.init, "da");
    const refresh = button(page, "da", "taskpane.refresh.button");
    await refresh.waitFor();
    await button(page, "da", "taskpane.formatting.button").waitFor();
    let stops = 0;
    while (stops < 3) {
      await page.keyboard.press("Tab");
      stops++;
      if (await refresh.evaluate((el) => el === document.activeElement)) break;
    }
    expect(await refresh.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(stops).toBeLessThanOrEqual(3);

    // The next stop is the tab list, on its selected tab; arrows move along it.
    await page.keyboard.press("Tab");
    const runde = tab(page, "da", "taskpane.view.round");
    const historik = tab(page, "da", "taskpane.view.history");
    expect(await runde.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowRight");
    expect(await historik.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await historik.getAttribute("aria-selected")).toBe("true");
    await page.getByRole("heading", { name: t("da", "rounds.pane.changesHeading") }).waitFor();
    await page.keyboard.press("ArrowLeft");
    expect(await runde.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  test("the Drawer keeps the focus inside and gives it back on Esc", async () => {
    const page = await openPane(suite.init, "da");
    const settings = button(page, "da", "taskpane.settings.button");
    await settings.click();
    const drawer = page.getByRole("dialog", { name: t("da", "taskpane.settings.title") });
    await drawer.getByRole("switch", { name: t("da", "taskpane.auto.label") }).waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
    await page.waitForFunction(
      (label) => (document.activeElement as HTMLElement | null)?.textContent?.trim() === label,
      t("da", "taskpane.settings.button")
    );
  });
});

describe("an empty workbook", () => {
  test.each(["da", "en"] as const)(
    "first run (%s): one primary button, no month picker, no refresh, no visible file input",
    async (lang) => {
      const page = await openPane({}, lang);
      await button(page, lang, "taskpane.createPlan.button").waitFor();
      await button(page, lang, "word.import.button").waitFor();
      await page.mouse.move(WIDTH - 1, HEIGHT - 1);
      expect(await visiblePrimaryButtons(page)).toEqual([t(lang, "taskpane.createPlan.button")]);
      expect(await page.getByRole("combobox").count()).toBe(0);
      expect(await button(page, lang, "taskpane.refresh.button").count()).toBe(0);
      expect(await button(page, lang, "taskpane.round.change").count()).toBe(0);
      expect(await page.locator("input[type=file]").count()).toBe(1);
      expect(await page.locator("input[type=file]").isVisible()).toBe(false);
      await expectTextsFit(page, "first run");
      await expectNoSeriousAxe(page, "first run");
      await page.screenshot({ path: artifactPath(`pane-${lang}-first-run.png`), fullPage: true });
    }
  );
});

describe("the start", () => {
  test("the pane's script and the Excel adapter's chunk are requested while office.js loads", async () => {
    const addin = await newAddinContext(suite.browser, suite.server.url, {
      setup: pageSetup(suite.init, "da-DK"),
    });
    suite.contexts.push(addin);
    const page = await addin.context.newPage();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const seen = (chunk: string) =>
      requested.some((path) => new RegExp(`^/${chunk}\\.[0-9a-f]{8}\\.js$`).test(path));
    let beforeOffice: string[] = [];
    // office.js is held back until both are requested (at most 20 s): they must not wait for it.
    await page.route(OFFICE_JS_URL, async (route) => {
      for (let i = 0; i < 400 && !(seen("taskpane") && seen("excel")); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      beforeOffice = [...requested];
      await route.fulfill({
        contentType: "text/javascript; charset=utf-8",
        body: fakeOfficeScript(),
      });
    });
    await page.goto(`${suite.server.url}taskpane.html`);
    const refresh = button(page, "da", "taskpane.refresh.button");
    await refresh.waitFor();
    await page.waitForFunction(
      (label) =>
        [...document.querySelectorAll("button")].some(
          (b) => b.textContent?.trim() === label && !b.disabled
        ),
      t("da", "taskpane.refresh.button")
    );
    const chunks = beforeOffice.map((path) => path.replace(/^\/|\.[0-9a-f]{8}\.js$/g, ""));
    expect(chunks).toEqual(expect.arrayContaining(["taskpane", "excel"]));
    // The state was read: the round is named.
    const month = formatMonth(suite.facts.settings.currentStatusDate!, "da");
    await page.getByRole("heading", { name: t("da", "taskpane.round.title", { month }) }).waitFor();
  });
});
