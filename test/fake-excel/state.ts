// The backing state of the fake workbook: plain data the proxies read and write at sync,
// and that tests inspect (through dump() or directly via host.workbook).

import type { Rect } from "./address";

export type Scalar = string | number | boolean;

export interface BorderState {
  style: string;
  weight: string;
  color: string;
}

export type CellEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";
export const CELL_EDGES: CellEdge[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "DiagonalDown",
  "DiagonalUp",
];

export interface CellFormat {
  font: {
    bold: boolean;
    italic: boolean;
    underline: string;
    color: string;
    size: number;
    name: string;
    strikethrough: boolean;
  };
  /** `null`: no fill (Excel reports "#FFFFFF"). */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  borders: Record<CellEdge, BorderState>;
  locked: boolean;
}

export function defaultFormat(): CellFormat {
  const none = (): BorderState => ({ style: "None", weight: "Thin", color: "#000000" });
  return {
    font: {
      bold: false,
      italic: false,
      underline: "None",
      color: "#000000",
      size: 11,
      name: "Calibri",
      strikethrough: false,
    },
    fill: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    indentLevel: 0,
    borders: {
      EdgeTop: none(),
      EdgeBottom: none(),
      EdgeLeft: none(),
      EdgeRight: none(),
      DiagonalDown: none(),
      DiagonalUp: none(),
    },
    locked: true,
  };
}

export interface CellState {
  /** Constant value, or "" for empty. Formula cells keep "" here (values are computed on read). */
  value: Scalar;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

export interface DataValidationState {
  rule: Record<string, unknown>;
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  id: string;
  type: string;
  rect: Rect;
  /** For `custom`: the rule formula; for other types the fake keeps the raw settings. */
  formula: string;
  format: {
    font: {
      bold: boolean | null;
      italic: boolean | null;
      color: string | null;
      underline: string | null;
      strikethrough: boolean | null;
    };
    fill: string | null;
  };
  stopIfTrue: boolean;
  priority: number;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: {
    horizontalFitToPages?: number | null;
    verticalFitToPages?: number | null;
    scale?: number | null;
  };
  printGridlines: boolean;
  printHeadings: boolean;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  printOrder: string;
  blackAndWhite: boolean;
  draftMode: boolean;
  firstPageNumber: number | "";
  printComments: string;
  printErrors: string;
  /** Rows repeated at the top of each page, e.g. { r0: 0, r1: 2 }. */
  printTitleRows: { r0: number; r1: number } | null;
  printTitleColumns: { c0: number; c1: number } | null;
  printArea: Rect | null;
}

export function defaultPageLayout(): PageLayoutState {
  // Excel's defaults for a new sheet: portrait Letter, 100 %, "Normal" margins (in points).
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printGridlines: false,
    printHeadings: false,
    centerHorizontally: false,
    centerVertically: false,
    leftMargin: 50.4,
    rightMargin: 50.4,
    topMargin: 54,
    bottomMargin: 54,
    headerMargin: 21.6,
    footerMargin: 21.6,
    printOrder: "DownThenOver",
    blackAndWhite: false,
    draftMode: false,
    firstPageNumber: "",
    printComments: "NoComments",
    printErrors: "AsDisplayed",
    printTitleRows: null,
    printTitleColumns: null,
    printArea: null,
  };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, CellState>;
  merges: Rect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  protection: { protected: boolean; options: Record<string, boolean>; password?: string };
  pageLayout: PageLayoutState;
  freeze: { rows: number; columns: number };
  /** Manual horizontal page breaks: rows (0-based, ascending) that start a new page. */
  rowBreaks: number[];
  conditionalFormats: ConditionalFormatState[];
  /** Per-cell data validation; cells set in one operation share the object. */
  validations: Map<number, DataValidationState>;
  /** Every autofitRows/autofitColumns call, in order (the fake does not measure text). */
  autofits: { kind: "rows" | "columns"; rect: Rect }[];
  tabColor: string;
  showGridlines: boolean;
  selection: Rect | null;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** The whole table including the header row (when shown). */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** Table.showFilterButton (ExcelApi 1.3); absent = shown, as for a new table. */
  showFilterButton?: boolean;
}

export interface NameState {
  name: string;
  /** `range`: refers to cells; `formula`: any other formula/constant (kept as text). */
  kind: "range" | "formula";
  sheetId?: string;
  rect?: Rect;
  /** For kind `formula`: the formula including "=". */
  formula?: string;
  comment: string;
  visible: boolean;
  /** Sheet id for worksheet-scoped names; undefined = workbook scope. */
  scopeSheetId?: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId: string;
  tables: TableState[];
  names: NameState[];
  protection: { protected: boolean };
  enableEvents: boolean;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11 = 64 px
export const DEFAULT_ROW_HEIGHT = 15; // points

export function cellKey(r: number, c: number): number {
  return r * 16384 + c;
}
export function keyRow(k: number): number {
  return Math.floor(k / 16384);
}
export function keyCol(k: number): number {
  return k % 16384;
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  wb.nextId += 1;
  const hex = wb.nextId.toString(16).toUpperCase().padStart(4, "0");
  return {
    id: `{00000000-${hex}-0000-C000-000000000046}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    protection: { protected: false, options: {} },
    pageLayout: defaultPageLayout(),
    freeze: { rows: 0, columns: 0 },
    rowBreaks: [],
    conditionalFormats: [],
    validations: new Map(),
    autofits: [],
    tabColor: "",
    showGridlines: true,
    selection: null,
  };
}

export function emptyWorkbook(): WorkbookState {
  return {
    sheets: [],
    activeSheetId: "",
    tables: [],
    names: [],
    protection: { protected: false },
    enableEvents: true,
    nextId: 0,
  };
}

export function getCell(sheet: SheetState, r: number, c: number): CellState | undefined {
  return sheet.cells.get(cellKey(r, c));
}

/** Returns the cell, creating an empty one with the default format if needed. */
export function cellFor(sheet: SheetState, r: number, c: number): CellState {
  const k = cellKey(r, c);
  let cell = sheet.cells.get(k);
  if (!cell) {
    cell = { value: "", numberFormat: "General", format: defaultFormat() };
    sheet.cells.set(k, cell);
  }
  return cell;
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function sheetById(wb: WorkbookState, id: string): SheetState | undefined {
  return wb.sheets.find((s) => s.id === id);
}

const DEFAULT_FORMAT_JSON = JSON.stringify(defaultFormat());
export function isDefaultFormat(f: CellFormat): boolean {
  return JSON.stringify(f) === DEFAULT_FORMAT_JSON;
}

/** What a Range proxy resolves to. */
export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}
