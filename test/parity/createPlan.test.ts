// "Opret plan" in Excel and a new plan workbook from ExcelJS apply the same core descriptions
// of sheet Plan and sheet Indstillinger: the same headers, column widths, tables, number
// formats, frozen header and settings rows, and the name on the same cell.

import ExcelJS from "exceljs";
import { PLAN_SHEET, SETTINGS_SHEET } from "../../src/core/port";
import { defaultSettings } from "../../src/core/settings";
import { characterWidthToPoints } from "../../src/excel/writeOverview";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { resolveName } from "../../src/xlsx/names";
import { harness } from "../excel/support";
import { reload } from "../xlsx/support";

async function bothHosts() {
  const { host, ops } = harness({ sheets: [{ name: "Ark1" }] });
  await ops.createPlan();
  const xlsx = await reload(createPlanWorkbook([], defaultSettings("da"), { language: "da" }));
  return { host, xlsx };
}

const widthsInPoints = (sheet: ExcelJS.Worksheet, count: number) =>
  Array.from({ length: count }, (_, c) => characterWidthToPoints(sheet.getColumn(c + 1).width!));

const rowValues = (sheet: ExcelJS.Worksheet, row: number, count: number) =>
  Array.from({ length: count }, (_, c) => sheet.getCell(row, c + 1).value ?? "");

describe("Opret plan gives the same sheets in both hosts", () => {
  it("sheet Plan: header, widths, table, text and month formats, frozen header", async () => {
    const { host, xlsx } = await bothHosts();
    const excel = host.dump(PLAN_SHEET);
    const sheet = xlsx.getWorksheet(PLAN_SHEET)!;
    // The six columns of the workbook contract and column Ansvarlig, empty.
    expect(excel.values[0]).toEqual(rowValues(sheet, 1, 7));
    expect(excel.values[0][6]).toBe("Ansvarlig");
    expect(excel.columnWidths.slice(0, 7)).toEqual(widthsInPoints(sheet, 7));
    expect(excel.tables[0]).toMatchObject({ name: "Handlinger", address: "A1:G2" });
    const table = sheet.getTable("Handlinger") as unknown as { table: { tableRef: string } };
    expect(table.table.tableRef).toBe("A1:G2");
    expect(excel.numberFormats[1]).toEqual(
      Array.from({ length: 7 }, (_, c) => sheet.getCell(2, c + 1).numFmt ?? "General")
    );
    expect(excel.freezePanes.rows).toBe(1);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("sheet Indstillinger: rows, widths, the date's format and the name's cell", async () => {
    const { host, xlsx } = await bothHosts();
    const excel = host.dump(SETTINGS_SHEET);
    const sheet = xlsx.getWorksheet(SETTINGS_SHEET)!;
    const rows = excel.values.length;
    for (let r = 0; r < rows; r++) expect(excel.values[r]).toEqual(rowValues(sheet, r + 1, 2));
    expect(excel.columnWidths.slice(0, 2)).toEqual(widthsInPoints(sheet, 2));
    const name = resolveName(xlsx, "AktuelStatusdato")!;
    expect(excel.numberFormats[name.row - 1][name.column - 1]).toBe("mmmm yyyy");
    const address = await host.Excel.run(async (context: Excel.RequestContext) => {
      const range = context.workbook.names.getItem("AktuelStatusdato").getRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe(`${SETTINGS_SHEET}!B${name.row}`);
    expect(name.column).toBe(2);
  });
});
