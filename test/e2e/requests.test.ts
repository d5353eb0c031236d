// End to end in headless Chromium: the production pane's step *Bed om status* in the Runde view
// against the fake Office.js holding the Bycirklen example with a column Ansvarlig added. The
// list per owner and the unassigned, choosing an action selects its row, sending writes one
// mention comment per owner, the progress, Påmind as replies; in Danish and in English, axe-clean.

import type { Page } from "playwright-core";
import { PLAN_SHEET, PLAN_TABLE } from "../../src/core/port";
import { createExcelRequestOperations } from "../../src/excel/requests";
import { createWireExcel } from "../fake-excel/officeClient";
import { t, type Language } from "../../src/i18n";
import "../../src/core/requests/messages";
import da from "../../src/i18n/da/requestsPane.json";
import en from "../../src/i18n/en/requestsPane.json";
import daStep from "../../src/i18n/da/requestsStep.json";
import enStep from "../../src/i18n/en/requestsStep.json";
import { addMessages } from "../../src/i18n/translate";
import type { FakeWorkbookInit } from "../fake-excel";
import type { SheetDump } from "../fake-excel";
import { artifactPath } from "./support/artifacts";
import { axeViolations, isSerious } from "./support/axe";
import { fake, newAddinContext } from "./support/browser";
import { pageSetup } from "./support/example";
import { decodeInit, encodeInit } from "./support/pageSetup";
import { useAddinSuite } from "./support/suite";

addMessages({ da: { ...da, ...daStep }, en: { ...en, ...enStep } });
jest.setTimeout(120_000);

const suite = useAddinSuite();

const OWNERS = ["Mette Hansen <mette.hansen@kommune.dk>", "lars@wuxi.cn", "Ann Berg <ann@berg.dk>"];

/** The example with column Ansvarlig: three owners in turn, every fifth action unassigned. */
function withOwners(init: FakeWorkbookInit): FakeWorkbookInit {
  const copy = decodeInit(encodeInit(init));
  const table = copy.tables?.find((t) => t.name === PLAN_TABLE);
  const plan = copy.sheets?.find((s) => s.name === PLAN_SHEET);
  if (!table || !plan?.cells) throw new Error("the example has no table Handlinger");
  const [first, last] = table.address.split(":");
  const headerRow = Number(/\d+/.exec(first)![0]) - 1;
  const lastRow = Number(/\d+/.exec(last)![0]) - 1;
  const width = Math.max(...plan.cells.slice(headerRow, lastRow + 1).map((r) => r.length));
  const letter = (/^[A-Z]+/.exec(last)![0].charCodeAt(0) - 64) as number;
  const column = Math.max(width, letter);
  for (let r = headerRow; r <= lastRow; r++) {
    const row = plan.cells[r];
    while (row.length < column) row.push(null);
    const i = r - headerRow - 1;
    row[column] = r === headerRow ? "Ansvarlig" : i % 5 === 4 ? null : OWNERS[i % 3];
  }
  table.address = `${first}:${String.fromCharCode(65 + column)}${lastRow + 1}`;
  plan.numberFormats = { ...(plan.numberFormats ?? {}) };
  return copy;
}

/** What the add-in reads from that workbook in node (the same adapter over the same fake). */
async function expected(init: FakeWorkbookInit) {
  const host = createWireExcel(decodeInit(encodeInit(init)));
  const view = await createExcelRequestOperations(host.Excel, host.Office).getRequests();
  return view.list!;
}

async function openPane(lang: Language, init: FakeWorkbookInit): Promise<Page> {
  const { server, browser, contexts } = suite;
  const addin = await newAddinContext(browser, server.url, {
    setup: pageSetup(init, lang === "da" ? "da-DK" : "en-US"),
    width: 360,
  });
  contexts.push(addin);
  const page = await addin.context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole("heading", { name: t(lang, "requests.step.title") }).waitFor();
  return page;
}

async function noSeriousViolations(page: Page): Promise<void> {
  const serious = (await axeViolations(page)).filter(isSerious);
  expect(serious).toEqual([]);
}

describe.each(["da", "en"] as const)("Bed om status (%s)", (lang) => {
  const tr = (key: string, params?: Record<string, string | number>) => t(lang, key, params);

  test("list per owner, select a row, send one comment per owner, progress, remind", async () => {
    const init = withOwners(suite.init);
    const list = await expected(init);
    // Who has open actions follows from the example's statuses: two or three of the owners.
    const n = list.owners.length;
    expect(n).toBeGreaterThanOrEqual(2);
    const page = await openPane(lang, init);
    await page.getByRole("button", { name: tr("requests.pane.show") }).click();
    await page.getByText(tr("requests.pane.progress", { updated: 0, total: n })).waitFor();
    for (const owner of list.owners) {
      const name = owner.name ?? owner.email;
      const key = owner.actions.length === 1 ? "requests.pane.ownerOne" : "requests.pane.owner";
      await page
        .getByText(tr(key, { name, count: owner.actions.length }), { exact: true })
        .waitFor();
    }
    await page
      .getByRole("heading", {
        name: tr("requests.pane.unassigned", { count: list.unassigned.length }),
      })
      .waitFor();
    await page.screenshot({ path: artifactPath(`requests-list-${lang}-360.png`), fullPage: true });
    await noSeriousViolations(page);

    // Choosing an action selects its row in the plan.
    const action = list.owners[1].actions[0];
    await page
      .getByRole("button", { name: `${action.id} ${action.action}`, exact: true })
      .first()
      .click();
    await page.waitForFunction(
      ([sheet, row]) => {
        const handle = (window as unknown as { __fake: { dump(s: string): SheetDump } }).__fake;
        const plan = handle.dump(sheet as string);
        return new RegExp(`^[A-Z]+${row}$`).test(plan.selection ?? "");
      },
      [PLAN_SHEET, action.row] as const
    );

    await page.getByRole("button", { name: tr("requests.pane.send") }).click();
    await page.getByText(tr("requests.pane.sent", { count: n })).waitFor();
    const comments = await fake(page, "comments");
    expect(comments.map((c) => c.mentions)).toEqual(list.owners.map((o) => [o.email]));
    // Each on the Status cell of its owner's first action; the plan is Danish, so are they.
    expect(comments.map((c) => /\d+$/.exec(c.address ?? "")?.[0])).toEqual(
      list.owners.map((o) => String(o.actions[0].row))
    );
    expect(comments[0].content).toContain("Statusrunde december 2019");
    expect(await page.getByText(tr("requests.pane.asked"), { exact: true }).count()).toBe(n);

    await page.getByRole("button", { name: tr("requests.pane.remind") }).click();
    await page.getByText(tr("requests.pane.reminded", { count: n })).waitFor();
    expect((await fake(page, "comments")).map((c) => c.replies)).toEqual(list.owners.map(() => 1));
    await page.screenshot({ path: artifactPath(`requests-sent-${lang}-360.png`), fullPage: true });
    await noSeriousViolations(page);

    // Asking again adds nothing.
    await page.getByRole("button", { name: tr("requests.pane.send") }).click();
    await page
      .getByText(tr("requests.pane.alreadyAsked", { count: n }), { exact: false })
      .waitFor();
    expect(await fake(page, "comments")).toHaveLength(n);
  });
});
