// Tables. Docs: "Work with tables using the Excel JavaScript API"
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables), Excel.TableCollection.add
// (learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1)).

import { FakeUsageError } from "./index";
import { rejection, setup } from "./testkit";

const init = {
  sheets: [
    {
      name: "Plan",
      cells: [
        ["Fokusområde", "Indsats", "Status"],
        ["Miljø", "Vand", "√"],
        ["Miljø", "Luft", "%"],
      ],
    },
  ],
  tables: [{ name: "Handlinger", sheet: "Plan", address: "A1:C3" }],
};

test("getItem, ranges and columns of a table", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    const t = context.workbook.tables.getItem("handlinger").load("name, id, showHeaders");
    const header = t.getHeaderRowRange().load("address, values");
    const body = t.getDataBodyRange().load("address, values");
    const all = t.getRange().load("address");
    const cols = t.columns.load("items/name, items/index, count");
    const ws = t.worksheet.load("name");
    await context.sync();
    return {
      name: t.name,
      header: header.address,
      body: body.address,
      all: all.address,
      names: cols.items.map((c: any) => [c.index, c.name]),
      count: cols.count,
      sheet: ws.name,
      values: body.values,
    };
  });
  expect(r).toEqual({
    name: "Handlinger",
    header: "Plan!A1:C1",
    body: "Plan!A2:C3",
    all: "Plan!A1:C3",
    names: [
      [0, "Fokusområde"],
      [1, "Indsats"],
      [2, "Status"],
    ],
    count: 3,
    sheet: "Plan",
    values: [
      ["Miljø", "Vand", "√"],
      ["Miljø", "Luft", "%"],
    ],
  });
});

test("columns.getItemOrNullObject by name (ignoring case), and a missing column", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    const cols = context.workbook.tables.getItem("Handlinger").columns;
    const status = cols.getItemOrNullObject("STATUS");
    const missing = cols.getItemOrNullObject("Statusnote");
    status.load("index");
    const body = status.getDataBodyRange().load("address");
    await context.sync();
    return [status.isNullObject, status.index, missing.isNullObject, body.address];
  });
  expect(r).toEqual([false, 2, true, "Plan!C2:C3"]);
});

test("tables.getItemOrNullObject on a missing table; getItem fails with ItemNotFound", async () => {
  const { run } = setup(init);
  const isNull = await run(async (context) => {
    const t = context.workbook.tables.getItemOrNullObject("Nope");
    await context.sync();
    return t.isNullObject;
  });
  expect(isNull).toBe(true);
  const error = await rejection(
    run(async (context) => {
      context.workbook.tables.getItem("Nope").load("name");
      await context.sync();
    })
  );
  expect(error.code).toBe("ItemNotFound");
});

test("rows: count and values; rows.add is refused by the fake", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    const rows = context.workbook.tables.getItem("Handlinger").rows.load("items/values, count");
    await context.sync();
    expect(() => rows.add(null, [["x", "y", "z"]])).toThrow(FakeUsageError);
    return [rows.count, rows.items[1].values];
  });
  expect(r).toEqual([2, [["Miljø", "Luft", "%"]]]);
});

test("host.appendTableRows grows the table like a user typing below it", async () => {
  const { host, run } = setup(init);
  await host.appendTableRows("Handlinger", [["Kultur", "Musik", "(√)"]]);
  const body = await run(async (context) => {
    const r = context.workbook.tables.getItem("Handlinger").getDataBodyRange().load("address");
    await context.sync();
    return r.address;
  });
  expect(body).toBe("Plan!A2:C4");
  expect(host.dump("Plan").tables[0].address).toBe("A1:C4");
});

test("tables.add with headers names it TableN and takes column names from the first row", async () => {
  const { host, run } = setup({
    sheets: [
      {
        name: "S",
        cells: [
          ["Key", "", "Key"],
          [1, 2, 3],
        ],
      },
    ],
  });
  const name = await run(async (context) => {
    const t = context.workbook.worksheets.getItem("S").tables.add("A1:C2", true).load("name");
    await context.sync();
    return t.name;
  });
  expect(name).toBe("Table1");
  // Excel makes header names non-empty and unique.
  expect(host.dump("S").tables[0].columns).toEqual(["Key", "Column2", "Key2"]);
});

// "If the source does not contain headers ... Excel will automatically generate a header
// shifting the data down by one row."
test("tables.add without headers inserts a generated header row", async () => {
  const { host, run } = setup({ sheets: [{ name: "S", cells: [["a", "b"]] }] });
  await run(async (context) => {
    context.workbook.tables.add("S!A1:B1", false);
    await context.sync();
  });
  const d = host.dump("S");
  expect(d.values).toEqual([
    ["Column1", "Column2"],
    ["a", "b"],
  ]);
  expect(d.tables[0].address).toBe("A1:B2");
});

test("a table over another table is refused", async () => {
  const { run } = setup(init);
  const error = await rejection(
    run(async (context) => {
      context.workbook.tables.add("Plan!B2:D5", true);
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidOperation");
});

test("renaming a table validates the name", async () => {
  const { run } = setup(init);
  const error = await rejection(
    run(async (context) => {
      context.workbook.tables.getItem("Handlinger").name = "has space";
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidArgument");
});

test("writing a header cell renames the column", async () => {
  const { run } = setup(init);
  const names = await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Plan");
    ws.getRange("C1").values = [["Tilstand"]];
    const cols = context.workbook.tables.getItem("Handlinger").columns.load("items/name");
    await context.sync();
    return cols.items.map((c: any) => c.name);
  });
  expect(names).toEqual(["Fokusområde", "Indsats", "Tilstand"]);
});

test("cells of a table cannot be merged", async () => {
  const { run } = setup(init);
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A2:B2").merge();
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidOperation");
});

test("worksheet.tables lists only that sheet's tables", async () => {
  const { run } = setup({
    ...init,
    sheets: [...init.sheets, { name: "Other", cells: [["h"], [1]] }],
    tables: [...init.tables, { name: "Andet", sheet: "Other", address: "A1:A2" }],
  });
  const names = await run(async (context) => {
    const list = context.workbook.worksheets.getItem("Other").tables.load("items/name");
    await context.sync();
    return list.items.map((t: any) => t.name);
  });
  expect(names).toEqual(["Andet"]);
});

// Docs (Excel.Table.showFilterButton, ExcelApi 1.3): "Specifies if the filter buttons are
// visible at the top of each column header. Setting this is only allowed if the table contains
// a header row."
test("showFilterButton: shown by default, can be hidden, kept by the table", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    const t = context.workbook.tables.getItem("Handlinger").load("showFilterButton");
    await context.sync();
    const before = t.showFilterButton;
    t.showFilterButton = false;
    const after = context.workbook.tables.getItem("Handlinger").load("showFilterButton");
    await context.sync();
    return { before, after: after.showFilterButton };
  });
  expect(r).toEqual({ before: true, after: false });
});
