// Worksheets: getItem / getItemOrNullObject / add / delete / activate / name rules.
// Docs: "Work with worksheets using the Excel JavaScript API"
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets) and Excel's sheet
// name rules ("Rename a worksheet", support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).

import { rejection, setup } from "./testkit";

const two = { sheets: [{ name: "Plan" }, { name: "Indstillinger" }] };

test("worksheets.items lists the sheets in order with name, position and visibility", async () => {
  const { run } = setup(two);
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name, items/position, items/visibility");
    await context.sync();
    expect(sheets.items.map((s: any) => [s.name, s.position, s.visibility])).toEqual([
      ["Plan", 0, "Visible"],
      ["Indstillinger", 1, "Visible"],
    ]);
  });
});

test("getItem finds a sheet ignoring case", async () => {
  const { run } = setup(two);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("plan").load("name");
    await context.sync();
    expect(ws.name).toBe("Plan");
  });
});

// "Adds a new worksheet to the workbook. The worksheet will be added at the end of existing
// worksheets. If you wish to activate the newly added worksheet, call .activate() on it."
test("add appends at the end and does not activate", async () => {
  const { host, run } = setup(two);
  await run(async (context) => {
    const ws = context.workbook.worksheets.add("Oversigt").load("name, position");
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    expect(ws.position).toBe(2);
    expect(active.name).toBe("Plan");
  });
  expect(host.sheetNames()).toEqual(["Plan", "Indstillinger", "Oversigt"]);
});

test("add without a name picks the next SheetN", async () => {
  const { host, run } = setup(two);
  await run(async (context) => {
    context.workbook.worksheets.add();
    await context.sync();
  });
  expect(host.sheetNames()[2]).toBe("Sheet3");
});

test("activate makes a sheet active", async () => {
  const { host, run } = setup(two);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Indstillinger").activate();
    await context.sync();
  });
  expect(host.dump("Indstillinger").active).toBe(true);
});

describe("sheet names (Excel's rules: max 31 chars, none of [ ] : * ? / \\, no leading/trailing ', not blank, not History)", () => {
  test.each([
    ["a".repeat(32)],
    ["a[b"],
    ["a]b"],
    ["a:b"],
    ["a*b"],
    ["a?b"],
    ["a/b"],
    ["a\\b"],
    ["'quoted"],
    ["quoted'"],
    [""],
    ["   "],
    ["History"],
  ])("add(%j) fails with InvalidArgument", async (name) => {
    const { host, run } = setup(two);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.sheetNames()).toHaveLength(2);
  });

  test("31 characters and an inner apostrophe are fine", async () => {
    const { host, run } = setup(two);
    await run(async (context) => {
      context.workbook.worksheets.add("b".repeat(31));
      context.workbook.worksheets.add("Bob's plan");
      await context.sync();
    });
    expect(host.sheetNames()).toContain("Bob's plan");
  });

  // Excel reports "A resource with the same name or identifier already exists."
  // (github.com/OfficeDev/office-scripts-docs/issues/560).
  test("a duplicate name, ignoring case, is ItemAlreadyExists", async () => {
    const { run } = setup(two);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.add("PLAN");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  test("renaming follows the same rules", async () => {
    const { host, run } = setup(two);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").name = "Bad/Name";
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").name = "Handlingsplan";
      await context.sync();
    });
    expect(host.sheetNames()[0]).toBe("Handlingsplan");
  });
});

test("a proxy keeps pointing at its sheet after a rename", async () => {
  const { host, run } = setup(two);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Plan");
    ws.name = "Renamed";
    ws.getRange("A1").values = [["still here"]];
    await context.sync();
  });
  expect(host.dump("Renamed").values[0][0]).toBe("still here");
});

test("delete removes the sheet; a workbook keeps one visible sheet", async () => {
  const { host, run } = setup(two);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Indstillinger").delete();
    await context.sync();
  });
  expect(host.sheetNames()).toEqual(["Plan"]);
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Plan").delete();
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidOperation");
});

test("position moves a sheet; visibility hides it", async () => {
  const { host, run } = setup({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
  await run(async (context) => {
    context.workbook.worksheets.getItem("C").position = 0;
    context.workbook.worksheets.getItem("A").visibility = "Hidden";
    await context.sync();
  });
  expect(host.sheetNames()).toEqual(["C", "A", "B"]);
  expect(host.dump("A").visibility).toBe("Hidden");
});

test("a deleted sheet's proxies fail with ItemNotFound", async () => {
  const { run } = setup(two);
  const error = await rejection(
    run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Indstillinger");
      ws.delete();
      ws.getRange("A1").values = [["x"]];
      await context.sync();
    })
  );
  expect(error.code).toBe("ItemNotFound");
});

test("workbook structure protection blocks adding sheets (AccessDenied)", async () => {
  const { run } = setup({ ...two, protectedStructure: true });
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.add("New");
      await context.sync();
    })
  );
  expect(error.code).toBe("AccessDenied");
});

test("getActiveWorksheet follows activate()", async () => {
  const { run } = setup(two);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Indstillinger").activate();
    const active = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    expect(active.name).toBe("Indstillinger");
  });
});
