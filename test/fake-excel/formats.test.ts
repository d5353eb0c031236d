// Formatting: RangeFormat / RangeFont / RangeFill / borders, widths and heights (points),
// setCellProperties / setColumnProperties / setRowProperties (ExcelApi 1.9), autofit.
// Docs: Excel.RangeFormat (learn.microsoft.com/javascript/api/excel/excel.rangeformat),
// Range.setCellProperties (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setcellproperties-member(1)),
// "Blank and null values" (properties of a range with different values read as null).

import { rejection, setup } from "./testkit";

const sheet = { sheets: [{ name: "S", cells: [["a", "b", "c"]] }] };

test("font, fill, alignment and wrap apply to every cell and read back", async () => {
  const { host, run } = setup(sheet);
  const r = await run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
    range.format.font.bold = true;
    range.format.font.italic = true;
    range.format.font.color = "#c00000";
    range.format.font.size = 14;
    range.format.font.name = "Arial";
    range.format.font.underline = "Single";
    range.format.fill.color = "yellow";
    range.format.horizontalAlignment = "Center";
    range.format.verticalAlignment = "Top";
    range.format.wrapText = true;
    range.load(
      "format/font/bold, format/font/color, format/fill/color, format/verticalAlignment, format/wrapText"
    );
    await context.sync();
    return [
      range.format.font.bold,
      range.format.font.color,
      range.format.fill.color,
      range.format.verticalAlignment,
      range.format.wrapText,
    ];
  });
  // Excel reports colours as upper-case #RRGGBB.
  expect(r).toEqual([true, "#C00000", "#FFFF00", "Top", true]);
  const f = host.dump("S").formats[1][1];
  expect(f).toMatchObject({
    font: {
      bold: true,
      italic: true,
      color: "#C00000",
      size: 14,
      name: "Arial",
      underline: "Single",
    },
    fill: "#FFFF00",
    wrapText: true,
  });
});

test("a format property of cells that differ reads as null", async () => {
  const { run } = setup(sheet);
  const bold = await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("S");
    ws.getRange("A1").format.font.bold = true;
    const r = ws.getRange("A1:B1").load("format/font/bold");
    await context.sync();
    return r.format.font.bold;
  });
  expect(bold).toBeNull();
});

test("no fill reads as white; fill.clear() removes a fill", async () => {
  const { host, run } = setup(sheet);
  const color = await run(async (context) => {
    const r = context.workbook.worksheets.getItem("S").getRange("A1");
    r.format.fill.color = "#00FF00";
    r.format.fill.clear();
    r.load("format/fill/color");
    await context.sync();
    return r.format.fill.color;
  });
  expect(color).toBe("#FFFFFF");
  expect(host.dump("S").formats[0][0].fill).toBeNull();
});

test.each([
  ["horizontalAlignment", "Middle"],
  ["verticalAlignment", "middle"],
  ["wrapText", "yes"],
])("invalid %s value %j is InvalidArgument", async (prop, value) => {
  const { run } = setup(sheet);
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").format[prop] = value;
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidArgument");
});

test("an invalid colour is InvalidArgument; null is not a valid single value", async () => {
  const { run } = setup(sheet);
  for (const value of ["reddish", null]) {
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.font.color = value;
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one run per case
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  }
});

test("borders: EdgeTop / EdgeBottom / InsideHorizontal style, weight, colour", async () => {
  const { host, run } = setup(sheet);
  const read = await run(async (context) => {
    const r = context.workbook.worksheets.getItem("S").getRange("A1:B3");
    const top = r.format.borders.getItem("EdgeTop");
    top.style = "Continuous";
    top.weight = "Medium";
    top.color = "#000000";
    const inside = r.format.borders.getItem("InsideHorizontal");
    inside.style = "Dash";
    const bottom = r.format.borders.getItem("EdgeBottom").load("style, weight");
    top.load("style, weight");
    await context.sync();
    return [top.style, top.weight, bottom.style];
  });
  expect(read).toEqual(["Continuous", "Medium", "None"]);
  const f = host.dump("S").formats;
  expect(f[0][0].borders.top).toEqual({ style: "Continuous", weight: "Medium", color: "#000000" });
  expect(f[0][1].borders.bottom.style).toBe("Dash");
  expect(f[1][0].borders.top.style).toBe("Dash");
  expect(f[2][0].borders.bottom.style).toBe("None");
});

test("a border weight or colour alone does not draw a line (style stays None)", async () => {
  const { host, run } = setup(sheet);
  await run(async (context) => {
    context.workbook.worksheets
      .getItem("S")
      .getRange("A1")
      .format.borders.getItem("EdgeLeft").weight = "Thick";
    await context.sync();
  });
  expect(host.dump("S").formats[0][0].borders.left).toMatchObject({
    style: "None",
    weight: "Thick",
  });
});

test("an unknown border index is InvalidArgument", async () => {
  const { run } = setup(sheet);
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").format.borders.getItem("Top").style =
        "Continuous";
      await context.sync();
    })
  );
  expect(error.code).toBe("InvalidArgument");
});

describe("widths and heights (points)", () => {
  test("columnWidth and rowHeight set every column/row of the range; mixed reads null", async () => {
    const { host, run } = setup(sheet);
    const r = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.getRange("A1:B1").format.columnWidth = 120;
      ws.getRange("A2:A3").format.rowHeight = 30;
      const both = ws.getRange("A1:B1").load("format/columnWidth");
      const mixed = ws.getRange("A1:C1").load("format/columnWidth");
      const std = ws.getRange("C1").load("format/columnWidth, format/rowHeight");
      await context.sync();
      return [
        both.format.columnWidth,
        mixed.format.columnWidth,
        std.format.columnWidth,
        std.format.rowHeight,
      ];
    });
    expect(r).toEqual([120, null, 48, 15]);
    const d = host.dump("S");
    expect(d.columnWidths).toEqual([120, 120, 48]);
    expect(d.rowHeights).toEqual([15, 30, 30]);
  });

  test("a row height over 409 points is InvalidArgument", async () => {
    const { run } = setup(sheet);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").format.rowHeight = 500;
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("useStandardHeight / useStandardWidth reset to the standard size", async () => {
    const { host, run } = setup(sheet);
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B2");
      r.format.rowHeight = 40;
      r.format.columnWidth = 100;
      await context.sync();
      r.format.useStandardHeight = true;
      r.format.useStandardWidth = true;
      await context.sync();
    });
    const d = host.dump("S");
    expect(d.rowHeights).toEqual([15]);
    expect(d.columnWidths).toEqual([48, 48, 48]);
  });

  test("autofitRows/autofitColumns are recorded (the fake does not measure text)", async () => {
    const { host, run } = setup(sheet);
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:C1");
      r.format.autofitRows();
      r.format.autofitColumns();
      await context.sync();
    });
    expect(host.dump("S").autofits).toEqual([
      { kind: "rows", address: "A1:C1" },
      { kind: "columns", address: "A1:C1" },
    ]);
  });
});

describe("setCellProperties / setColumnProperties / setRowProperties (ExcelApi 1.9)", () => {
  test("applies per-cell formats from a 2D array of the range's shape", async () => {
    const { host, run } = setup(sheet);
    await run(async (context) => {
      context.workbook.worksheets
        .getItem("S")
        .getRange("A1:B1")
        .setCellProperties([
          [
            {
              format: {
                font: { bold: true, color: "#FF0000" },
                fill: { color: "#EEEEEE" },
                wrapText: true,
              },
            },
            {
              format: {
                horizontalAlignment: "Right",
                verticalAlignment: "Center",
                borders: { bottom: { style: "Continuous", weight: "Thin" } },
              },
            },
          ],
        ]);
      await context.sync();
    });
    const [a, b] = host.dump("S").formats[0];
    expect(a).toMatchObject({
      font: { bold: true, color: "#FF0000" },
      fill: "#EEEEEE",
      wrapText: true,
    });
    expect(b).toMatchObject({
      horizontalAlignment: "Right",
      verticalAlignment: "Center",
      borders: { bottom: { style: "Continuous", weight: "Thin" } },
    });
  });

  test("a wrong shape is InvalidArgument", async () => {
    const { run } = setup(sheet);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1:B1")
          .setCellProperties([[{}]]);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  // SettableCellProperties has format, hyperlink, style (and textRuns) — no numberFormat.
  test.each([
    [{ numberFormat: "@" }],
    [{ format: { color: "#FF0000" } }],
    [{ format: { font: { colour: "#FF0000" } } }],
  ])("unknown keys are refused, nothing applied: %j", async (entry) => {
    const { host, run } = setup(sheet);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1:B1")
          .setCellProperties([[{ format: { font: { bold: true } } }, entry]]);
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.dump("S").formats[0][0].font.bold).toBe(false);
  });

  test("setColumnProperties sets widths and formats; setRowProperties heights", async () => {
    const { host, run } = setup(sheet);
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("S").getRange("A1:B2");
      r.setColumnProperties([{ format: { columnWidth: 20, font: { italic: true } } }, {}]);
      r.setRowProperties([{ format: { rowHeight: 33 } }, {}]);
      await context.sync();
    });
    const d = host.dump("S");
    expect(d.columnWidths.slice(0, 2)).toEqual([20, 48]);
    expect(d.rowHeights.slice(0, 2)).toEqual([33, 15]);
    expect(d.formats[1][0].font.italic).toBe(true);
    expect(d.formats[1][1].font.italic).toBe(false);
  });

  // Requirement set 1.9: on Excel 2016 (ExcelApi 1.8) the API does not exist: ApiNotFound.
  test("on ExcelApi 1.8 setCellProperties fails with ApiNotFound", async () => {
    const { run } = setup(sheet, { requirementSets: { ExcelApi: "1.8" } });
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .setCellProperties([[{}]]);
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
