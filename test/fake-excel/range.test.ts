// Ranges: addresses, values / formulas / numberFormat / text, shapes, clear, merge, used range.
// Docs: Excel.Range (learn.microsoft.com/javascript/api/excel/excel.range), "Set and get
// range values, text, or formulas" and "Blank and null values in Excel add-ins"
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).

import { rejection, setup } from "./testkit";

const plan = {
  sheets: [
    {
      name: "Plan",
      cells: [
        ["Fokusområde", "Indsats"],
        ["Miljø", "Vand"],
        ["Uddannelse", 7],
      ],
    },
  ],
};

async function read(run: any, address: string, props = "values"): Promise<any> {
  return run(async (context: any) => {
    const r = context.workbook.worksheets.getItem("Plan").getRange(address).load(props);
    await context.sync();
    return r.toJSON();
  });
}

test("address, rowIndex, columnIndex, rowCount, columnCount", async () => {
  const { run } = setup(plan);
  const r = await read(
    run,
    "B2:C4",
    "address, rowIndex, columnIndex, rowCount, columnCount, cellCount"
  );
  expect(r).toEqual({
    address: "Plan!B2:C4",
    rowIndex: 1,
    columnIndex: 1,
    rowCount: 3,
    columnCount: 2,
    cellCount: 6,
  });
});

test("addresses quote sheet names that need it", async () => {
  const { run } = setup({ sheets: [{ name: "Min plan" }] });
  const address = await run(async (context: any) => {
    const r = context.workbook.worksheets.getItem("Min plan").getRange("A1").load("address");
    await context.sync();
    return r.address;
  });
  expect(address).toBe("'Min plan'!A1");
});

test("whole columns: getRange('A:B') and getEntireColumn", async () => {
  const { run } = setup(plan);
  const r = await read(run, "A:B", "address, rowCount, isEntireColumn");
  expect(r).toEqual({ address: "Plan!A:B", rowCount: 1048576, isEntireColumn: true });
});

test("empty cells read as empty strings; numbers stay numbers", async () => {
  const { run } = setup(plan);
  expect((await read(run, "B3:C3")).values).toEqual([[7, ""]]);
});

describe("writing values", () => {
  // Setting values needs a 2D array of the range's shape ("The number of rows or columns in
  // the input array doesn't match the size or dimensions of the range").
  test("a 2D array of another shape is InvalidArgument and changes nothing", async () => {
    const { host, run } = setup(plan);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [["x"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.dump("Plan").values[0]).toEqual(["Fokusområde", "Indsats"]);
  });

  test("a 1D array is InvalidArgument", async () => {
    const { run } = setup(plan);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = ["x", "y"];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("a single value (not an array) is written to every cell", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("D1:E2").values = "√";
      await context.sync();
    });
    expect(
      host
        .dump("Plan")
        .values.slice(0, 2)
        .map((r) => r.slice(3))
    ).toEqual([
      ["√", "√"],
      ["√", "√"],
    ]);
  });

  // "null input in 2-D Array": null leaves that cell unchanged; "null is not a valid input
  // for single property"; "" clears.
  test("null entries leave cells unchanged, '' empties them, null alone is invalid", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A2:B2").values = [[null, ""]];
      await context.sync();
    });
    expect(host.dump("Plan").values[1]).toEqual(["Miljø", ""]);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A2").values = null;
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  // Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
  // ("="), Excel interprets this value as a formula."
  test.each([
    ["=1+1", "=1+1"],
    ["+note", "=+note"],
    ["-note", "=-note"],
  ])("writing %j to values makes a formula", async (input, formula) => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C1").values = [[input]];
      await context.sync();
    });
    expect(host.dump("Plan").formulas[0][2]).toBe(formula);
  });

  test("a leading minus on an unknown name evaluates to #NAME?", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C1").values = [["-note"]];
      await context.sync();
    });
    expect(host.dump("Plan").values[0][2]).toBe("#NAME?");
  });

  // With number format "@" (Text) Excel keeps typed input as text.
  test("with numberFormat '@' a leading = + - stays text", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("C1:E1");
      r.numberFormat = [["@", "@", "@"]];
      r.values = [["=SUM(A1)", "+ok", "-5"]];
      await context.sync();
    });
    const d = host.dump("Plan");
    expect(d.values[0].slice(2)).toEqual(["=SUM(A1)", "+ok", "-5"]);
    expect(d.formulas[0].slice(2)).toEqual([null, null, null]);
  });

  test("order matters: numberFormat '@' set after the value does not undo the formula", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Plan").getRange("C1");
      r.values = [["=A1"]];
      r.numberFormat = [["@"]];
      await context.sync();
    });
    expect(host.dump("Plan").formulas[0][2]).toBe("=A1");
  });

  test("numeric strings become numbers and TRUE/FALSE booleans, as if typed", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C1:E1").values = [
        ["42", "-1.5", "true"],
      ];
      await context.sync();
    });
    expect(host.dump("Plan").values[0].slice(2)).toEqual([42, -1.5, true]);
  });

  test("formulas: values show the result of simple formulas; formulas the text", async () => {
    const { run } = setup(plan);
    const r = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("C1:E1");
      range.formulas = [["=A2", '="x"', "=SUM(B3)"]];
      range.load("values, formulas");
      await context.sync();
      return range.toJSON();
    });
    expect(r.formulas).toEqual([["=A2", '="x"', "=SUM(B3)"]]);
    // The fake evaluates constants and single references only; other formulas show "".
    expect(r.values).toEqual([["Miljø", "x", ""]]);
  });

  test("text gives displayed strings; numberFormat '' resets to General", async () => {
    const { run } = setup(plan);
    const r = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("C1:E1");
      range.values = [[0.5, 3, true]];
      range.numberFormat = [["0%", "0.00", ""]];
      range.load("text, numberFormat");
      await context.sync();
      return range.toJSON();
    });
    expect(r.text).toEqual([["50%", "3.00", "TRUE"]]);
    expect(r.numberFormat).toEqual([["0%", "0.00", "General"]]);
  });

  test("numberFormat must be strings", async () => {
    const { run } = setup(plan);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").numberFormat = [[5]];
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("derived ranges", () => {
  test("getCell, getResizedRange, getOffsetRange, getEntireRow, getLastRow", async () => {
    const { run } = setup(plan);
    const addresses = await run(async (context) => {
      const base = context.workbook.worksheets.getItem("Plan").getRange("B2:C3");
      const list = [
        base.getCell(1, 0),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getEntireRow(),
        base.getLastRow(),
        context.workbook.worksheets.getItem("Plan").getRangeByIndexes(4, 2, 2, 3),
      ].map((r: any) => r.load("address"));
      await context.sync();
      return list.map((r: any) => r.address);
    });
    expect(addresses).toEqual([
      "Plan!B3",
      "Plan!B2:B4",
      "Plan!C4:D5",
      "Plan!2:3",
      "Plan!B3:C3",
      "Plan!C5:E6",
    ]);
  });

  test("a range outside the sheet is InvalidArgument", async () => {
    const { run } = setup(plan);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("Plan")
          .getRange("A1")
          .getOffsetRange(-1, 0)
          .load("address");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  // Worksheet.getUsedRange: "If the entire worksheet is blank, this function will return the
  // top left cell"; getUsedRangeOrNullObject returns a null object instead.
  test("used range, valuesOnly, and the blank-sheet cases", async () => {
    const { run } = setup({
      sheets: [{ name: "Plan", cells: [["a"], [null, "b"]] }, { name: "Blank" }],
    });
    const r = await run(async (context) => {
      const plan = context.workbook.worksheets.getItem("Plan");
      plan.getRange("D5").format.fill.color = "#FFFF00";
      const all = plan.getUsedRange().load("address");
      const values = plan.getUsedRange(true).load("address");
      const blank = context.workbook.worksheets.getItem("Blank");
      const top = blank.getUsedRange().load("address");
      const none = blank.getUsedRangeOrNullObject();
      await context.sync();
      return [all.address, values.address, top.address, none.isNullObject];
    });
    expect(r).toEqual(["Plan!A1:D5", "Plan!A1:B2", "Blank!A1", true]);
  });
});

describe("clear, merge", () => {
  test("clear(Contents) keeps formats, clear(Formats) keeps values, clear() removes both", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("A1:B3").format.font.bold = true;
      ws.getRange("A1").clear("Contents");
      ws.getRange("B1").clear("Formats");
      ws.getRange("A2").clear();
      await context.sync();
    });
    const d = host.dump("Plan");
    expect([d.values[0][0], d.formats[0][0].font.bold]).toEqual(["", true]);
    expect([d.values[0][1], d.formats[0][1].font.bold]).toEqual(["Indsats", false]);
    expect([d.values[1][0], d.formats[1][0].font.bold]).toEqual(["", false]);
  });

  test("clear with an unknown applyTo is InvalidArgument", async () => {
    const { run } = setup(plan);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").clear("Everything");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("merge keeps the upper-left value; merge(true) merges each row; unmerge", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("A1:B1").merge();
      ws.getRange("A2:B3").merge(true);
      await context.sync();
    });
    let d = host.dump("Plan");
    expect(d.merges).toEqual(["A1:B1", "A2:B2", "A3:B3"]);
    expect(d.values[0]).toEqual(["Fokusområde", ""]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B2").unmerge();
      await context.sync();
    });
    d = host.dump("Plan");
    expect(d.merges).toEqual(["A3:B3"]);
  });

  test("clear() on the whole sheet removes merges and contents", async () => {
    const { host, run } = setup(plan);
    await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Plan");
      ws.getRange("A1:B1").merge();
      await context.sync();
      ws.getRange().clear("All");
      await context.sync();
    });
    const d = host.dump("Plan");
    expect(d.merges).toEqual([]);
    expect(d.values).toEqual([]);
  });

  test("select activates the sheet and records the selection", async () => {
    const { host, run } = setup({ sheets: [{ name: "Plan" }, { name: "Other" }] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("B2:C3").select();
      await context.sync();
    });
    expect(host.dump("Other")).toMatchObject({ active: true, selection: "B2:C3" });
  });
});
