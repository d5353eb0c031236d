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

export interface SheetDescription {
  name: string;
  /** Dense grid: `cells[r][c]`; every row has `columnCount` entries. */
  cells: SheetCell[][];
  columnCount: number;
  merges: CellRange[];
  /** Column widths in Excel character units (as ExcelJS `column.width`). */
  columnWidths: number[];
  /** Row heights in points; `null` = auto-fit (hosts that cannot auto-fit estimate). */
  rowHeights: (number | null)[];
  page: PageSetup;
  /** Rows (0-based) frozen at the top while scrolling, 0 for none. */
  frozenRows: number;
  /** Manual page breaks: rows (0-based, ascending) that start a new printed page. */
  rowBreaks?: number[];
}
