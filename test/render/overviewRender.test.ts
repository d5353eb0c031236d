// The printed overview, for real: each plan's Oversigt written by the ExcelJS adapter, printed
// to PDF by LibreOffice with Carlito (Calibri's metrics), and its word boxes checked against the
// sheet description. Every text item's words must lie inside its cell (nothing clipped, nothing
// spilling), each status symbol on its action's last line, and no merged item split by a page.
// Needs Debian's libreoffice-calc-nogui, poppler-utils and fonts-crosextra-carlito
// (scripts/ensure-debian-packages.sh installs them).

import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { exampleClock, exampleRows, exampleSettings } from "../../examples/build-example";
import { OVERVIEW_SHEET, type WorkbookPort } from "../../src/core/port";
import { refreshOverview } from "../../src/core/refresh";
import { defaultSettings } from "../../src/core/settings";
import type { SheetDescription } from "../../src/core/sheet";
import { createPlanWorkbook, type PlanRowInput } from "../../src/xlsx/createPlanWorkbook";
import { saveWorkbook } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/XlsxWorkbookPort";
import { generatedPlanRows } from "../support/generatedPlan";
import { checkPrint } from "./checkPrint";
import { drawExcelColumnWidthsInLibreOffice } from "./libreOfficeColumns";
import { convertToPdf, pdfFonts } from "./pdfLayout";
import type { Settings } from "../../src/core/model";

const DECEMBER = { year: 2019, month: 12 };
const SEPTEMBER = { year: 2019, month: 9 };

/** Four focus areas: narrower columns, Danish and English text, letters beyond ASCII. */
function fourAreas(): PlanRowInput[] {
  const rows: PlanRowInput[] = [];
  const texts = [
    "Visit companies in Shanghai ÆØÅ æøå",
    "Besøg til Wuxi juni 2017 (introducering af ny tovholder, ny partner til HC Ørsted Gymnasium)",
    "Kort handling",
    "Rammesætte, støtte op om og kvalificere besøg (forslag til besøgsinput)",
    "Łódź – Kraków “partnerskab” … √ ✓ — afrapportering’",
  ];
  for (let a = 1; a <= 4; a++) {
    for (let i = 1; i <= 2; i++) {
      texts.forEach((text, k) => {
        rows.push({
          focusArea: `Fokusområde ${a}: ${["Erhverv", "Kultur", "Skole & Uddannelse", "Sundhed"][a - 1]}`,
          initiative: `Indsats ${a}.${i} med et navn der godt kan fylde to linjer i kolonnen`,
          action: (a + i + k) % 2 === 0 ? text : `${text} og opfølgning`,
          status: ["√", "(√)", "%", ""][(a + k) % 4],
          note:
            k % 2 === 0 ? `Note ${a}.${i}.${k}: drøftet med partnerne; næste møde aftalt` : null,
          statusDate: k % 3 === 0 ? DECEMBER : SEPTEMBER,
        });
      });
    }
  }
  return rows;
}

/** A plan of several printed pages (the benchmark's generated plan). */
function longPlan(): PlanRowInput[] {
  return generatedPlanRows(150).map(([focusArea, initiative, action, status, note, date]) => ({
    focusArea: String(focusArea),
    initiative: String(initiative),
    action: String(action),
    status: String(status),
    note: note ? String(note) : null,
    statusDate: Number(date),
  }));
}

/** Builds the plan's overview through the ExcelJS adapter; the file holds only the overview. */
async function writeOverview(
  dir: string,
  name: string,
  rows: PlanRowInput[],
  settings: Settings
): Promise<{ file: string; sheet: SheetDescription }> {
  const workbook = createPlanWorkbook(rows, settings);
  const port = new XlsxWorkbookPort(workbook);
  let sheet: SheetDescription | undefined;
  const capturing: WorkbookPort = {
    read: () => port.read(),
    writeGeneratedSheet: (description, marker) => {
      sheet = description;
      return port.writeGeneratedSheet(description, marker);
    },
  };
  const result = await refreshOverview(capturing, { now: exampleClock });
  if (!result.written || !sheet) throw new Error(`${name}: no overview written`);
  for (const ws of [...workbook.worksheets]) {
    if (ws.name !== OVERVIEW_SHEET) workbook.removeWorksheet(ws.id);
  }
  // The copy LibreOffice prints draws Excel's column pixels (see libreOfficeColumns.ts).
  drawExcelColumnWidthsInLibreOffice(workbook.getWorksheet(OVERVIEW_SHEET)!, sheet.columnWidths);
  const file = path.join(dir, `${name}.xlsx`);
  await saveWorkbook(workbook, file);
  return { file, sheet };
}

describe("the printed overview (LibreOffice + Carlito)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-render-"));
  const printed: Record<string, { sheet: SheetDescription; pdf: string }> = {};

  beforeAll(async () => {
    const plans = [
      await writeOverview(dir, "example", exampleRows(), exampleSettings()),
      await writeOverview(dir, "four-areas", fourAreas(), {
        ...defaultSettings("da"),
        currentStatusDate: DECEMBER,
      }),
      await writeOverview(dir, "long", longPlan(), {
        ...defaultSettings("da"),
        currentStatusDate: DECEMBER,
      }),
    ];
    const pdfs = convertToPdf(
      plans.map((p) => p.file),
      dir
    );
    plans.forEach((p, i) => {
      printed[path.basename(p.file, ".xlsx")] = { sheet: p.sheet, pdf: pdfs[i] };
    });
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(["example", "four-areas", "long"])(
    "%s: every item prints whole in its cell, symbols end their actions, pages break between items",
    (name) => {
      const { sheet, pdf } = printed[name];
      expect(checkPrint(sheet, pdf)).toEqual([]);
    }
  );

  it("LibreOffice drew the text with Carlito (Calibri's metrics), not a substitute", () => {
    // Only ✓, which Carlito lacks (the width table counts it as one em), may fall back to
    // another font: it occurs in the four-area plan alone.
    for (const name of ["example", "long"]) {
      const fonts = pdfFonts(printed[name].pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.startsWith("Carlito"))).toEqual([]);
    }
    expect(pdfFonts(printed["four-areas"].pdf)).toEqual(
      expect.arrayContaining(["Carlito", "Carlito-Bold", "Carlito-Italic"])
    );
  });

  it("the long plan needs several pages and gets manual breaks for them", () => {
    const breaks = printed.long.sheet.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThanOrEqual(3);
  });
});
