// Accumulates the rows of a sheet description: cells, row heights and merges.

import type { CellRange, CellStyle, PageSetup, SheetCell, SheetDescription } from "../sheet";

export class GridBuilder {
  readonly cells: SheetCell[][] = [];
  readonly heights: number[] = [];
  readonly merges: CellRange[] = [];
  private readonly blanks = new Map<CellStyle | undefined, SheetCell>();

  constructor(readonly columnWidths: readonly number[]) {}

  get columnCount(): number {
    return this.columnWidths.length;
  }

  get rowCount(): number {
    return this.cells.length;
  }

  /** Sum of all column widths: the width of a row merged across the sheet. */
  get totalWidth(): number {
    return this.columnWidths.reduce((sum, w) => sum + w, 0);
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
  addGapRow(height: number): number {
    return this.addRow(new Array<SheetCell>(this.columnCount).fill(this.blank()), height);
  }

  /** Appends one value merged across all columns. */
  addMergedRow(value: string, style: CellStyle, height: number): number {
    const cells = new Array<SheetCell>(this.columnCount).fill(this.blank(style));
    cells[0] = { value, style };
    const row = this.addRow(cells, height);
    if (this.columnCount > 1) this.merge(row, 0, 1, this.columnCount);
    return row;
  }

  merge(row: number, column: number, rowCount: number, columnCount: number): void {
    this.merges.push({ row, column, rowCount, columnCount });
  }

  toSheet(name: string, page: PageSetup): SheetDescription {
    return {
      name,
      cells: this.cells,
      columnCount: this.columnCount,
      merges: this.merges,
      columnWidths: [...this.columnWidths],
      rowHeights: this.heights,
      page,
    };
  }
}
