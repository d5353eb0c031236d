// Accumulates the rows of a sheet description: cells, row heights and merges.

import type { CellRange, CellStyle, PageSetup, SheetCell, SheetDescription } from "../sheet";
import { columnWidthPx } from "./excelUnits";

export class GridBuilder {
  readonly cells: SheetCell[][] = [];
  readonly heights: number[] = [];
  readonly merges: CellRange[] = [];
  /** Rows a page should not start with (a heading's or an action's continuation). */
  readonly keepRows: number[] = [];
  private readonly blanks = new Map<CellStyle | undefined, SheetCell>();

  /** Column widths in pixels, as Excel draws them. */
  readonly columnPx: readonly number[];

  constructor(readonly columnWidths: readonly number[]) {
    this.columnPx = columnWidths.map(columnWidthPx);
  }

  get columnCount(): number {
    return this.columnWidths.length;
  }

  get rowCount(): number {
    return this.cells.length;
  }

  /** Pixel width of a row merged across the sheet: the sum of the columns' pixels. */
  get totalWidthPx(): number {
    return this.columnPx.reduce((sum, w) => sum + w, 0);
  }

  /** An empty cell; shared per style, since empty cells far outnumber the others. */
  blank(style?: CellStyle): SheetCell {
    let cell = this.blanks.get(style);
    if (!cell) {
      cell = style ? { value: null, style } : { value: null };
      this.blanks.set(style, cell);
    }
    return cell;
  }

  /** Appends a row (must have `columnCount` cells); returns its 0-based index. */
  addRow(cells: SheetCell[], height: number): number {
    if (cells.length !== this.columnCount) {
      throw new Error(`row has ${cells.length} cells, expected ${this.columnCount}`);
    }
    this.cells.push(cells);
    this.heights.push(height);
    return this.cells.length - 1;
  }

  /** Appends an empty row without borders. */
  addGapRow(height: number, style?: CellStyle): number {
    return this.addRow(new Array<SheetCell>(this.columnCount).fill(this.blank(style)), height);
  }

  /** Appends one value merged across all columns. */
  addMergedRow(value: string, style: CellStyle, height: number): number {
    const cells = new Array<SheetCell>(this.columnCount).fill(this.blank(style));
    cells[0] = { value, style };
    const row = this.addRow(cells, height);
    if (this.columnCount > 1) this.merge(row, 0, 1, this.columnCount);
    return row;
  }

  keepWithPrevious(row: number): void {
    this.keepRows.push(row);
  }

  merge(row: number, column: number, rowCount: number, columnCount: number): void {
    this.merges.push({ row, column, rowCount, columnCount });
  }

  toSheet(name: string, page: PageSetup, rowBreaks: number[] = []): SheetDescription {
    return {
      name,
      cells: this.cells,
      columnCount: this.columnCount,
      merges: this.merges,
      columnWidths: [...this.columnWidths],
      rowHeights: this.heights,
      page,
      rowBreaks,
    };
  }
}
