// The overview's manual page breaks and explicit font in the .xlsx file itself.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildOverview } from "../../src/core/layout";
import { readPlan } from "../../src/core/readPlan";
import { defaultSettings } from "../../src/core/settings";
import { OVERVIEW_MARKER_NAME } from "../../src/core/port";
import { writeGeneratedSheet } from "../../src/xlsx/writeSheet";
import { PLAN_HEADER, generatedPlanRows } from "../support/generatedPlan";
import { reload } from "./support";

function longOverview() {
  const { plan } = readPlan({
    kind: "table",
    sheet: "Plan",
    headerRow: 1,
    firstColumn: 0,
    header: PLAN_HEADER,
    rows: generatedPlanRows(200),
  });
  return buildOverview(plan, {
    ...defaultSettings(),
    currentStatusDate: { year: 2019, month: 12 },
  });
}

describe("the overview's page breaks and font in the file", () => {
  it("writes a manual break above every row the core starts a page with", async () => {
    const sheet = longOverview();
    expect(sheet.rowBreaks!.length).toBeGreaterThan(2);
    const workbook = new ExcelJS.Workbook();
    writeGeneratedSheet(workbook, sheet, OVERVIEW_MARKER_NAME);
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // <brk id="n">: a break below 1-based row n, i.e. above 0-based row n.
    const ids = [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
    expect(ids).toEqual(sheet.rowBreaks);
  });

  it("gives every cell of the overview an explicit Calibri 11 (or its own size)", async () => {
    const sheet = longOverview();
    const workbook = new ExcelJS.Workbook();
    writeGeneratedSheet(workbook, sheet, OVERVIEW_MARKER_NAME);
    const ws = (await reload(workbook)).getWorksheet("Oversigt")!;
    sheet.cells.slice(0, 120).forEach((row, r) =>
      row.forEach((cell, c) => {
        const font = ws.getCell(r + 1, c + 1).font;
        expect(font?.name).toBe("Calibri");
        expect(font?.size).toBe(cell.style?.fontSize ?? 11);
      })
    );
  });
});
