/* eslint-disable office-addins/load-object-before-read -- strictness tests read properties on purpose. */
// Data validation (ExcelApi 1.8) and conditional formats (ExcelApi 1.6).
// Docs: "Add data validation to Excel ranges" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation),
// Excel.DataValidation (learn.microsoft.com/javascript/api/excel/excel.datavalidation),
// "Apply conditional formatting to Excel ranges" (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-conditional-formatting).

import { rejection, setup } from "./testkit";

const init = { sheets: [{ name: "Plan", cells: [["Status"], ["√"], ["x"], [""]] }] };

describe("data validation", () => {
  test("a list rule with prompt and error alert; readable back and in dump()", async () => {
    const { host, run } = setup(init);
    const r = await run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Plan").getRange("A2:A4").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "√,(√),%" } };
      dv.prompt = { showPrompt: true, title: "Status", message: "Vælg" };
      dv.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "Ukendt",
        message: "Brug √, (√) eller %",
      };
      dv.load("type, rule, prompt, errorAlert, ignoreBlanks");
      await context.sync();
      return dv.toJSON();
    });
    expect(r).toEqual({
      type: "List",
      rule: { list: { inCellDropDown: true, source: "√,(√),%" } },
      prompt: { showPrompt: true, title: "Status", message: "Vælg" },
      errorAlert: {
        showAlert: true,
        style: "Warning",
        title: "Ukendt",
        message: "Brug √, (√) eller %",
      },
      ignoreBlanks: true,
    });
    expect(host.dump("Plan").dataValidation).toEqual([
      expect.objectContaining({
        address: "A2:A4",
        rule: { list: { inCellDropDown: true, source: "√,(√),%" } },
      }),
    ]);
  });

  // "valid: true if all cell values are valid, false if all are invalid, null if both."
  test("valid is true, false or null", async () => {
    const { run } = setup(init);
    const r = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("A2:A4").dataValidation.rule = {
        list: { inCellDropDown: true, source: "√,(√),%" },
      };
      const a = ws.getRange("A2").dataValidation.load("valid");
      const b = ws.getRange("A3").dataValidation.load("valid");
      const c = ws.getRange("A2:A3").dataValidation.load("valid");
      await context.sync();
      return [a.valid, b.valid, c.valid];
    });
    expect(r).toEqual([true, false, null]);
  });

  test("type is None without validation, Inconsistent when cells differ; clear() removes it", async () => {
    const { run } = setup(init);
    const r = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      const none = ws.getRange("B1").dataValidation.load("type");
      ws.getRange("A2").dataValidation.rule = { custom: { formula: "=LEN(A2)<5" } };
      const mixed = ws.getRange("A2:A3").dataValidation.load("type");
      await context.sync();
      ws.getRange("A2").dataValidation.clear();
      const cleared = ws.getRange("A2").dataValidation.load("type");
      await context.sync();
      return [none.type, mixed.type, cleared.type];
    });
    expect(r).toEqual(["None", "Inconsistent", "None"]);
  });

  test.each([
    [{}],
    [{ list: { source: "a" }, custom: { formula: "=1" } }],
    [{ list: { source: "" } }],
  ])("an invalid rule %j is InvalidArgument", async (rule) => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A2").dataValidation.rule = rule;
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a list source may be a Range (stored as an absolute reference)", async () => {
    const { host, run } = setup(init);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("C1").dataValidation.rule = {
        list: { inCellDropDown: true, source: ws.getRange("A2:A3") },
      };
      await context.sync();
    });
    expect(host.dump("Plan").dataValidation[0].rule).toEqual({
      list: { inCellDropDown: true, source: "=Plan!$A$2:$A$3" },
    });
  });

  test("on ExcelApi 1.7 dataValidation fails with ApiNotFound", async () => {
    const { run } = setup(init, { requirementSets: { ExcelApi: "1.7" } });
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A2").dataValidation.rule = {
          list: { source: "a,b" },
        };
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("conditional formats", () => {
  test("a custom rule with font and fill; exactly one over the range", async () => {
    const { host, run } = setup(init);
    const r = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A2:A4");
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$B2=AktuelStatusdato";
      cf.custom.format.font.color = "#C00000";
      cf.custom.format.font.bold = true;
      cf.custom.format.fill.color = "#FFF2CC";
      const count = range.conditionalFormats.getCount();
      cf.load("type, priority");
      cf.custom.rule.load("formula");
      const where = cf.getRange().load("address");
      await context.sync();
      return [count.value, cf.type, cf.priority, cf.custom.rule.formula, where.address];
    });
    expect(r).toEqual([1, "Custom", 0, "=$B2=AktuelStatusdato", "Plan!A2:A4"]);
    expect(host.dump("Plan").conditionalFormats).toEqual([
      {
        type: "Custom",
        address: "A2:A4",
        formula: "=$B2=AktuelStatusdato",
        format: {
          font: {
            bold: true,
            italic: null,
            color: "#C00000",
            underline: null,
            strikethrough: null,
          },
          fill: "#FFF2CC",
        },
        priority: 0,
        stopIfTrue: false,
      },
    ]);
  });

  test("the collection holds the formats that intersect the range; clearAll removes them", async () => {
    const { host, run } = setup(init);
    const r = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("A2:A4").conditionalFormats.add("Custom").custom.rule.formula = "=TRUE";
      ws.getRange("C1").conditionalFormats.add("Custom").custom.rule.formula = "=FALSE";
      const overA3 = ws.getRange("A3").conditionalFormats.load("items/type");
      const overB1 = ws.getRange("B1").conditionalFormats.getCount();
      await context.sync();
      const counts = [overA3.items.length, overB1.value];
      ws.getRange("A1:A10").conditionalFormats.clearAll();
      await context.sync();
      return counts;
    });
    expect(r).toEqual([1, 0]);
    expect(host.dump("Plan").conditionalFormats.map((c) => c.address)).toEqual(["C1"]);
  });

  test("a rule formula must start with '='; an unknown type is InvalidArgument", async () => {
    const { run } = setup(init);
    for (const batch of [
      (context: any) =>
        (context.workbook.worksheets
          .getItem("Plan")
          .getRange("A1")
          .conditionalFormats.add("Custom").custom.rule.formula = "TRUE"),
      (context: any) =>
        context.workbook.worksheets.getItem("Plan").getRange("A1").conditionalFormats.add("Fancy"),
    ]) {
      const error = await rejection(
        run(async (context) => {
          batch(context);
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one run per case
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
    }
  });

  test("a new format gets priority 0 and pushes the others down", async () => {
    const { host, run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      range.conditionalFormats.add("Custom").custom.rule.formula = "=1";
      range.conditionalFormats.add("Custom").custom.rule.formula = "=2";
      await context.sync();
    });
    expect(host.dump("Plan").conditionalFormats.map((c) => [c.formula, c.priority])).toEqual([
      ["=2", 0],
      ["=1", 1],
    ]);
  });
});
