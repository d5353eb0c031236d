// Sheet Plan as "Opret plan" (and the example, tests and bench) create it: a core description
// that both hosts apply. One list of column widths, one look, one table.

import { COLUMN_NAMES, REQUIRED_COLUMNS, type ColumnKey } from "../columns";
import type { Language } from "../model";
import { PLAN_SHEET, PLAN_TABLE, type PlanSource } from "../port";
import type { CellRange, CellStyle, NumberFormatSpec, SheetCell, SheetDescription } from "../sheet";
import { STATUS_DATE_NUMBER_FORMAT } from "../statusFormatting";
import { LANDSCAPE_FIT_WIDTH } from "./page";

/**
 * Column widths in characters: wide enough for the text of a typical action. None is exactly 9:
 * ExcelJS takes 9 for its default and leaves such a column's width out of the file.
 */
export const PLAN_COLUMN_WIDTHS: Record<ColumnKey, number> = {
  id: 8,
  focusArea: 20,
  initiative: 28,
  action: 60,
  status: 10,
  note: 50,
  statusDate: 16,
  owner: 30,
};

/** Columns holding free text: wrapped. */
const TEXT_COLUMNS: ReadonlySet<ColumnKey> = new Set([
  "focusArea",
  "initiative",
  "action",
  "note",
  "owner",
]);

/**
 * Every column but the status date is stored as text ("@"), so a typed "=…", "1/2" or "1.2"
 * stays as typed (and both hosts write the same formats).
 */
const isTextFormatted = (key: ColumnKey): boolean => key !== "statusDate";

export const PLAN_TABLE_STYLE = "TableStyleMedium2";

/** The columns Opret plan writes: the workbook contract's six and column Ansvarlig, empty. */
export const CREATED_PLAN_COLUMNS: readonly ColumnKey[] = [...REQUIRED_COLUMNS, "owner"];

export type PlanCellValue = string | number | null;

export interface PlanSheetOptions {
  /** Language of the column names. */
  language: Language;
  /** The plan's columns in order; default CREATED_PLAN_COLUMNS. */
  columns?: readonly ColumnKey[];
  /** Data rows, one value per column (a status date as an Excel serial); default none. */
  rows?: readonly PlanCellValue[][];
  /** `table` (default): table Handlinger; `sheet`: a plain bold header row. */
  planAs?: "table" | "sheet";
}

/** One shared style object per column (hosts convert each distinct object once). */
function bodyStyle(key: ColumnKey): CellStyle {
  return {
    verticalAlignment: "top",
    ...(TEXT_COLUMNS.has(key) ? { wrap: true } : {}),
    ...(key === "status" ? { horizontalAlignment: "center" as const } : {}),
  };
}

const column = (c: number, row: number, rowCount: number): CellRange => ({
  row,
  column: c,
  rowCount,
  columnCount: 1,
});

export function describePlanSheet(options: PlanSheetOptions): SheetDescription {
  const keys = options.columns ?? CREATED_PLAN_COLUMNS;
  const asTable = options.planAs !== "sheet";
  const given = options.rows ?? [];
  // A table needs at least one data row (Excel gives a new table one empty body row).
  const rows = given.length > 0 || !asTable ? given : [keys.map(() => null)];
  const headerStyle: CellStyle | undefined = asTable ? undefined : { bold: true };
  const styles = keys.map(bodyStyle);
  const cells: SheetCell[][] = [
    keys.map((key) => ({ value: COLUMN_NAMES[key][options.language], style: headerStyle })),
    ...rows.map((row) => keys.map((_, c) => ({ value: row[c] ?? null, style: styles[c] }))),
  ];
  const bodyRows = Math.max(rows.length, 1);
  const numberFormats: NumberFormatSpec[] = [];
  keys.forEach((key, c) => {
    const format = isTextFormatted(key) ? "@" : STATUS_DATE_NUMBER_FORMAT;
    numberFormats.push({ range: column(c, 1, bodyRows), format });
  });
  return {
    name: PLAN_SHEET,
    cells,
    columnCount: keys.length,
    merges: [],
    columnWidths: keys.map((key) => PLAN_COLUMN_WIDTHS[key]),
    rowHeights: [],
    // Printed like a list: header row on each page.
    page: { ...LANDSCAPE_FIT_WIDTH, printTitleRows: { first: 0, last: 0 } },
    frozenRows: 1,
    numberFormats,
    ...(asTable
      ? {
          tables: [
            {
              name: PLAN_TABLE,
              range: { row: 0, column: 0, rowCount: rows.length + 1, columnCount: keys.length },
              style: PLAN_TABLE_STYLE,
            },
          ],
        }
      : {}),
  };
}

/** The plan a described sheet Plan reads as (for the status formatting of a new plan). */
export function planSourceOf(sheet: SheetDescription): PlanSource {
  const values = sheet.cells.map((row) => row.map((cell) => cell.value));
  return {
    kind: sheet.tables?.some((table) => table.name === PLAN_TABLE) ? "table" : "sheet",
    sheet: sheet.name,
    headerRow: 1,
    firstColumn: 0,
    header: values[0] ?? [],
    rows: values.slice(1),
  };
}
