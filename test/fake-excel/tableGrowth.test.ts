// Growing and shrinking tables without TableRowCollection.add, and charts. Docs:
// "Coauthoring in Excel add-ins" (learn.microsoft.com/office/dev/add-ins/excel/co-authoring-in-excel-add-ins):
// "Setting the Range values directly below the table automatically expands the table";
// Excel.Table.resize (ExcelApi 1.13): "The new range must overlap with the original table range
// and the headers (or the top of the table) must be in the same row";
// Excel.Range.delete(shift) (ExcelApi 1.1); Excel.ChartCollection.add(type, sourceData,
// seriesBy), Excel.Chart.setPosition, Excel.ChartFill.setSolidColor (ExcelApi 1.1).

import { rejection, setup } from "./testkit";

const init = {
  sheets: [
    {
      name: "Historik",
      cells: [
        ["Runde", "ID", "Status", "Egen"],
        ["sep", "H-1", "√", "x"],
        ["sep", "H-2", "%", "y"],
        ["dec", "H-1", "(√)", "z"],
      ],
    },
  ],
  tables: [{ name: "Statusrunder", sheet: "Historik", address: "A1:C4" }],
};

const tableAddress = async (run: ReturnType<typeof setup>["run"]) =>
  run(async (context) => {
    const range = context.workbook.tables.getItem("Statusrunder").getRange().load("address");
    await context.sync();
    return range.address;
  });

test("values written just below a table expand it", async () => {
  const { run } = setup(init);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Historik").getRange("A5:C6").values = [
      ["mar", "H-1", "√"],
      ["mar", "H-2", "√"],
    ];
    await context.sync();
  });
  expect(await tableAddress(run)).toBe("Historik!A1:C6");
});

test("values two rows below, or beside the table, do not expand it", async () => {
  const { run } = setup(init);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Historik");
    ws.getRange("A6").values = [["løs"]];
    ws.getRange("E5").values = [["ved siden af"]];
    await context.sync();
  });
  expect(await tableAddress(run)).toBe("Historik!A1:C4");
});

test("resize needs ExcelApi 1.13, keeps the header row and must overlap", async () => {
  const { run } = setup(init, { requirementSets: { ExcelApi: "1.13" } });
  await run(async (context) => {
    context.workbook.tables.getItem("Statusrunder").resize("A1:D7");
    await context.sync();
  });
  expect(await tableAddress(run)).toBe("Historik!A1:D7");
  const moved = await rejection(
    run(async (context) => {
      context.workbook.tables.getItem("Statusrunder").resize("A2:D7");
      await context.sync();
    })
  );
  expect(moved.code).toBe("InvalidArgument");
  const old = setup(init, { requirementSets: { ExcelApi: "1.12" } });
  const missing = await rejection(
    old.run(async (context) => {
      context.workbook.tables.getItem("Statusrunder").resize("A1:C9");
      await context.sync();
    })
  );
  expect(missing.code).toBe("ApiNotFound");
});

test("deleting table rows (full width) shifts the cells below up and shrinks the table", async () => {
  const { host, run } = setup(init);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Historik").getRange("A2:C3").delete("Up");
    await context.sync();
  });
  expect(await tableAddress(run)).toBe("Historik!A1:C2");
  const dump = host.dump("Historik");
  expect(dump.values.slice(0, 2)).toEqual([
    ["Runde", "ID", "Status", "Egen"],
    ["dec", "H-1", "(√)", "x"],
  ]);
});

test("deleting part of a table's width is refused, as Excel refuses shifting cells in a table", async () => {
  const { run } = setup(init);
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Historik").getRange("A2:B2").delete("Up");
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidOperation");
  expect(await tableAddress(run)).toBe("Historik!A1:C4");
});

test("a stacked column chart shows its source's series, categories, fills and place", async () => {
  const { host, run } = setup({
    sheets: [
      {
        name: "Ændringer",
        cells: [
          ["Runde", "√", "(√)", "%"],
          ["sep", 11, 2, 0],
          ["dec", 12, 1, 1],
        ],
      },
    ],
  });
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Ændringer");
    const chart = ws.charts.add("ColumnStacked", ws.getRange("A1:D3"), "Columns");
    chart.name = "Trend 1";
    chart.title.text = "Erhverv";
    chart.setPosition("F1");
    chart.width = 380;
    chart.height = 190;
    chart.series.getItemAt(1).format.fill.setSolidColor("#f9a825");
    await context.sync();
  });
  const [chart] = host.dump("Ændringer").charts;
  expect(chart).toMatchObject({
    name: "Trend 1",
    type: "ColumnStacked",
    source: "A1:D3",
    seriesBy: "Columns",
    categories: ["sep", "dec"],
    title: { text: "Erhverv", visible: true },
    width: 380,
    height: 190,
    position: { start: "F1", end: null },
  });
  expect(chart.series).toEqual([
    { name: "√", values: [11, 12], fill: null },
    { name: "(√)", values: [2, 1], fill: "#F9A825" },
    { name: "%", values: [0, 1], fill: null },
  ]);
  const unknown = await rejection(
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Ændringer");
      ws.charts.add("Sparkles", ws.getRange("A1:D3"), "Columns");
      await context.sync();
    })
  );
  expect(unknown.code).toBe("InvalidArgument");
  const listed = await run(async (context) => {
    const charts = context.workbook.worksheets.getItem("Ændringer").charts.load("items/name");
    await context.sync();
    charts.items[0].delete();
    await context.sync();
    return charts.items.map((c: { name: string }) => c.name);
  });
  expect(listed).toEqual(["Trend 1"]);
  expect(host.dump("Ændringer").charts).toEqual([]);
});

test("columns.add appends a named column, and refuses to push the user's cells aside", async () => {
  const { host, run } = setup(init);
  const refused = await rejection(
    run(async (context) => {
      // Column D holds the user's "Egen" column, right of the table.
      context.workbook.tables.getItem("Statusrunder").columns.add(undefined, undefined, "Ny");
      await context.sync();
    })
  );
  expect(refused.code).toBe("InvalidOperation");
  await run(async (context) => {
    context.workbook.worksheets.getItem("Historik").getRange("D1:D4").clear();
    await context.sync();
  });
  await run(async (context) => {
    context.workbook.tables.getItem("Statusrunder").columns.add(undefined, undefined, "Ny");
    await context.sync();
  });
  expect(host.dump("Historik").tables[0]).toMatchObject({
    address: "A1:D4",
    columns: ["Runde", "ID", "Status", "Ny"],
  });
  // Column E now holds the user's text: adding another column would shift it.
  await run(async (context) => {
    context.workbook.worksheets.getItem("Historik").getRange("E3").values = [["mit"]];
    await context.sync();
  });
  const error = await rejection(
    run(async (context) => {
      context.workbook.tables.getItem("Statusrunder").columns.add(null, null, "Igen");
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidOperation");
});
