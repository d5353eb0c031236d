// The same workbook read through both hosts gives the same snapshot: each host only fetches
// raw grids and names, and the core's reading rules (src/core/readWorkbook.ts) decide. The
// Office.js adapter runs through Microsoft's client library against the fake Excel (test/excel's
// harness), fed the very .xlsx file that the ExcelJS adapter opens.

import * as path from "path";
import ExcelJS from "exceljs";
import { OVERVIEW_MARKER_NAME, OVERVIEW_SHEET, type WorkbookSnapshot } from "../../src/core/port";
import { refreshOverview } from "../../src/core/refresh";
import { defaultSettings } from "../../src/core/settings";
import { readWorkbook as readInExcel } from "../../src/excel/readWorkbook";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { openWorkbook } from "../../src/xlsx/files";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { XlsxWorkbookPort } from "../../src/xlsx/XlsxWorkbookPort";
import { FIXED_NOW, harness, initFromXlsx } from "../excel/support";
import { DEC_2019, makeTempDir, smallPlan } from "../xlsx/support";

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => (temp = makeTempDir()));
afterAll(() => temp.cleanup());

let fileNo = 0;

/** Saves the workbook and reads the file through both hosts. */
async function readBoth(
  workbook: ExcelJS.Workbook,
  options: { markerKept?: boolean } = {}
): Promise<{ exceljs: WorkbookSnapshot; excel: WorkbookSnapshot }> {
  const file = path.join(temp.dir, `parity-${++fileNo}.xlsx`);
  await workbook.xlsx.writeFile(file);
  const exceljs = readSnapshot(await openWorkbook(file));
  const init = await initFromXlsx(file);
  // initFromXlsx leaves the overview's marker out; a generated overview needs it back.
  if (options.markerKept) {
    init.names = [
      ...(init.names ?? []),
      { name: OVERVIEW_MARKER_NAME, formula: `='${OVERVIEW_SHEET}'!$A$1` },
    ];
  }
  const { host } = harness(init);
  const excel = await host.Excel.run(
    async (context: Excel.RequestContext) => (await readInExcel(context)).snapshot
  );
  return { exceljs, excel };
}

const settings = () => ({ ...defaultSettings("da"), currentStatusDate: DEC_2019 });

describe("both hosts read the same workbook the same way", () => {
  it("with tables: table Handlinger, table Indstillinger and the name", async () => {
    const { exceljs, excel } = await readBoth(createPlanWorkbook(smallPlan(), settings()));
    expect(excel).toEqual(exceljs);
    expect(exceljs.plan).toMatchObject({ kind: "table", headerRow: 1, firstColumn: 0 });
    expect(exceljs.plan?.rows).toHaveLength(smallPlan().length);
    expect(exceljs.settings).toMatchObject({ kind: "table", firstRow: 2 });
    expect(exceljs.settings?.currentStatusDate).toBe(43800);
    expect(exceljs.generated.overview).toBe("absent");
  });

  it("with sheets only: a title above the plan's header, the plan from column B, settings in A–B", async () => {
    const wb = new ExcelJS.Workbook();
    const plan = wb.addWorksheet("Plan");
    plan.getCell("A1").value = "Min plan";
    plan.getRow(3).values = [
      null,
      "Fokusområde",
      "Indsats",
      "Handling/aktivitet",
      "Status",
      "Statusnote",
      "Statusdato",
      "Eget",
    ];
    plan.getRow(4).values = [null, "Erhverv", "Døråbner", "Denmark Day", "√", "", "2019-12", "x"];
    plan.getRow(5).values = [null, "Erhverv", "Døråbner", "Messe", "%", "Aflyst", "2019-09"];
    const set = wb.addWorksheet("Indstillinger");
    set.addRow(["Indstilling", "Værdi"]);
    set.addRow(["Titel", "Uden tabeller"]);
    set.addRow(["Aktuel statusdato", "december 2019"]);
    const { exceljs, excel } = await readBoth(wb);
    expect(excel).toEqual(exceljs);
    expect(exceljs.plan).toMatchObject({ kind: "sheet", headerRow: 3, firstColumn: 1 });
    expect(exceljs.plan?.header).toHaveLength(7);
    expect(exceljs.plan?.rows).toHaveLength(2);
    expect(exceljs.settings).toEqual({
      kind: "sheet",
      sheet: "Indstillinger",
      firstRow: 2,
      firstColumn: 0,
      rows: [
        ["Titel", "Uden tabeller"],
        ["Aktuel statusdato", "december 2019"],
      ],
    });
  });

  it("with no settings at all", async () => {
    const { exceljs, excel } = await readBoth(createPlanWorkbook(smallPlan(), null));
    expect(excel).toEqual(exceljs);
    expect(exceljs.settings).toBeNull();
    expect(exceljs.plan?.kind).toBe("table");
  });

  it("with a foreign Oversigt", async () => {
    const wb = createPlanWorkbook(smallPlan(), settings());
    wb.addWorksheet("Oversigt").getCell("A1").value = "Brugerens egen oversigt";
    const { exceljs, excel } = await readBoth(wb);
    expect(excel).toEqual(exceljs);
    expect(exceljs.generated.overview).toBe("foreign");
  });

  it("with the overview it generated", async () => {
    const wb = createPlanWorkbook(smallPlan(), settings());
    const result = await refreshOverview(new XlsxWorkbookPort(wb), { now: () => FIXED_NOW });
    expect(result.written).toBe(true);
    const { exceljs, excel } = await readBoth(wb, { markerKept: true });
    expect(excel).toEqual(exceljs);
    expect(exceljs.generated.overview).toBe("generated");
  });
});
