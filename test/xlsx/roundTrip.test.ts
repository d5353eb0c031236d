// The whole path on a real file: plan workbook → refreshOverview through the ExcelJS port →
// .xlsx bytes → read back with ExcelJS and compared with the sheet description.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { OVERVIEW_MARKER_NAME } from "../../src/core/port";
import { refreshOverview } from "../../src/core/refresh";
import type { SheetDescription } from "../../src/core/sheet";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { workbookBuffer } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/XlsxWorkbookPort";
import { allCells, reload, smallPlan, smallSettings } from "./support";

const NOW = () => new Date(2019, 11, 2, 12, 0);

async function refreshed(
  rows = smallPlan()
): Promise<{ sheet: SheetDescription; wb: ExcelJS.Workbook; port: XlsxWorkbookPort }> {
  const source = createPlanWorkbook(rows, smallSettings());
  const port = new XlsxWorkbookPort(source);
  const result = await refreshOverview(port, { now: NOW });
  expect(result.written).toBe(true);
  if (!result.sheet) throw new Error("no sheet description");
  return { sheet: result.sheet, wb: await reload(source), port };
}

function columnLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

describe("overview round trip through an .xlsx file", () => {
  it("writes every value of the description to its cell", async () => {
    const { sheet, wb } = await refreshed();
    const ws = wb.getWorksheet("Oversigt") as ExcelJS.Worksheet;
    expect(ws).toBeDefined();
    const covered = new Set(
      sheet.merges.flatMap((m) =>
        Array.from({ length: m.rowCount * m.columnCount }, (_, i) => [
          m.row + Math.floor(i / m.columnCount),
          m.column + (i % m.columnCount),
        ])
          .filter(([r, c]) => r !== m.row || c !== m.column)
          .map(([r, c]) => `${r}:${c}`)
      )
    );
    let checked = 0;
    sheet.cells.forEach((row, r) =>
      row.forEach((spec, c) => {
        if (covered.has(`${r}:${c}`)) return;
        expect([r, c, ws.getCell(r + 1, c + 1).value]).toEqual([r, c, spec.value]);
        checked++;
      })
    );
    expect(checked).toBeGreaterThan(20);
    const texts = allCells(ws).map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining([
        "Testplan",
        "Frokost med ambassadøren",
        "Ikke holdt i 2019",
        "Erhverv",
      ])
    );
  });

  it("colours the current round's entries and makes them bold", async () => {
    const { sheet, wb } = await refreshed();
    const ws = wb.getWorksheet("Oversigt") as ExcelJS.Worksheet;
    const marked = sheet.cells.flatMap((row, r) =>
      row.flatMap((spec, c) =>
        spec.style?.color === "#C00000" && spec.value !== null ? [{ r, c, spec }] : []
      )
    );
    const markedValues = marked.map((m) => m.spec.value);
    expect(markedValues).toEqual(expect.arrayContaining(["Ikke holdt i 2019", "(√)"]));
    expect(markedValues).not.toContain("Blev ikke relevant"); // September: not the current round
    for (const { r, c, spec } of marked) {
      const font = ws.getCell(r + 1, c + 1).font;
      expect(font.color?.argb).toBe("FFC00000");
      expect(!!font.bold).toBe(!!spec.style?.bold);
    }
    const note = allCells(ws).find((c) => c.value === "Ikke holdt i 2019");
    expect(note?.font).toMatchObject({ bold: true, color: { argb: "FFC00000" } });
  });

  it("writes merges, column widths, row heights and the print setup", async () => {
    const { sheet, wb } = await refreshed();
    const ws = wb.getWorksheet("Oversigt") as ExcelJS.Worksheet;
    const expectedMerges = sheet.merges
      .filter((m) => m.rowCount * m.columnCount > 1)
      .map(
        (m) =>
          `${columnLetter(m.column)}${m.row + 1}:${columnLetter(m.column + m.columnCount - 1)}${m.row + m.rowCount}`
      );
    expect([...ws.model.merges].sort()).toEqual([...expectedMerges].sort());
    sheet.columnWidths.forEach((w, c) => expect(ws.getColumn(c + 1).width).toBeCloseTo(w, 5));
    sheet.rowHeights.forEach((h, r) => {
      if (h !== null) expect(ws.getRow(r + 1).height).toBeCloseTo(h, 5);
    });
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const titles = sheet.page.printTitleRows;
    expect(titles).toBeDefined();
    if (titles) expect(ws.pageSetup.printTitlesRow).toBe(`${titles.first + 1}:${titles.last + 1}`);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
      .model;
    expect(names.find((n) => n.name === OVERVIEW_MARKER_NAME)?.ranges).toEqual(["Oversigt!$A$1"]);
  });

  it("keeps plan text that starts with =, +, - or @ as text in the file (no formula element)", async () => {
    const rows = smallPlan();
    rows[0] = { ...rows[0], action: '=HYPERLINK("http://x")', note: "@kollega: +45 1234" };
    rows[2] = { ...rows[2], action: "-ikke en formel", initiative: "+Kultur" };
    const source = createPlanWorkbook(rows, smallSettings());
    const result = await refreshOverview(new XlsxWorkbookPort(source), { now: NOW });
    expect(result.written).toBe(true);
    const bytes = await workbookBuffer(source);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("Oversigt") as ExcelJS.Worksheet;
    for (const text of ['=HYPERLINK("http://x")', "@kollega: +45 1234", "-ikke en formel"]) {
      const found = allCells(ws).find((c) => c.value === text);
      expect(found?.type).toBe(ExcelJS.ValueType.String);
      expect(found?.formula).toBeUndefined();
    }
    expect(allCells(ws).some((c) => String(c.value).includes("+Kultur"))).toBe(true);
    // At XML level: no cell of any sheet holds a formula element.
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    )) {
      expect(await zip.files[name].async("string")).not.toMatch(/<f[ >]/);
    }
  });

  it("leaves a foreign sheet Oversigt untouched and writes nothing", async () => {
    const source = createPlanWorkbook(smallPlan(), smallSettings());
    const foreign = source.addWorksheet("Oversigt");
    foreign.getCell("A1").value = "Min egen oversigt";
    foreign.getCell("C5").value = 12;
    const port = new XlsxWorkbookPort(source);
    const result = await refreshOverview(port, { now: NOW });
    expect(result.written).toBe(false);
    expect(port.written).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === "error" && d.sheet === "Oversigt")).toBe(
      true
    );
    const ws = (await reload(source)).getWorksheet("Oversigt") as ExcelJS.Worksheet;
    expect(allCells(ws).map((c) => [c.address, c.value])).toEqual([
      ["A1", "Min egen oversigt"],
      ["C5", 12],
    ]);
  });

  it("gives the same bytes for the same workbook when saved with a fixed date", async () => {
    const date = new Date(Date.UTC(2019, 11, 2));
    const a = await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings()), {
      fixedDate: date,
    });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have 2 s resolution
    const b = await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings()), {
      fixedDate: date,
    });
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
