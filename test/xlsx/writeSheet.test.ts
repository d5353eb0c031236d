// The overview writer on a hand-made sheet description, read back from real .xlsx bytes.

import ExcelJS from "exceljs";
import { OVERVIEW_MARKER_NAME } from "../../src/core/port";
import type { CellStyle, SheetCell, SheetDescription } from "../../src/core/sheet";
import { ForeignSheetError, writeGeneratedSheet } from "../../src/xlsx/writeSheet";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { reload } from "./support";

/** What a cell holds, read from a parameter (ExcelJS cells, not Office.js proxies). */
function kindOf(c: ExcelJS.Cell): { value: unknown; type: ExcelJS.ValueType; formula: unknown } {
  return { value: c.value, type: c.type, formula: c.formula };
}

function cell(value: string | number | null, style?: CellStyle): SheetCell {
  return style ? { value, style } : { value };
}

function description(overrides: Partial<SheetDescription> = {}): SheetDescription {
  const red: CellStyle = { color: "#C00000", bold: true, italic: true };
  return {
    name: "Oversigt",
    columnCount: 3,
    cells: [
      [cell("Titel", { bold: true, fontSize: 16 }), cell(null), cell(null)],
      [
        cell("Indsats: Besøg", { fill: "#DCE6F1", borderBottom: "medium", borderTop: "thin" }),
        cell("√", { horizontalAlignment: "center" }),
        cell(7),
      ],
      [cell("=SUM(A1:A2)"), cell("+45 12 34 56 78"), cell("-ikke en formel")],
      [cell("@navn", { wrap: true, verticalAlignment: "top" }), cell("Rød note", red), cell(null)],
    ],
    merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 3 }],
    columnWidths: [40, 6, 30],
    rowHeights: [24, 15, 30],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
      printTitleRows: { first: 1, last: 1 },
      margins: { top: 0.5, bottom: 0.6, left: 0.4, right: 0.3 },
    },
    frozenRows: 2,
    ...overrides,
  };
}

async function writtenSheet(
  desc = description()
): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const source = new ExcelJS.Workbook();
  source.addWorksheet("Plan").getCell("A1").value = "Fokusområde";
  writeGeneratedSheet(source, desc, OVERVIEW_MARKER_NAME);
  const wb = await reload(source);
  const ws = wb.getWorksheet("Oversigt");
  if (!ws) throw new Error("no Oversigt sheet");
  return { wb, ws };
}

describe("writeGeneratedSheet", () => {
  it("writes values, and strings starting with =, +, - or @ as text, never formulas", async () => {
    const { ws } = await writtenSheet();
    expect(ws.getCell("A1").value).toBe("Titel");
    expect(ws.getCell("C2").value).toBe(7);
    for (const [address, text] of [
      ["A3", "=SUM(A1:A2)"],
      ["B3", "+45 12 34 56 78"],
      ["C3", "-ikke en formel"],
      ["A4", "@navn"],
    ]) {
      expect(kindOf(ws.getCell(address))).toEqual({
        value: text,
        type: ExcelJS.ValueType.String,
        formula: undefined,
      });
    }
  });

  it("writes fonts, colours, fills, borders and alignment", async () => {
    const { ws } = await writtenSheet();
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(ws.getCell("B4").font).toMatchObject({
      bold: true,
      italic: true,
      color: { argb: "FFC00000" },
    });
    expect(ws.getCell("A2").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFDCE6F1" },
    });
    expect(ws.getCell("A2").border).toMatchObject({
      bottom: { style: "medium" },
      top: { style: "thin" },
    });
    expect(ws.getCell("B2").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A4").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("writes merges, column widths, row heights, page setup, print titles and frozen rows", async () => {
    const { ws } = await writtenSheet();
    expect(ws.model.merges).toEqual(["A1:C1"]);
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([40, 6, 30]);
    expect(ws.getRow(1).height).toBe(24);
    expect(ws.getRow(3).height).toBe(30);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "2:2",
    });
    expect(ws.pageSetup.margins).toMatchObject({ top: 0.5, bottom: 0.6, left: 0.4, right: 0.3 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("marks the sheet as generated with the workbook name", async () => {
    const { wb } = await writtenSheet();
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
      .model;
    expect(names.find((n) => n.name === OVERVIEW_MARKER_NAME)?.ranges).toEqual(["Oversigt!$A$1"]);
    expect(readSnapshot(wb).generated.overview).toBe("generated");
  });

  it("rebuilds a generated overview in place and leaves the other sheets alone", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Plan").getCell("A1").value = "Fokusområde";
    writeGeneratedSheet(source, description(), OVERVIEW_MARKER_NAME);
    source.addWorksheet("Noter").getCell("B2").value = "mine noter";
    const first = await reload(source);
    writeGeneratedSheet(
      first,
      description({
        cells: [[cell("Ny titel"), cell(null), cell(null)]],
        rowHeights: [20],
        merges: [],
      }),
      OVERVIEW_MARKER_NAME
    );
    const second = await reload(first);
    expect(second.worksheets.map((ws) => ws.name)).toEqual(["Plan", "Oversigt", "Noter"]);
    const overview = second.getWorksheet("Oversigt");
    expect(overview?.getCell("A1").value).toBe("Ny titel");
    expect(overview?.getCell("A3").value).toBeNull(); // old content is gone
    expect(overview?.model.merges).toEqual([]);
    expect(second.getWorksheet("Noter")?.getCell("B2").value).toBe("mine noter");
    expect(second.getWorksheet("Plan")?.getCell("A1").value).toBe("Fokusområde");
    expect(readSnapshot(second).generated.overview).toBe("generated");
  });

  it("refuses to overwrite a sheet Oversigt it did not make", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("oversigt").getCell("A1").value = "brugerens eget ark";
    expect(() => writeGeneratedSheet(wb, description(), OVERVIEW_MARKER_NAME)).toThrow(
      ForeignSheetError
    );
    expect(wb.getWorksheet("oversigt")?.getCell("A1").value).toBe("brugerens eget ark");
  });
});
