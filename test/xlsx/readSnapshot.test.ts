// Reading plan, settings and overview state from real .xlsx bytes.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { OVERVIEW_MARKER_NAME } from "../../src/core/port";
import { NO_CACHED_RESULT } from "../../src/xlsx/cellValue";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { openWorkbook } from "../../src/xlsx/files";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { yearMonthToExcelSerial } from "../../src/core/dates";
import { makeTempDir, reload, smallPlan, smallSettings } from "./support";
import { promises as fs } from "fs";
import * as path from "path";

describe("reading the plan", () => {
  it("reads the table Handlinger: header, data rows and their sheet rows", async () => {
    const wb = await reload(createPlanWorkbook(smallPlan(), smallSettings()));
    const { plan } = readSnapshot(wb);
    expect(plan).toMatchObject({ kind: "table", sheet: "Plan", headerRow: 1 });
    expect(plan?.header).toEqual([
      "Fokusområde",
      "Indsats",
      "Handling/aktivitet",
      "Status",
      "Statusnote",
      "Statusdato",
    ]);
    expect(plan?.rows).toHaveLength(4);
    expect(plan?.rows[0].slice(0, 5)).toEqual([
      "Overordnet fokus",
      "Besøg",
      "Frokost med ambassadøren",
      "(√)",
      "Ikke holdt i 2019",
    ]);
    // The month is a real date cell: ExcelJS delivers a UTC Date, the host its serial (as
    // Office.js does).
    expect(plan?.rows[0][5]).toBe(43800);
    expect(plan?.rows[2][4]).toBeNull();
  });

  it("finds the table on any sheet and below other rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Handlingsplan");
    ws.getCell("A1").value = "Min overskrift";
    ws.addTable({
      name: "Handlinger",
      ref: "B3",
      columns: [{ name: "Fokusområde" }, { name: "Indsats" }, { name: "Handling/aktivitet" }],
      rows: [["F", "I", "H"]],
    });
    const { plan } = readSnapshot(await reload(wb));
    expect(plan).toMatchObject({ kind: "table", sheet: "Handlingsplan", headerRow: 3 });
    expect(plan?.header).toEqual(["Fokusområde", "Indsats", "Handling/aktivitet"]);
    expect(plan?.rows).toEqual([["F", "I", "H"]]);
  });

  it("falls back to the first non-empty row of sheet Plan when there is no table", async () => {
    const wb = createPlanWorkbook(smallPlan(), null, { planAs: "sheet" });
    const ws = wb.getWorksheet("Plan");
    ws?.spliceRows(1, 0, [], [], []); // three empty rows above the header
    const { plan } = readSnapshot(await reload(wb));
    expect(plan?.kind).toBe("sheet");
    expect(plan?.headerRow).toBe(4);
    expect(plan?.header.slice(0, 3)).toEqual(["Fokusområde", "Indsats", "Handling/aktivitet"]);
    expect(plan?.rows).toHaveLength(4);
    expect(plan?.rows[3][2]).toBe("Denmark Day");
  });

  it("returns no plan when there is neither the table nor a sheet Plan", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ark1").getCell("A1").value = "Fokusområde";
    expect(readSnapshot(await reload(wb)).plan).toBeNull();
  });

  it("reads rich text, hyperlinks, formulas, errors, booleans and merged cells as plain values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow([
      "Fokusområde",
      "Indsats",
      "Handling/aktivitet",
      "Status",
      "Statusnote",
      "Statusdato",
    ]);
    ws.addRow([
      { richText: [{ text: "Rig " }, { text: "tekst", font: { bold: true } }] },
      { text: "Linket indsats", hyperlink: "https://example.org" },
      { formula: 'CONCAT("Hand","ling")', result: "Handling" },
      { formula: "A1", result: { error: "#REF!" } },
      { error: "#N/A" },
      { formula: "DATE(2019,12,1)", result: new Date(Date.UTC(2019, 11, 1)) },
    ]);
    ws.addRow([
      "F",
      "I",
      { formula: "1+1" },
      true,
      42,
      yearMonthToExcelSerial({ year: 2019, month: 9 }),
    ]);
    ws.addRow(["Fletning", null, "H", null, null, null]);
    ws.mergeCells("A4:B4");
    const { plan } = readSnapshot(await reload(wb));
    expect(plan?.rows[0]).toEqual([
      "Rig tekst",
      "Linket indsats",
      "Handling",
      { error: "#REF!" },
      { error: "#N/A" },
      43800,
    ]);
    expect(plan?.rows[1]).toEqual(["F", "I", { error: NO_CACHED_RESULT }, true, 42, 43709]);
    // Only the anchor of a merged range carries the value, as in Office.js.
    expect(plan?.rows[2].slice(0, 2)).toEqual(["Fletning", null]);
  });
});

describe("reading settings", () => {
  it("reads the table Indstillinger and the value behind the name AktuelStatusdato", async () => {
    const wb = await reload(createPlanWorkbook(smallPlan(), smallSettings()));
    const { settings } = readSnapshot(wb);
    expect(settings?.sheet).toBe("Indstillinger");
    expect(settings?.firstRow).toBe(2);
    expect(settings?.rows[0]).toEqual(["Titel", "Testplan"]);
    expect(settings?.currentStatusDate).toBe(43800);
  });

  it("falls back to columns A and B of sheet Indstillinger, skipping a header row", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan");
    const ws = wb.addWorksheet("Indstillinger");
    ws.addRow(["Indstilling", "Værdi"]);
    ws.addRow(["Titel", "Uden tabel"]);
    ws.addRow(["Aktuel statusdato", "september 2019"]);
    const { settings } = readSnapshot(await reload(wb));
    expect(settings).toEqual({
      kind: "sheet",
      sheet: "Indstillinger",
      firstRow: 2,
      firstColumn: 0,
      rows: [
        ["Titel", "Uden tabel"],
        ["Aktuel statusdato", "september 2019"],
      ],
    });
  });

  it("reports #REF! for a name AktuelStatusdato whose sheet is gone, and no settings without any", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan");
    expect(readSnapshot(await reload(wb)).settings).toBeNull();
    wb.definedNames.add("'Slettet ark'!$B$2", "AktuelStatusdato");
    expect(readSnapshot(wb).settings?.currentStatusDate).toEqual({ error: "#REF!" });
  });
});

describe("the overview's state", () => {
  it("is absent, generated (marker name on its A1) or foreign", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan");
    expect(readSnapshot(wb).generated.overview).toBe("absent");
    wb.addWorksheet("Oversigt");
    expect(readSnapshot(await reload(wb)).generated.overview).toBe("foreign");
    wb.definedNames.add("'Oversigt'!$B$2", OVERVIEW_MARKER_NAME);
    expect(readSnapshot(await reload(wb)).generated.overview).toBe("foreign");
    const marked = new ExcelJS.Workbook();
    marked.addWorksheet("Oversigt");
    marked.definedNames.add("'Oversigt'!$A$1", OVERVIEW_MARKER_NAME);
    expect(readSnapshot(await reload(marked)).generated.overview).toBe("generated");
  });
});

describe("tables saved by Excel", () => {
  it("keeps the header row of a table whose XML omits headerRowCount (Excel's default)", async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      // Excel writes no headerRowCount attribute when the table has its header row.
      const bytes = await createPlanWorkbook(smallPlan(), smallSettings()).xlsx.writeBuffer();
      const zip = await JSZip.loadAsync(bytes);
      const tableFiles = Object.keys(zip.files).filter((name) => name.startsWith("xl/tables/"));
      expect(tableFiles.length).toBeGreaterThan(0);
      for (const name of tableFiles) {
        const xml = await zip.files[name].async("string");
        zip.file(name, xml.replace(/ headerRowCount="1"/, ""));
      }
      const file = path.join(dir, "excel.xlsx");
      await fs.writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));

      const wb = await openWorkbook(file);
      expect(readSnapshot(wb).plan?.header[0]).toBe("Fokusområde");
      const resaved = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
      for (const name of Object.keys(resaved.files).filter((n) => n.startsWith("xl/tables/"))) {
        expect(await resaved.files[name].async("string")).not.toContain('headerRowCount="0"');
      }
    } finally {
      cleanup();
    }
  });
});
