// The port's one generated-sheet writer in the Office.js adapter: it refuses a foreign sheet of
// the same name even when asked directly (the core never asks), and only takes markers of
// GENERATED_SHEETS, whose state its read knows.

import { UserFacingError } from "../../src/core/operations";
import { GENERATED_SHEETS, OVERVIEW_SHEET } from "../../src/core/port";
import type { SheetDescription } from "../../src/core/sheet";
import { ExcelWorkbookPort } from "../../src/excel";
import { generatedInit, harness } from "./support";

const SHEET: SheetDescription = {
  name: OVERVIEW_SHEET,
  cells: [[{ value: "Oversigt" }]],
  columnCount: 1,
  merges: [],
  columnWidths: [20],
  rowHeights: [15],
  page: { orientation: "landscape", paperSize: "A4", fitToPagesWide: 1 },
};

describe("writeGeneratedSheet (Office.js)", () => {
  test("refuses a foreign sheet of the same name and leaves it as it was", async () => {
    const foreign = { name: OVERVIEW_SHEET, cells: [["Min egen oversigt"]] };
    const { host } = harness(generatedInit(3, { extraSheets: [foreign] }));
    const before = host.dump(OVERVIEW_SHEET);
    const error = await host.Excel.run(async (context: Excel.RequestContext) => {
      const port = new ExcelWorkbookPort(context);
      await port.read();
      return port.writeGeneratedSheet(SHEET, GENERATED_SHEETS.overview.marker).catch((e) => e);
    });
    expect(error).toBeInstanceOf(UserFacingError);
    expect(host.dump(OVERVIEW_SHEET)).toEqual(before);
  });

  test("writes a new sheet under its marker, then rebuilds it as its own", async () => {
    const { host } = harness(generatedInit(3));
    for (const text of ["Første", "Anden"]) {
      await host.Excel.run(async (context: Excel.RequestContext) => {
        const port = new ExcelWorkbookPort(context);
        const sheet = { ...SHEET, cells: [[{ value: text }]] };
        await port.writeGeneratedSheet(sheet, GENERATED_SHEETS.overview.marker);
      });
      expect(host.dump(OVERVIEW_SHEET).values[0][0]).toBe(text);
    }
  });

  test("takes only the markers of GENERATED_SHEETS", async () => {
    const { host } = harness(generatedInit(3));
    const error = await host.Excel.run(async (context: Excel.RequestContext) =>
      new ExcelWorkbookPort(context).writeGeneratedSheet(SHEET, "Andet_Navn").catch((e) => e)
    );
    expect(error).toBeInstanceOf(Error);
    expect(host.sheetNames()).not.toContain(OVERVIEW_SHEET);
  });
});
