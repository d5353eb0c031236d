// applyStatusFormatting through the Office adapter: validation, the current-round rule,
// canonical symbols written back (only those cells), month format, idempotence.

import { UserFacingError } from "../../src/core/operations";
import { PLAN_SHEET } from "../../src/core/port";
import { STATUS_LIST_SOURCE } from "../../src/core/statusFormatting";
import { generatedPlanRows } from "../support/generatedPlan";
import { harness, planInit } from "./support";

const FORMULA = '=AND($F2<>"",YEAR($F2)=YEAR(AktuelStatusdato),MONTH($F2)=MONTH(AktuelStatusdato))';

function planWithVariants() {
  const rows = generatedPlanRows(8);
  rows[0][3] = "v";
  rows[1][3] = "delvis";
  rows[2][3] = "ikke gennemført";
  rows[3][3] = "√";
  rows[4][3] = "måske";
  return rows;
}

describe("applyStatusFormatting in Excel", () => {
  test("rewrites only the typed variants, adds validation, the rule and the month format", async () => {
    const { host, ops } = harness(planInit(planWithVariants()));
    const before = host.dump(PLAN_SHEET);
    const syncs = host.stats.syncs;
    const outcome = await ops.applyStatusFormatting();
    expect(host.stats.syncs - syncs).toBe(2); // read, write (no earlier custom rules to identify)
    expect(outcome.symbolsChanged).toBe(3);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("core.diag.unknownStatus");

    const after = host.dump(PLAN_SHEET);
    const changed: string[] = [];
    after.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== before.values[r][c]) changed.push(`${r}:${c}:${String(value)}`);
      })
    );
    // The symbols, and column ID (managed: added right of the table, every action's ID filled).
    expect(changed.sort()).toEqual([
      "0:6:ID",
      "1:3:√",
      "1:6:H-001",
      "2:3:(√)",
      "2:6:H-002",
      "3:3:%",
      "3:6:H-003",
      "4:6:H-004",
      "5:6:H-005",
      "6:6:H-006",
      "7:6:H-007",
      "8:6:H-008",
    ]);
    expect(outcome.idsFilled).toBe(8);
    expect(after.tables.find((t) => t.name === "Handlinger")?.columns.slice(-1)).toEqual(["ID"]);
    // Formats of the plan's own columns: only Statusdato's number format changed (IDs are text).
    expect(after.formats.map((row) => row.slice(0, 6))).toEqual(before.formats);
    after.numberFormats.forEach((row, r) =>
      row.forEach((format, c) => {
        if (c === 6) expect(format).toBe(r > 0 ? "@" : "General");
        else if (c === 5 && r > 0) expect(format).toBe("mmmm yyyy");
        else expect(format).toBe(before.numberFormats[r][c]);
      })
    );

    expect(after.conditionalFormats).toHaveLength(1);
    const rule = after.conditionalFormats[0];
    expect(rule.type).toBe("Custom");
    expect(rule.address).toBe("D2:E9");
    expect(rule.formula).toBe(FORMULA);
    expect(rule.format.font).toMatchObject({ color: "#C00000", bold: true });

    expect(after.dataValidation).toHaveLength(1);
    const validation = after.dataValidation[0];
    expect(validation.address).toBe("D2:D9");
    expect(validation.rule).toEqual({ list: { inCellDropDown: true, source: STATUS_LIST_SOURCE } });
    expect(validation.prompt).toMatchObject({ showPrompt: true, title: "Status" });
    expect(validation.errorAlert).toMatchObject({ showAlert: false });
  });

  test("running it twice leaves one rule and one validation, and keeps the user's own rule", async () => {
    const { host, ops } = harness(planInit(planWithVariants()));
    // A user's own rule on the Status column, made before.
    await host.Excel.run(async (context: Excel.RequestContext) => {
      const cf = context.workbook.worksheets
        .getItem(PLAN_SHEET)
        .getRange("D2:D9")
        .conditionalFormats.add("Custom");
      cf.custom.rule.formula = '=$D2="%"';
      cf.custom.format.fill.color = "#FFFF00";
      await context.sync();
    });
    await ops.applyStatusFormatting();
    const first = host.dump(PLAN_SHEET);
    const syncs = host.stats.syncs;
    const second = await ops.applyStatusFormatting();
    expect(host.stats.syncs - syncs).toBe(3); // read, identify custom rules, write
    expect(second.symbolsChanged).toBe(0);
    const dump = host.dump(PLAN_SHEET);
    expect(dump.values).toEqual(first.values);
    const ours = dump.conditionalFormats.filter((cf) => cf.formula === FORMULA);
    expect(ours).toHaveLength(1);
    expect(dump.conditionalFormats.map((cf) => cf.formula).sort()).toEqual(
      [FORMULA, '=$D2="%"'].sort()
    );
    expect(dump.dataValidation).toHaveLength(1);
  });

  test("the rule uses the marking colour from the settings", async () => {
    const init = planInit(generatedPlanRows(3));
    const settings = init.sheets!.find((s) => s.name === "Indstillinger")!;
    const colourRow = settings.cells!.find((row) => row[0] === "Markeringsfarve")!;
    colourRow[1] = "#0070C0";
    const { host, ops } = harness(init);
    await ops.applyStatusFormatting();
    expect(host.dump(PLAN_SHEET).conditionalFormats[0].format.font).toMatchObject({
      color: "#0070C0",
      bold: true,
    });
  });

  test("a protected plan sheet gives the protection message naming it", async () => {
    const { ops } = harness(planInit(planWithVariants(), { protectPlan: true }));
    const error = await ops.applyStatusFormatting().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).key).toBe("excel.error.sheetProtected");
    expect((error as UserFacingError).params.sheet).toBe(PLAN_SHEET);
  });

  test("without the name AktuelStatusdato it still formats, and says the marking needs it", async () => {
    const { host, ops } = harness(planInit(planWithVariants(), { statusDate: null }));
    const outcome = await ops.applyStatusFormatting();
    expect(outcome.diagnostics.map((d) => d.code)).toContain(
      "excel.statusFormatting.noStatusDateName"
    );
    expect(host.dump(PLAN_SHEET).conditionalFormats).toHaveLength(1);
  });

  test("a plan without a table (sheet Plan only): same result, still idempotent", async () => {
    const { host, ops } = harness(planInit(planWithVariants(), { noTable: true }));
    const first = await ops.applyStatusFormatting();
    expect(first.symbolsChanged).toBe(3);
    await ops.applyStatusFormatting();
    const dump = host.dump(PLAN_SHEET);
    expect(dump.conditionalFormats.map((cf) => [cf.address, cf.formula])).toEqual([
      ["D2:E9", FORMULA],
    ]);
    expect(dump.dataValidation).toHaveLength(1);
    expect(dump.values[1][3]).toBe("√");
  });
});
