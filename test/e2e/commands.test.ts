// End to end in a real browser: the ribbon's function file (dist/commands.html) with the fake
// Office.js. Office calls the function associated with "refreshOverview" with an event; the
// command must refresh the overview, or show a dialog when it cannot, and always call
// event.completed().

import type { Page } from "playwright-core";
import { OVERVIEW_SHEET } from "../../src/core/port";
import { REFRESH_FUNCTION } from "../../src/commands/register";
import { t } from "../../src/i18n";
import type { FakeWorkbookInit } from "../fake-excel";
import { fake, newAddinContext, type AddinContext } from "./support/browser";
import { pageSetup, withPlanCell } from "./support/example";
import { useAddinSuite } from "./support/suite";

jest.setTimeout(60_000);

const suite = useAddinSuite();

async function openFunctionFile(
  workbook: FakeWorkbookInit
): Promise<{ page: Page; addin: AddinContext }> {
  const addin = await newAddinContext(suite.browser, suite.server.url, {
    setup: pageSetup(workbook),
  });
  suite.contexts.push(addin);
  const page = await addin.context.newPage();
  await page.goto(`${suite.server.url}commands.html`);
  await page.waitForFunction(
    (id) =>
      (window as unknown as { __fake: { actionIds(): string[] } }).__fake.actionIds().includes(id),
    REFRESH_FUNCTION
  );
  return { page, addin };
}

/**
 * Calls the associated function with a fake event, as Office does; resolves with how often
 * event.completed() was called once `settle` (run after the call started) has finished.
 */
function invoke(
  page: Page,
  settle = "none"
): Promise<{ completed: number; sameAsGlobal: boolean }> {
  return page.evaluate(
    async ([id, how]) => {
      const w = window as unknown as Record<string, unknown> & {
        __fake: {
          associated(id: string): (event: unknown) => unknown;
          dialogs: { url: string; shown: boolean }[];
          closeDialog(index: number, how: string): void;
        };
      };
      const fn = w.__fake.associated(id);
      let completed = 0;
      let resolveDone: () => void = () => undefined;
      const done = new Promise<void>((resolve) => (resolveDone = resolve));
      void fn({
        completed: () => {
          completed += 1;
          resolveDone();
        },
        source: { id },
      });
      // Bounded waits: a command that never opens its dialog or never completes fails here,
      // saying which, instead of running into the test's timeout.
      const within = <T>(promise: Promise<T>, what: string) =>
        Promise.race([
          promise,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error(`${what} within 20 s`)), 20_000)
          ),
        ]);
      if (how === "closeDialog") {
        // Wait for the command's dialog to be shown (its handlers registered), then press OK.
        await within(
          (async () => {
            while (!w.__fake.dialogs[0]?.shown) await new Promise((r) => setTimeout(r, 10));
          })(),
          "no dialog shown"
        );
        if (completed !== 0) throw new Error("completed before the dialog was closed");
        w.__fake.closeDialog(0, "message");
      }
      await within(done, "event.completed() not called");
      await new Promise((r) => setTimeout(r, 50)); // a second completed() would show by now
      return { completed, sameAsGlobal: w[id] === fn };
    },
    [REFRESH_FUNCTION, settle] as const
  );
}

test("the ribbon's refreshOverview writes the overview in two syncs and completes the event", async () => {
  const { page, addin } = await openFunctionFile(suite.init);
  expect(await fake(page, "sheetNames")).not.toContain(OVERVIEW_SHEET);
  const result = await invoke(page);
  expect(result).toEqual({ completed: 1, sameAsGlobal: true });
  const overview = await fake(page, "dump", OVERVIEW_SHEET);
  expect(overview.values[0][0]).toBe(suite.facts.settings.title);
  const names = suite.facts.summary.focusAreas.map((a) => a.focusArea);
  expect(overview.values.some((row) => names.every((n) => row.includes(n)))).toBe(true);
  expect((await fake(page, "stats")).syncs).toBe(2);
  expect(await fake(page, "dialogs")).toEqual([]);
  expect(addin.blocked).toEqual([]);
  expect(addin.pageErrors).toEqual([]);
});

test("without a plan the command explains in a dialog, and completes when it is closed", async () => {
  const { page, addin } = await openFunctionFile({ sheets: [{ name: "Ark1" }] });
  const result = await invoke(page, "closeDialog");
  expect(result.completed).toBe(1);
  expect(await fake(page, "sheetNames")).toEqual(["Ark1"]);
  const [dialog, ...more] = await fake(page, "dialogs");
  expect(more).toEqual([]);
  expect(dialog.closed).toBe(true);
  expect(dialog.url.startsWith(`${suite.server.url}message.html?m=`)).toBe(true);

  // The dialog page shows the message as text and answers OK to the function file.
  const message = await addin.context.newPage();
  await message.goto(dialog.url);
  await message.getByRole("heading", { name: t("da", "taskpane.command.failedTitle") }).waitFor();
  await message.getByText(t("da", "taskpane.command.openPane")).waitFor();
  await message.getByRole("button", { name: t("da", "taskpane.command.ok") }).click();
  expect(await fake(message, "parentMessages")).toEqual(["close"]);
  expect(addin.pageErrors).toEqual([]);
});

test("after a failed refresh the pane opens on Problemer, as the dialog says", async () => {
  // Column Status renamed: the plan cannot be read, so nothing is written.
  const broken = withPlanCell(suite.init, suite.facts, suite.facts.headerRow, "Status", "Tilstand");
  const { page, addin } = await openFunctionFile(broken);
  const result = await invoke(page, "closeDialog");
  expect(result.completed).toBe(1);
  expect(await fake(page, "sheetNames")).not.toContain(OVERVIEW_SHEET);

  const pane = await addin.context.newPage();
  await pane.goto(`${suite.server.url}taskpane.html`);
  const problems = pane.getByRole("tab", {
    name: new RegExp(`^${t("da", "taskpane.view.problems")}`),
  });
  await problems.waitFor();
  expect(await problems.getAttribute("aria-selected")).toBe("true");
  await pane.getByText(t("da", "taskpane.problems.notYet")).waitFor();
  // The request is used once: the next pane opens on the view the user chose.
  expect(await pane.evaluate(() => localStorage.getItem("statusoversigt.openView"))).toBeNull();
  expect(addin.pageErrors).toEqual([]);
});
