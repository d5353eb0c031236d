// applyStatusFormattingToWorkbook: the same validation, rule and symbols as in Excel, written
// into a real .xlsx and read back; idempotent; user rules kept.

import type ExcelJS from "exceljs";
import { currentRoundFormula, STATUS_LIST_SOURCE } from "../../src/core/statusFormatting";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { applyStatusFormattingToWorkbook } from "../../src/xlsx/statusFormatting";
import { reload, smallPlan, smallSettings } from "./support";

type CfEntry = {
  ref: string;
  rules: {
    type: string;
    formulae?: string[];
    style?: { font?: { bold?: boolean; color?: { argb?: string } } };
  }[];
};
const cfs = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { conditionalFormattings: CfEntry[] }).conditionalFormattings;
const OUR_FORMULA = currentRoundFormula(5, 2).slice(1);

function planWithVariants(): ExcelJS.Workbook {
  const rows = smallPlan();
  rows[0].status = "delvis";
  rows[2].status = "v";
  rows[3].status = "måske";
  return createPlanWorkbook(rows, smallSettings());
}

/** Dates as Excel serials: a reloaded date-formatted number comes back as a Date. */
const comparable = (value: unknown): unknown =>
  value instanceof Date ? (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : value;

function statusValues(sheet: ExcelJS.Worksheet, count: number): unknown[] {
  return Array.from({ length: count }, (_, i) => sheet.getRow(i + 2).getCell(4).value);
}

describe("applyStatusFormattingToWorkbook", () => {
  test("validation, the current-round rule, canonical symbols and month format, in the saved file", async () => {
    const workbook = planWithVariants();
    const plan = workbook.getWorksheet("Plan")!;
    const before = plan.getSheetValues().map((row) => (Array.isArray(row) ? [...row] : row));
    const outcome = applyStatusFormattingToWorkbook(workbook);
    expect(outcome.symbolsChanged).toBe(2);
    expect(outcome.diagnostics.map((d) => d.code)).toContain("core.diag.unknownStatus");

    const saved = (await reload(workbook)).getWorksheet("Plan")!;
    const n = smallPlan().length;
    expect(statusValues(saved, n)).toEqual(["(√)", null, "√", "måske"]);
    // Column ID is added and filled (ExcelJS columns are 1-based: ID is column 7).
    expect(outcome.idsFilled).toBe(n);
    expect(saved.getCell(1, 7).value).toBe("ID");
    expect(saved.getCell(2, 7).value).toBe("H-001");
    // Nothing else in the plan changed.
    saved.getSheetValues().forEach((row, r) => {
      if (!Array.isArray(row)) return;
      row.forEach((value, c) => {
        if (c === 7) return;
        if (c === 4 && (r === 2 || r === 4)) return;
        const original = (before[r] as unknown[])[c];
        expect(comparable(value)).toEqual(comparable(original));
      });
    });

    for (let r = 2; r <= n + 1; r++) {
      const validation = saved.getRow(r).getCell(4).dataValidation;
      expect(validation).toMatchObject({
        type: "list",
        formulae: [`"${STATUS_LIST_SOURCE}"`],
        showInputMessage: true,
        promptTitle: "Status",
      });
      expect(saved.getRow(r).getCell(6).numFmt).toBe("mmmm yyyy");
    }
    const rules = cfs(saved);
    expect(rules).toHaveLength(1);
    expect(rules[0].ref).toBe(`D2:E${n + 1}`);
    expect(rules[0].rules[0].type).toBe("expression");
    expect(rules[0].rules[0].formulae).toEqual([OUR_FORMULA]);
    expect(rules[0].rules[0].style?.font).toMatchObject({
      bold: true,
      color: { argb: "FFC00000" },
    });
  });

  test("twice, across a save: one rule, one validation per cell, and the user's own rule kept", async () => {
    const workbook = planWithVariants();
    workbook.getWorksheet("Plan")!.addConditionalFormatting({
      ref: "D2:D5",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ['$D2="%"'],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } },
        },
      ],
    });
    applyStatusFormattingToWorkbook(workbook);
    const again = await reload(workbook);
    const second = applyStatusFormattingToWorkbook(again);
    expect(second.symbolsChanged).toBe(0);
    const saved = (await reload(again)).getWorksheet("Plan")!;
    const formulas = cfs(saved).flatMap((e) => e.rules.map((rule) => rule.formulae?.[0]));
    expect(formulas.filter((f) => f === OUR_FORMULA)).toHaveLength(1);
    expect(formulas).toContain('$D2="%"');
    const validations = (
      saved as unknown as { dataValidations: { model: Record<string, unknown> } }
    ).dataValidations.model;
    expect(
      Object.keys(validations)
        .filter((k) => validations[k])
        .sort()
    ).toEqual(["D2", "D3", "D4", "D5"]);
  });

  test("a workbook without a plan: nothing changes, the no-plan message", () => {
    const workbook = createPlanWorkbook([], smallSettings());
    workbook.removeWorksheet(workbook.getWorksheet("Plan")!.id);
    const outcome = applyStatusFormattingToWorkbook(workbook);
    expect(outcome.symbolsChanged).toBe(0);
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(["excel.error.noPlan"]);
  });
});

describe("applyStatusFormattingToWorkbook on a workbook read from a file", () => {
  test("formats Statusdato without changing other cells that shared its style in the file", async () => {
    const rows = smallPlan();
    const created = createPlanWorkbook(rows, smallSettings());
    const plan = created.getWorksheet("Plan")!;
    // One style object on an empty Statusdato cell and on a number in the user's own column:
    // the file stores it once, and ExcelJS hands both cells the same object when it reads.
    const shared = { numFmt: "0.00" };
    plan.getCell("F3").value = null;
    plan.getCell("F3").style = shared;
    plan.getCell("H3").value = 12.5;
    plan.getCell("H3").style = shared;
    const workbook = await reload(created);

    applyStatusFormattingToWorkbook(workbook);
    const saved = (await reload(workbook)).getWorksheet("Plan")!;
    expect(saved.getCell("F3").numFmt).toBe("mmmm yyyy");
    expect(saved.getCell("H3").numFmt).toBe("0.00");
  });

  test("keeps one validation range for Status after repeated runs and saves", async () => {
    let workbook = await reload(planWithVariants());
    applyStatusFormattingToWorkbook(workbook);
    workbook = await reload(workbook);
    applyStatusFormattingToWorkbook(workbook);
    const sheet = (await reload(workbook)).getWorksheet("Plan")!;
    const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
      .dataValidations.model;
    // Read back, ExcelJS lists a range validation once per cell: exactly the Status body cells.
    const n = smallPlan().length;
    expect(Object.keys(model).sort()).toEqual(
      Array.from({ length: n }, (_, i) => `D${i + 2}`).sort()
    );
    expect(sheet.getCell("D2").dataValidation?.formulae).toEqual([`"${STATUS_LIST_SOURCE}"`]);
  });
});

test("a user's own validation in the Status column below the table is kept", async () => {
  const workbook = createPlanWorkbook(smallPlan(), smallSettings());
  const plan = workbook.getWorksheet("Plan")!;
  const below = `D${smallPlan().length + 5}`;
  plan.getCell(below).dataValidation = {
    type: "whole",
    operator: "between",
    allowBlank: true,
    formulae: [1, 10],
  };
  applyStatusFormattingToWorkbook(workbook);
  const saved = (await reload(workbook)).getWorksheet("Plan")!;
  expect(saved.getCell(below).dataValidation).toMatchObject({ type: "whole", formulae: [1, 10] });
  expect(saved.getCell("D2").dataValidation).toMatchObject({ type: "list" });
});
