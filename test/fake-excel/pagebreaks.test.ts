// Manual page breaks (ExcelApi 1.9). Docs: Excel.PageBreakCollection
// (learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection): "add(pageBreakRange):
// Adds a page break before the top-left cell of the range specified"; "removePageBreaks():
// Resets all manual page breaks in the collection"; Worksheet.horizontalPageBreaks "only
// contains manual page breaks".

import { rejection, setup } from "./testkit";

const init = { sheets: [{ name: "Oversigt", cells: [["Titel"], ["tekst"]] }] };

describe("horizontal page breaks", () => {
  test("add() breaks above the range's top row; adding one twice keeps one", async () => {
    const { host, run } = setup(init);
    await run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Oversigt").horizontalPageBreaks;
      breaks.add("A40");
      breaks.add(context.workbook.worksheets.getItem("Oversigt").getRange("C12:D14"));
      breaks.add("A40");
      await context.sync();
    });
    expect(host.dump("Oversigt").rowBreaks).toEqual([11, 39]);
  });

  test("removePageBreaks() removes every manual break, queued in order with add()", async () => {
    const { host, run } = setup(init);
    await run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Oversigt").horizontalPageBreaks;
      breaks.add("A5");
      breaks.removePageBreaks();
      breaks.add("A9");
      await context.sync();
    });
    expect(host.dump("Oversigt").rowBreaks).toEqual([8]);
  });

  test("a break above row 1 is refused, and the whole sync with it", async () => {
    const { host, run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Oversigt").horizontalPageBreaks.add("A1");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
    expect(host.dump("Oversigt").rowBreaks).toEqual([]);
  });

  test("needs ExcelApi 1.9, like the rest of page layout", async () => {
    const { run } = setup(init, { requirementSets: { ExcelApi: "1.8" } });
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Oversigt").horizontalPageBreaks.add("A5");
        await context.sync();
      })
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
