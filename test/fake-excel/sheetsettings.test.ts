/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read -- strictness tests read properties on purpose. */
// Page layout (ExcelApi 1.9), freeze panes (1.7) and worksheet protection.
// Docs: Excel.PageLayout (learn.microsoft.com/javascript/api/excel/excel.pagelayout),
// "Work with worksheets" — page layout and print settings, freeze panes, protection
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets).

import { rejection, setup } from "./testkit";

const init = { sheets: [{ name: "Oversigt", cells: [["Titel"], ["tekst"]] }] };

describe("page layout", () => {
  test("orientation, paper size, zoom, margins, centring, gridlines, print title rows", async () => {
    const { host, run } = setup(init);
    const r = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Oversigt");
      const layout = ws.pageLayout;
      layout.orientation = host.Excel.PageOrientation.landscape;
      layout.paperSize = host.Excel.PaperType.a4;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.leftMargin = 36;
      layout.centerHorizontally = true;
      layout.printGridlines = false;
      layout.setPrintTitleRows("$1:$3");
      layout.load("orientation, paperSize, zoom, leftMargin");
      const titles = layout.getPrintTitleRowsOrNullObject().load("address");
      await context.sync();
      return [layout.orientation, layout.paperSize, layout.zoom, layout.leftMargin, titles.address];
    });
    expect(r).toEqual([
      "Landscape",
      "A4",
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
      36,
      "Oversigt!1:3",
    ]);
    expect(host.dump("Oversigt").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      centerHorizontally: true,
      printTitleRows: "$1:$3",
    });
  });

  test("print title rows from a Range", async () => {
    const { host, run } = setup(init);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Oversigt");
      ws.pageLayout.setPrintTitleRows(ws.getRange("A2:C4").getEntireRow());
      await context.sync();
    });
    expect(host.dump("Oversigt").pageLayout.printTitleRows).toBe("$2:$4");
  });

  // PageLayoutZoomOptions "must be set as a JSON object"; scale is 10..400.
  test.each([[{ scale: 5 }], [{ scale: 500 }], [{ fitWidth: 1 }], [{ horizontalFitToPages: 1.5 }]])(
    "zoom %j is InvalidArgument",
    async (zoom) => {
      const { run } = setup(init);
      const error = await rejection(
        run(async (context) => {
          context.workbook.worksheets.getItem("Oversigt").pageLayout.zoom = zoom;
          await context.sync();
        })
      );
      expect(error.code).toBe("InvalidArgument");
    }
  );

  test("unknown enum values are InvalidArgument", async () => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Oversigt").pageLayout.paperSize = "A4 landscape";
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  // pageLayout is ExcelApi 1.9: Excel 2016 (1.8) lacks it.
  test("on ExcelApi 1.8 pageLayout fails with ApiNotFound", async () => {
    const { run } = setup(init, { requirementSets: { ExcelApi: "1.8" } });
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Oversigt").pageLayout.orientation = "Landscape";
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("freeze panes", () => {
  test("freezeRows, getLocationOrNullObject, unfreeze", async () => {
    const { host, run } = setup(init);
    const r = await run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Oversigt").freezePanes;
      panes.freezeRows(2);
      const where = panes.getLocationOrNullObject().load("address");
      await context.sync();
      const frozen = host.dump("Oversigt").freezePanes;
      panes.unfreeze();
      const none = panes.getLocationOrNullObject();
      await context.sync();
      return [where.address, frozen, none.isNullObject];
    });
    expect(r).toEqual(["Oversigt!1:2", { rows: 2, columns: 0 }, true]);
  });
});

describe("worksheet protection", () => {
  test("protection.protected is loadable", async () => {
    const { run } = setup({ sheets: [{ name: "Plan", protected: true }, { name: "Open" }] });
    const r = await run(async (context) => {
      const a = context.workbook.worksheets.getItem("Plan").protection.load("protected");
      const b = context.workbook.worksheets.getItem("Open").protection.load("protected");
      await context.sync();
      return [a.protected, b.protected];
    });
    expect(r).toEqual([true, false]);
  });

  test.each([
    ["values", (ws: any) => (ws.getRange("A1").values = [["x"]])],
    ["format", (ws: any) => (ws.getRange("A1").format.font.bold = true)],
    ["clear", (ws: any) => ws.getRange("A1").clear()],
    ["merge", (ws: any) => ws.getRange("A1:B1").merge()],
    ["columnWidth", (ws: any) => (ws.getRange("A1").format.columnWidth = 10)],
    [
      "setCellProperties",
      (ws: any) => ws.getRange("A1").setCellProperties([[{ format: { wrapText: true } }]]),
    ],
    ["conditional format", (ws: any) => ws.getRange("A1").conditionalFormats.add("Custom")],
    ["table", (ws: any) => ws.tables.add("A1:B2", true)],
  ])(
    "a write to a protected sheet (%s) fails with AccessDenied and changes nothing",
    async (_name, write) => {
      const { host, run } = setup({
        sheets: [{ name: "Plan", cells: [["a", "b"]], protected: true }],
      });
      const before = host.dump("Plan");
      const error = await rejection(
        run(async (context) => {
          write(context.workbook.worksheets.getItem("Plan"));
          await context.sync();
        })
      );
      expect(error.code).toBe("AccessDenied");
      expect(host.dump("Plan")).toEqual(before);
    }
  );

  test("reading a protected sheet is fine; unprotect() allows writes; protect() twice fails", async () => {
    const { host, run } = setup({ sheets: [{ name: "Plan", cells: [["a"]], protected: true }] });
    const values = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      const r = ws.getRange("A1").load("values");
      await context.sync();
      ws.protection.unprotect();
      ws.getRange("A1").values = [["b"]];
      await context.sync();
      return r.values;
    });
    expect(values).toEqual([["a"]]);
    expect(host.dump("Plan").values).toEqual([["b"]]);
    const error = await rejection(
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Plan");
        ws.protection.protect();
        ws.protection.protect();
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
    expect(host.dump("Plan").protection.protected).toBe(true);
  });
});
