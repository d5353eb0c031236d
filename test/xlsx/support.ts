// Helpers for adapter tests: save and re-open workbooks as real .xlsx bytes, temp directories.

import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Settings } from "../../src/core/model";
import { defaultSettings } from "../../src/core/settings";
import type { PlanRowInput } from "../../src/xlsx/createPlanWorkbook";

/** Writes the workbook to .xlsx bytes and loads them into a fresh ExcelJS workbook. */
export async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await workbook.xlsx.writeBuffer();
  const fresh = new ExcelJS.Workbook();
  await fresh.xlsx.load(buffer);
  return fresh;
}

export async function loadFile(filePath: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(filePath);
  return workbook;
}

export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "statusoversigt-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const DEC_2019 = { year: 2019, month: 12 };
export const SEP_2019 = { year: 2019, month: 9 };

/** A small plan: two focus areas, three initiatives, a current and an older note. */
export function smallPlan(): PlanRowInput[] {
  return [
    {
      focusArea: "Overordnet fokus",
      initiative: "Besøg",
      action: "Frokost med ambassadøren",
      status: "(√)",
      note: "Ikke holdt i 2019",
      statusDate: DEC_2019,
    },
    {
      focusArea: "Overordnet fokus",
      initiative: "Besøg",
      action: "Delegation fra Wuxi",
      status: null,
      note: "Kommer december 2019",
      statusDate: SEP_2019,
    },
    {
      focusArea: "Overordnet fokus",
      initiative: "Kultur",
      action: "Kinesisk nytår",
      status: "√",
    },
    {
      focusArea: "Erhverv",
      initiative: "Døråbner",
      action: "Denmark Day",
      status: "%",
      note: "Blev ikke relevant",
      statusDate: SEP_2019,
    },
  ];
}

export function smallSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings("da"),
    title: "Testplan",
    intro: "En kort indledning.",
    currentStatusDate: DEC_2019,
    focusAreaOrder: ["Overordnet fokus", "Erhverv"],
    ...overrides,
  };
}

/** Every cell of a worksheet as [address, cell] for searching. */
export function allCells(sheet: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells.push(cell);
    })
  );
  return cells;
}
