// Builds fake workbooks for the Office adapter tests: from plan rows (generated plans), or
// from an .xlsx file read with ExcelJS (the Bycirklen example), and the operations over them.

import ExcelJS from "exceljs";
import type { RawCell } from "../../src/core/raw";
import { isErrorCell } from "../../src/core/raw";
import type { YearMonth } from "../../src/core/model";
import { yearMonthToExcelSerial } from "../../src/core/dates";
import { defaultSettings, settingsRows } from "../../src/core/settings";
import {
  CURRENT_STATUS_DATE_NAME,
  OVERVIEW_MARKER_NAME,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
} from "../../src/core/port";
import {
  createExcelOperations,
  type ExcelOperations,
  type ExcelOperationsOptions,
} from "../../src/excel";
import { columnLetters } from "../../src/core/a1";
import {
  type FakeExcelOptions,
  type FakeSheetInit,
  type FakeWorkbookInit,
  type InitCell,
} from "../fake-excel";
import { createWireExcel } from "../fake-excel/officeClient";
import type { WireExcelHost } from "../fake-excel/wireHost";
import { PLAN_HEADER, generatedPlanRows } from "../support/generatedPlan";

/** A fixed clock, so two hosts produce the same generated-by line. */
export const FIXED_NOW = new Date(2019, 11, 10, 9, 30);

function initCell(value: RawCell): InitCell {
  if (value === null || value instanceof Date) return value;
  if (isErrorCell(value)) return value.error;
  return value;
}

export interface PlanInitOptions {
  header?: string[];
  /** Current status date in the settings (and the name); null = no settings at all. */
  statusDate?: YearMonth | null;
  /** Extra sheets, e.g. a foreign "Oversigt". */
  extraSheets?: FakeSheetInit[];
  /** Protect the sheet Plan. */
  protectPlan?: boolean;
  /** Leave out the table: the plan is only cells on sheet Plan. */
  noTable?: boolean;
  /** Sheet rows above the table (a title, an empty row): the header is on the next row. */
  above?: RawCell[][];
}

/** A workbook with sheet Plan (table Handlinger) and, unless statusDate is null, settings. */
export function planInit(rows: RawCell[][], options: PlanInitOptions = {}): FakeWorkbookInit {
  const header = options.header ?? PLAN_HEADER;
  const lastColumn = columnLetters(header.length - 1);
  const above = options.above ?? [];
  const top = above.length + 1; // the header's sheet row
  const sheets: FakeSheetInit[] = [
    {
      name: PLAN_SHEET,
      cells: [
        ...above.map((row) => row.map(initCell)),
        header,
        ...rows.map((row) => row.map(initCell)),
      ],
      // Typed text stays text, as in a plan made by "Opret plan".
      numberFormats: {
        [`A${top + 1}:${columnLetters(header.length - 2)}${top + rows.length}`]: "@",
      },
      protected: options.protectPlan ?? false,
    },
  ];
  const tables = options.noTable
    ? []
    : [
        {
          name: PLAN_TABLE,
          sheet: PLAN_SHEET,
          address: `A${top}:${lastColumn}${top + Math.max(1, rows.length)}`,
        },
      ];
  const names: FakeWorkbookInit["names"] = [];
  if (options.statusDate !== null) {
    const settings = {
      ...defaultSettings("da"),
      currentStatusDate: options.statusDate ?? { year: 2019, month: 12 },
    };
    const settingRows = settingsRows(settings, "da");
    sheets.push({
      name: SETTINGS_SHEET,
      cells: [["Indstilling", "Værdi"], ...settingRows],
      numberFormats: { [`A1:A${settingRows.length + 1}`]: "@" },
    });
    tables.push({
      name: SETTINGS_TABLE,
      sheet: SETTINGS_SHEET,
      address: `A1:B${settingRows.length + 1}`,
    });
    const dateRow = settingRows.findIndex(([, value]) => typeof value === "number") + 2;
    names.push({ name: CURRENT_STATUS_DATE_NAME, formula: `=${SETTINGS_SHEET}!$B$${dateRow}` });
  }
  sheets.push(...(options.extraSheets ?? []));
  return { sheets, tables, names };
}

export function generatedInit(actions: number, options: PlanInitOptions = {}): FakeWorkbookInit {
  return planInit(generatedPlanRows(actions), options);
}

function cellFromExcelJs(cell: ExcelJS.Cell): InitCell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === "number" || typeof v === "boolean" || typeof v === "string")
    return v;
  if (typeof v === "object" && "richText" in v) return v.richText.map((part) => part.text).join("");
  if (typeof v === "object" && "result" in v) {
    const result = (v as { result?: unknown }).result;
    return result instanceof Date || typeof result === "number" || typeof result === "string"
      ? result
      : null;
  }
  return String(cell.text);
}

/**
 * An .xlsx workbook as fake-workbook data: every sheet's cells (strings kept as text), tables
 * and workbook names. `skipSheets` leaves sheets out (e.g. a generated Oversigt with merges).
 */
export async function initFromXlsx(
  path: string,
  skipSheets: string[] = []
): Promise<FakeWorkbookInit> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets: FakeSheetInit[] = [];
  const tables: NonNullable<FakeWorkbookInit["tables"]> = [];
  for (const ws of workbook.worksheets) {
    if (skipSheets.includes(ws.name)) continue;
    const cells: InitCell[][] = [];
    const textFormats: Record<string, string> = {};
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: InitCell[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const cell = ws.getCell(r, c);
        const value = cellFromExcelJs(cell);
        row.push(value);
        if (typeof value === "string") textFormats[`${columnLetters(c - 1)}${r}`] = "@";
      }
      cells.push(row);
    }
    sheets.push({ name: ws.name, cells, numberFormats: textFormats });
    const wsTables = (
      ws as unknown as {
        tables: Record<string, { table: { name: string; tableRef?: string; ref?: string } }>;
      }
    ).tables;
    for (const entry of Object.values(wsTables ?? {})) {
      const ref = entry.table.tableRef ?? entry.table.ref;
      if (ref) tables.push({ name: entry.table.name, sheet: ws.name, address: ref });
    }
  }
  const names = (workbook.definedNames.model as { name: string; ranges: string[] }[])
    .filter((n) => n.name !== OVERVIEW_MARKER_NAME && n.ranges.length === 1)
    .filter(
      (n) =>
        !skipSheets.some(
          (s) => n.ranges[0].startsWith(`${s}!`) || n.ranges[0].startsWith(`'${s}'!`)
        )
    )
    .map((n) => ({ name: n.name, formula: `=${n.ranges[0]}` }));
  return { sheets, tables, names };
}

export interface Harness {
  /** Microsoft's Office.js client over the protocol-level fake server. */
  host: WireExcelHost;
  ops: ExcelOperations;
}

export function harness(
  init: FakeWorkbookInit,
  fakeOptions: FakeExcelOptions = {},
  options: ExcelOperationsOptions = {}
): Harness {
  const host = createWireExcel(init, fakeOptions);
  const ops = createExcelOperations(host.Excel, host.Office, { now: () => FIXED_NOW, ...options });
  return { host, ops };
}

export const DEC_2019: YearMonth = { year: 2019, month: 12 };
export const DEC_2019_SERIAL = yearMonthToExcelSerial(DEC_2019);
