// Adapter fixes that Microsoft's Office.js client and the server's documented rules expose:
// focus loss in activate/select, the full calculation after a new status date, the order of
// name and rule in "Opret plan", conditional-format ids that are priorities, an unreadable
// rule collection, format-only edits, and a name pointing at a deleted sheet.

import {
  CURRENT_STATUS_DATE_NAME,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  SETTINGS_SHEET,
} from "../../src/core/port";
import type { StatusEdit } from "../../src/core/operations";
import { generatedPlanRows } from "../support/generatedPlan";
import { DEC_2019_SERIAL, harness, planInit } from "./support";

const FORMULA = '=AND($F2<>"",YEAR($F2)=YEAR(AktuelStatusdato),MONTH($F2)=MONTH(AktuelStatusdato))';
const SEP_2019_SERIAL = 43709;

describe("focus: activate/select are best effort", () => {
  test("a refresh whose activate() fails (another workbook has focus) still succeeds", async () => {
    const { host, ops } = harness(planInit(generatedPlanRows(6)));
    host.server.focusLost = true;
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(true);
    expect(host.server.focusLost).toBe(false); // the activate() did fail on the server
    expect(host.dump(OVERVIEW_SHEET).values.flat()).toContain("Statusoversigt");
  });

  test("Opret plan whose activate()/select() fails still creates the plan", async () => {
    const { host, ops } = harness({ sheets: [{ name: "Ark1" }] });
    host.server.focusLost = true;
    await ops.createPlan();
    expect(host.server.focusLost).toBe(false);
    expect(host.sheetNames()).toEqual(["Ark1", PLAN_SHEET, SETTINGS_SHEET]);
  });
});

test("a new status date queues a full calculation in the same write (office-js #5299, #1157)", async () => {
  const { host, ops } = harness(planInit(generatedPlanRows(3)));
  const syncs = host.stats.syncs;
  await ops.setCurrentStatusDate({ year: 2020, month: 3 });
  expect(host.calculations).toEqual(["Full"]);
  expect(host.stats.syncs - syncs).toBe(2);
});

test("Opret plan creates AktuelStatusdato before the rule that reads it (on the wire)", async () => {
  const { host, ops } = harness({ sheets: [{ name: "Ark1" }] });
  await ops.createPlan();
  const write = host.server.exchanges.map((e) => e.request).find((r) => r.includes('"Formula"'));
  expect(write).toBeDefined();
  const body = JSON.parse(write!) as {
    Actions: { ActionType: number; Name: string; ObjectPathId: number }[];
    ObjectPaths: Record<string, { Name: string; ArgumentInfo?: { Arguments?: unknown[] } }>;
  };
  // names.add(...) is an object path (it returns the NamedItem), instantiated by an action.
  const namePath = Object.entries(body.ObjectPaths).find(
    ([, p]) => p.Name === "Add" && p.ArgumentInfo?.Arguments?.[0] === CURRENT_STATUS_DATE_NAME
  )?.[0];
  expect(namePath).toBeDefined();
  const nameAdded = body.Actions.findIndex((a) => String(a.ObjectPathId) === namePath);
  const ruleFormula = body.Actions.findIndex((a) => a.ActionType === 4 && a.Name === "Formula");
  expect(nameAdded).toBeGreaterThanOrEqual(0);
  expect(ruleFormula).toBeGreaterThan(nameAdded);
});

describe("conditional formats: ids are priorities (office-js #5222, #6827)", () => {
  /** Two rules of ours with a user's rule between them: priorities 0 (ours), 1 (user), 2 (ours). */
  async function withRules() {
    const h = harness(planInit(generatedPlanRows(4)));
    const Excel = h.host.Excel as typeof globalThis.Excel;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(PLAN_SHEET).getRange("D2:E5");
      const add = (formula: string) => {
        const rule = range.conditionalFormats.add("Custom");
        rule.custom.rule.formula = formula;
        rule.custom.format.font.color = "#C00000";
      };
      add(FORMULA);
      add('=$D2="%"'); // the user's rule
      add(FORMULA);
      await context.sync();
    });
    return h;
  }

  test("re-applying deletes exactly our two rules and keeps the user's", async () => {
    const { host, ops } = await withRules();
    expect(host.dump(PLAN_SHEET).conditionalFormats.map((cf) => cf.formula)).toEqual([
      FORMULA,
      '=$D2="%"',
      FORMULA,
    ]);
    await ops.applyStatusFormatting();
    const formulas = host.dump(PLAN_SHEET).conditionalFormats.map((cf) => cf.formula);
    expect(formulas.sort()).toEqual([FORMULA, '=$D2="%"'].sort());
  });

  test("when the rules cannot be read, the rule is added and a warning says so", async () => {
    const { host, ops } = await withRules();
    host.server.failNext("ConditionalFormatRule", "GeneralException");
    const outcome = await ops.applyStatusFormatting();
    expect(outcome.diagnostics.map((d) => d.code)).toContain(
      "excel.statusFormatting.previousRulesUnread"
    );
    const formulas = host.dump(PLAN_SHEET).conditionalFormats.map((cf) => cf.formula);
    expect(formulas.filter((f) => f === FORMULA)).toHaveLength(3);
    expect(formulas).toContain('=$D2="%"');
  });
});

describe("the automatic status date ignores format-only edits", () => {
  function setup() {
    const h = harness(planInit(generatedPlanRows(9)));
    const edits: StatusEdit[] = [];
    return { ...h, edits, onEdit: (edit: StatusEdit) => edits.push(edit) };
  }
  const statusDate = (host: ReturnType<typeof setup>["host"], row: number) =>
    host.dump(PLAN_SHEET).values[row - 1][5];

  test("bolding one Status cell does not date its row (details: same value before and after)", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    await host.simulateUserFormat(PLAN_SHEET, "D3", { bold: true });
    expect(statusDate(host, 3)).toBe(SEP_2019_SERIAL);
    expect(edits).toEqual([]);
  });

  test("colouring an area dates nothing; a value edit in that area afterwards dates only its row", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    const dates = () => [3, 4, 5, 6].map((r) => statusDate(host, r));
    const before = dates();
    await host.simulateUserFormat(PLAN_SHEET, "D3:E6", { color: "#0070C0" });
    expect(dates()).toEqual(before);
    expect(edits).toEqual([]);
    // Row 3 typed again as it was, row 4 changed: only row 4 is dated.
    const row3 = host.dump(PLAN_SHEET).values[2].slice(3, 5).map(String);
    await host.simulateUserEdit(PLAN_SHEET, "D3:E4", [row3, ["√", "ny note"]]);
    expect(statusDate(host, 3)).toBe(SEP_2019_SERIAL);
    expect(statusDate(host, 4)).toBe(DEC_2019_SERIAL);
    expect(edits).toEqual([{ rows: [4] }]);
  });

  test("empty rows added since the watch began: colouring them dates nothing", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    await host.appendTableRows("Handlinger", [
      ["Erhverv", "Ny indsats", "Ny handling", "", "", ""],
      ["Erhverv", "Ny indsats", "Endnu en", "", "", ""],
    ]);
    edits.length = 0;
    await host.simulateUserFormat(PLAN_SHEET, "D11:E12", { color: "#0070C0" });
    expect([11, 12].map((r) => statusDate(host, r))).toEqual(["", ""]);
    expect(edits).toEqual([]);
  });
});

test("a name AktuelStatusdato pointing at a deleted sheet (#REF!) gives a clear message", async () => {
  const { host, ops } = harness(planInit(generatedPlanRows(3)));
  await (host.Excel as typeof globalThis.Excel).run(async (context) => {
    context.workbook.worksheets.getItem(SETTINGS_SHEET).delete();
    await context.sync();
  });
  const outcome = await ops.refreshOverview();
  expect(outcome.diagnostics.map((d) => d.code)).toContain("core.diag.statusDateNameBroken");
  const formatting = await ops.applyStatusFormatting();
  expect(formatting.diagnostics.map((d) => d.code)).toContain("core.diag.statusDateNameBroken");
});
