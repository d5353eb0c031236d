// End to end in headless Chromium: the production pane's rounds against the fake Office.js
// holding the Bycirklen example (its plan is December 2019, its history the closed September
// 2019 round). Closing a round (Runde, confirmed in a dialog), the round picker and the changes
// list (Historik), with axe.

import type { Page } from "playwright-core";
import { HISTORY_SHEET, OVERVIEW_SHEET, PLAN_SHEET } from "../../src/core/port";
import { t } from "../../src/i18n";
import type { SheetDump } from "../fake-excel";
import { artifactPath } from "./support/artifacts";
import { axeViolations, isSerious } from "./support/axe";
import { fake, newAddinContext } from "./support/browser";
import { pageSetup } from "./support/example";
import { useAddinSuite } from "./support/suite";

jest.setTimeout(90_000);

const suite = useAddinSuite();

const da = (key: string, params?: Record<string, string | number>) => t("da", key, params);

async function openPane(view: "round" | "history" = "round"): Promise<Page> {
  const { server, browser, init, contexts } = suite;
  const addin = await newAddinContext(browser, server.url, {
    setup: pageSetup(init, "da-DK"),
    width: 360,
  });
  contexts.push(addin);
  const page = await addin.context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  if (view === "history") {
    await page.getByRole("tab", { name: da("taskpane.view.history") }).click();
    await page.getByText(da("rounds.pane.closedRounds", { rounds: "september 2019" })).waitFor();
  } else {
    await page.getByRole("button", { name: da("taskpane.formatting.button") }).waitFor();
  }
  return page;
}

async function noSeriousViolations(page: Page): Promise<void> {
  // An opening dialog fades in: measure contrast once it is fully shown.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll(".fui-DialogSurface")).every(
      (el) => getComputedStyle(el).opacity === "1"
    )
  );
  const serious = (await axeViolations(page)).filter(isSerious);
  expect(serious).toEqual([]);
}

describe("the rounds in the pane", () => {
  test("the changes since September list December's entries; one selects its plan row", async () => {
    const page = await openPane("history");
    await page.getByRole("button", { name: da("rounds.pane.showChanges") }).click();
    const entries = page.getByRole("button", { name: /^H-0\d\d · / });
    await page.getByText(/4 ændringer fra september 2019 til nu/).waitFor();
    expect(await entries.count()).toBe(4);
    expect(await entries.nth(0).textContent()).toContain("H-001 · Frokost");
    await page.screenshot({ path: artifactPath("rounds-changes-360.png"), fullPage: true });
    await noSeriousViolations(page);
    // H-012, the sports delegation, is on plan row 13.
    await page.getByRole("button", { name: /^H-012 · .*Status:/ }).click();
    await page.waitForFunction((sheet) => {
      const handle = (window as unknown as { __fake: { dump(s: string): SheetDump } }).__fake;
      const plan = handle.dump(sheet);
      return plan.active && /^[A-Z]+13(:[A-Z]+13)?$/.test(plan.selection ?? "");
    }, PLAN_SHEET);
  });

  test("the round picker builds the overview as of September 2019", async () => {
    const page = await openPane("history");
    await page.getByRole("combobox", { name: da("rounds.pane.round") }).selectOption({
      label: "september 2019",
    });
    await page.getByRole("button", { name: da("rounds.pane.showOverview") }).click();
    await page.getByText(da("rounds.pane.overviewDone", { round: "september 2019" })).waitFor();
    const overview = await fake(page, "dump", OVERVIEW_SHEET);
    const texts = overview.values.flat().map(String);
    expect(texts).toContain(
      "Status for handlingerne september 2019 er markeret med rødt og fed skrift"
    );
    expect(texts.some((text) => text.includes("ambassadørskifte"))).toBe(false);
    await noSeriousViolations(page);
  });

  test("closing December, confirmed in a dialog, appends its 40 rows and offers the next round", async () => {
    const page = await openPane();
    const close = page.getByRole("button", {
      name: da("rounds.pane.close", { round: "december 2019" }),
    });
    await close.click();
    const question = page.getByRole("alertdialog", {
      name: da("taskpane.close.confirmTitle", { round: "december 2019" }),
    });
    await question.waitFor();
    // The question has focus, on its safe answer.
    await page.waitForFunction(
      (label) => (document.activeElement as HTMLElement | null)?.textContent === label,
      da("rounds.pane.cancel")
    );
    await noSeriousViolations(page);
    // Counted from here: the pane's start (its reads of the state and the rounds) is over, as
    // the close button is usable only once the rounds are read.
    const before = (await fake(page, "stats")).syncs;
    await question.getByRole("button", { name: da("taskpane.close.confirm") }).click();
    await page
      .getByText(da("rounds.pane.closed", { round: "december 2019", actions: 40, ids: 0 }))
      .waitFor();
    const history = await fake(page, "dump", HISTORY_SHEET);
    expect(history.tables[0].address).toBe("A1:J81");
    expect(history.values[80][1]).toBe("H-040");
    const syncs = (await fake(page, "stats")).syncs - before;
    await page.getByText(da("rounds.pane.offerNext")).waitFor();
    const start = page.getByRole("button", {
      name: da("taskpane.step.start", { round: "marts 2020" }),
    });
    await start.waitFor();
    await page.screenshot({ path: artifactPath("rounds-closed-360.png"), fullPage: true });
    await noSeriousViolations(page);
    // Closing again asks whether to replace the round.
    await close.click();
    const again = page.getByRole("alertdialog", { name: da("rounds.pane.confirmTitle") });
    await again.getByText(/står allerede i historikken/).waitFor();
    await page.waitForFunction(
      (label) => (document.activeElement as HTMLElement | null)?.textContent === label,
      da("rounds.pane.cancel")
    );
    await page.mouse.move(1, 1);
    await noSeriousViolations(page);
    await again.getByRole("button", { name: da("rounds.pane.cancel") }).click();
    await again.waitFor({ state: "detached" });
    // Closing (read + write) and reading the rounds again.
    expect(syncs).toBeLessThanOrEqual(5);

    // Starting the next round sets the current status date: the header follows.
    await start.click();
    await page
      .getByRole("heading", { name: da("taskpane.round.title", { month: "marts 2020" }) })
      .waitFor();
    await page.getByText(da("rounds.pane.nextStarted", { round: "marts 2020" })).waitFor();
  });
});
