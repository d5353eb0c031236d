// A host-neutral description of a generated sheet. The core builds it; each adapter
// (Office.js, ExcelJS) applies it in bulk. Coordinates are 0-based; row 0 is sheet row 1.

export type HorizontalAlignment = "left" | "center" | "right";
export type VerticalAlignment = "top" | "middle" | "bottom";
export type BorderWeight = "thin" | "medium";

export interface CellStyle {
  /** Font name; hosts fall back to their default (Calibri) when absent. */
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font colour `#RRGGBB`. */
  color?: string;
  /** Fill colour `#RRGGBB`. */
  fill?: string;
  /** Font size in points. */
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  borderTop?: BorderWeight;
  borderBottom?: BorderWeight;
  borderLeft?: BorderWeight;
  borderRight?: BorderWeight;
}

export interface SheetCell {
  /**
   * Always written as literal data: a string is text even if it starts with `=`, `+`, `-`
   * or `@` (adapters must never let it become a formula).
   */
  value: string | number | null;
  style?: CellStyle;
}

export interface CellRange {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface PageSetup {
  orientation: "landscape" | "portrait";
  paperSize: "A4";
  /** Fit all columns on this many pages wide (height unbounded). */
  fitToPagesWide: number;
  /** Sheet rows (0-based, inclusive) repeated at the top of each printed page. */
  printTitleRows?: { first: number; last: number };
  /** Margins in inches. */
  margins?: { top: number; bottom: number; left: number; right: number };
}

/**
 * An Excel table over part of the sheet (sheet Plan's Handlinger, Indstillinger's settings
 * table). Host-neutral: a name, the range it covers (header row included) and its style name.
 */
export interface TableSpec {
  name: string;
  /** The table's range, header row first; the header cells hold the column names. */
  range: CellRange;
  /** Built-in table style, e.g. `TableStyleMedium2`. */
  style: string;
  /** Filter buttons on the header (default true). */
  filterButtons?: boolean;
}

/** A number format for a block of cells (e.g. `@` for text columns, the month format). */
export interface NumberFormatSpec {
  range: CellRange;
  format: string;
}

export interface SheetDescription {
  name: string;
  /** Dense grid: `cells[r][c]`; every row has `columnCount` entries. */
  cells: SheetCell[][];
  columnCount: number;
  merges: CellRange[];
  /** Column widths in Excel character units (as ExcelJS `column.width`). */
  columnWidths: number[];
  /**
   * Row heights in points, one per row of `cells` that needs one; rows beyond the list keep
   * the host's default height. The core sizes every row it writes (layout/textHeight.ts).
   */
  rowHeights: number[];
  page: PageSetup;
  /** Rows frozen at the top while scrolling (sheet Plan freezes its header); none if absent. */
  frozenRows?: number;
  /** Excel tables on the sheet (sheet Plan, sheet Indstillinger); none if absent. */
  tables?: TableSpec[];
  /** Number formats beyond the default; none if absent. */
  numberFormats?: NumberFormatSpec[];
  /** Manual page breaks: rows (0-based, ascending) that start a new printed page. */
  rowBreaks?: number[];
}
