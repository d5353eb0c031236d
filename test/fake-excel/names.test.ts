// Defined names. Docs: Excel.NamedItem (learn.microsoft.com/javascript/api/excel/excel.nameditem),
// NamedItemCollection.add (ExcelApi 1.4), "Names in formulas" (support.microsoft.com) for the
// syntax rules.

import { rejection, setup } from "./testkit";

const init = {
  sheets: [
    { name: "Plan" },
    {
      name: "Indstillinger",
      cells: [
        ["Titel", "X"],
        ["Dato", 43800],
      ],
    },
  ],
  names: [{ name: "AktuelStatusdato", formula: "=Indstillinger!$B$2" }],
};

test("NamedItem name, type, value and formula of a range name", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    const n = context.workbook.names
      .getItemOrNullObject("aktuelstatusdato")
      .load("name, type, value, formula, scope");
    const range = n.getRange().load("values, address");
    await context.sync();
    return [
      n.isNullObject,
      n.name,
      n.type,
      n.value,
      n.formula,
      n.scope,
      range.values,
      range.address,
    ];
  });
  expect(r).toEqual([
    false,
    "AktuelStatusdato",
    "Range",
    "Indstillinger!$B$2",
    "=Indstillinger!$B$2",
    "Workbook",
    [[43800]],
    "Indstillinger!B2",
  ]);
});

test("a missing name is a null object", async () => {
  const { run } = setup(init);
  const isNull = await run(async (context) => {
    const n = context.workbook.names.getItemOrNullObject("Nope");
    await context.sync();
    return n.isNullObject;
  });
  expect(isNull).toBe(true);
});

test("names.add with a Range and with a formula string; items lists them", async () => {
  const { host, run } = setup(init);
  const r = await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Plan");
    context.workbook.names.add("Marker", ws.getRange("A1"), "made by the add-in");
    context.workbook.names.add("Tal", "=42");
    const items = context.workbook.names.load("items/name, items/type, items/value, items/comment");
    await context.sync();
    return items.items.map((n: any) => [n.name, n.type, n.value, n.comment]);
  });
  expect(r).toEqual([
    ["AktuelStatusdato", "Range", "Indstillinger!$B$2", ""],
    ["Marker", "Range", "Plan!$A$1", "made by the add-in"],
    ["Tal", "Integer", 42, ""],
  ]);
  expect(host.dump("Plan").names).toEqual([
    { name: "Marker", formula: "=Plan!$A$1", scope: "Workbook" },
  ]);
});

test.each([["has space"], ["1abc"], ["A1"], ["R1C1"], ["c"], [""]])(
  "names.add(%j) is InvalidArgument",
  async (name) => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.names.add(name, "=1");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  }
);

test("a duplicate name (ignoring case) is ItemAlreadyExists", async () => {
  const { run } = setup(init);
  const error = await rejection(
    run(async (context) => {
      context.workbook.names.add("AKTUELSTATUSDATO", "=1");
      await context.sync();
    })
  );
  expect(error.code).toBe("ItemAlreadyExists");
});

test("a name follows its sheet's rename", async () => {
  const { run } = setup(init);
  const formula = await run(async (context) => {
    context.workbook.worksheets.getItem("Indstillinger").name = "Settings";
    const n = context.workbook.names.getItem("AktuelStatusdato").load("formula");
    await context.sync();
    return n.formula;
  });
  expect(formula).toBe("=Settings!$B$2");
});

test("a name whose sheet was deleted gives #REF!; getRangeOrNullObject is null, getRange fails", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    context.workbook.worksheets.getItem("Indstillinger").delete();
    const n = context.workbook.names.getItem("AktuelStatusdato").load("value, type, formula");
    const range = n.getRangeOrNullObject();
    await context.sync();
    return [n.value, n.type, n.formula, range.isNullObject];
  });
  expect(r).toEqual(["#REF!", "Error", "=#REF!$B$2", true]);
  const error = await rejection(
    run(async (context) => {
      context.workbook.names.getItem("AktuelStatusdato").getRange().load("address");
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidArgument");
});

test("a formula referring to a name shows the name's value", async () => {
  const { host, run } = setup(init);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").getRange("A1").formulas = [["=AktuelStatusdato"]];
    await context.sync();
  });
  expect(host.dump("Plan").values[0][0]).toBe(43800);
});

test("NamedItem.delete removes the name", async () => {
  const { run } = setup(init);
  const isNull = await run(async (context) => {
    context.workbook.names.getItem("AktuelStatusdato").delete();
    const n = context.workbook.names.getItemOrNullObject("AktuelStatusdato");
    await context.sync();
    return n.isNullObject;
  });
  expect(isNull).toBe(true);
});

test("worksheet.names holds sheet-scoped names, separate from workbook names", async () => {
  const { run } = setup(init);
  const r = await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Plan");
    ws.names.add("Local", ws.getRange("B2"));
    const local = ws.names.load("items/name, items/scope");
    const global = context.workbook.names.load("items/name");
    await context.sync();
    return [local.items.map((n: any) => [n.name, n.scope]), global.items.map((n: any) => n.name)];
  });
  expect(r).toEqual([[["Local", "Worksheet"]], ["AktuelStatusdato"]]);
});
