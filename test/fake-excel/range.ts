// Excel.Range proxy: addresses and sizes, values / formulas / text / numberFormat,
// derived ranges (getCell, getResizedRange, getOffsetRange, getEntire*, getUsedRange),
// clear, merge, select, and the ExcelApi 1.9 set*Properties bulk formatting.

import {
  MAX_COLUMNS,
  MAX_ROWS,
  colsOf,
  parseAddress,
  rowsOf,
  sheetAddress,
  type Rect,
} from "./address";
import {
  applyFormat,
  clear,
  merge,
  readFormulas,
  readNumberFormats,
  readText,
  readValueTypes,
  readValues,
  unmerge,
  usedRect,
  writeContents,
  writeNumberFormat,
  num,
  bool,
  recordFormatChange,
} from "./cells";
import { deleteCells, insertCells } from "./deleteCells";
import { ErrorCodes, fail } from "./errors";
import { FakeRangeFormat, applyCellPropertiesFormat } from "./formats";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import { type RangeTarget, type SheetState, cellFor, defaultFormat } from "./state";
import { FakeWorksheet } from "./worksheet";
import { FakeDataValidation } from "./validation";
import { FakeConditionalFormatCollection } from "./condformat";

const RANGE_SCALARS = [
  "address",
  "addressLocal",
  "cellCount",
  "columnCount",
  "rowCount",
  "columnIndex",
  "rowIndex",
  "values",
  "formulas",
  "formulasLocal",
  "text",
  "numberFormat",
  "numberFormatLocal",
  "valueTypes",
  "isEntireColumn",
  "isEntireRow",
] as const;

function checkRect(r: Rect, what: string): Rect {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS || r.r1 < r.r0 || r.c1 < r.c0)
    fail(ErrorCodes.invalidArgument, `${what}: the resulting range is outside the worksheet`);
  return r;
}

function int(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v))
    fail(ErrorCodes.invalidArgument, `${what}: expected an integer, got ${JSON.stringify(v)}`);
  return v;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  private _format?: FakeRangeFormat;
  private _worksheet?: FakeWorksheet;
  private _dataValidation?: FakeDataValidation;
  private _conditionalFormats?: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable = false
  ) {
    super(context, path, "Range", resolver, { nullable });
  }

  /** @internal A range of `sheet` at `rect`, checked when first used. */
  static on(
    context: FakeRequestContext,
    path: string,
    resolveSheet: () => SheetState | null,
    rect: () => Rect,
    nullable = false
  ): FakeRange {
    return new FakeRange(
      context,
      path,
      () => {
        const sheet = resolveSheet();
        return sheet === null ? null : { sheet, rect: rect() };
      },
      nullable
    );
  }

  protected _scalars() {
    return RANGE_SCALARS;
  }
  protected override _navs() {
    return ["format", "worksheet", "dataValidation", "conditionalFormats"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const host = this.context._host;
    this.assertLive(t);
    switch (prop) {
      case "address":
      case "addressLocal":
        return sheetAddress(t.sheet.name, t.rect);
      case "cellCount":
        return rowsOf(t.rect) * colsOf(t.rect);
      case "rowCount":
        return rowsOf(t.rect);
      case "columnCount":
        return colsOf(t.rect);
      case "rowIndex":
        return t.rect.r0;
      case "columnIndex":
        return t.rect.c0;
      case "values":
        return readValues(host, t.sheet, t.rect);
      case "formulas":
      case "formulasLocal":
        return readFormulas(t.sheet, t.rect);
      case "text":
        return readText(host, t.sheet, t.rect);
      case "numberFormat":
      case "numberFormatLocal":
        return readNumberFormats(t.sheet, t.rect);
      case "valueTypes":
        return readValueTypes(host, t.sheet, t.rect);
      case "isEntireColumn":
        return t.rect.r0 === 0 && t.rect.r1 === MAX_ROWS - 1;
      case "isEntireRow":
        return t.rect.c0 === 0 && t.rect.c1 === MAX_COLUMNS - 1;
    }
    return undefined;
  }

  private assertLive(t: RangeTarget): void {
    if (!this.context._host.wb.sheets.includes(t.sheet))
      fail(ErrorCodes.itemNotFound, `the worksheet of ${this._path} was deleted`);
  }

  /** @internal */
  _live(): RangeTarget {
    const t = this._target();
    this.assertLive(t);
    return t;
  }

  private derive(
    name: string,
    args: unknown[],
    fn: (t: RangeTarget) => Rect | null,
    nullable = this._nullable,
    api?: string
  ): FakeRange {
    const path = `${this._path}.${name}(${args.map((a) => JSON.stringify(a)).join(", ")})`;
    return new FakeRange(
      this.context,
      path,
      () => {
        if (api) this.context._host.requireApi(api, `Range.${name}`);
        const t = this._resolve();
        if (t === null) return null;
        this.assertLive(t);
        const rect = fn(t);
        return rect === null ? null : { sheet: t.sheet, rect: checkRect(rect, `Range.${name}`) };
      },
      nullable
    );
  }

  // ---- properties ----
  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): string[][] {
    return this._get("valueTypes");
  }
  get values(): any[][] {
    return this._get("values");
  }
  set values(v: any[][]) {
    this._setProp("values", v, (_t, value) => {
      const t = this._live();
      writeContents(this.context._host, t.sheet, t.rect, value, false, "Range.values");
    });
  }
  get formulas(): any[][] {
    return this._get("formulas");
  }
  set formulas(v: any[][]) {
    this._setProp("formulas", v, (_t, value) => {
      const t = this._live();
      writeContents(this.context._host, t.sheet, t.rect, value, true, "Range.formulas");
    });
  }
  get formulasLocal(): any[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: any[][]) {
    this._setProp("formulasLocal", v, (_t, value) => {
      const t = this._live();
      writeContents(this.context._host, t.sheet, t.rect, value, true, "Range.formulasLocal");
    });
  }
  get numberFormat(): any[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this._setProp("numberFormat", v, (_t, value) => {
      const t = this._live();
      writeNumberFormat(this.context._host, t.sheet, t.rect, value, "Range.numberFormat");
    });
  }
  get numberFormatLocal(): any[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: any[][]) {
    this.numberFormat = v;
  }

  // ---- navigation ----
  get format(): FakeRangeFormat {
    return (this._format ??= new FakeRangeFormat(
      this.context,
      `${this._path}.format`,
      this._child("format", (t) => t),
      this._nullable
    ));
  }
  get worksheet(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(
      this.context,
      `${this._path}.worksheet`,
      this._child("worksheet", (t) => t.sheet),
      this._nullable
    ));
  }
  get dataValidation(): FakeDataValidation {
    return (this._dataValidation ??= new FakeDataValidation(
      this.context,
      `${this._path}.dataValidation`,
      this._child("dataValidation", (t) => t),
      this._nullable
    ));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this._conditionalFormats ??= new FakeConditionalFormatCollection(
      this.context,
      `${this._path}.conditionalFormats`,
      this._child("conditionalFormats", (t) => t),
      this._nullable
    ));
  }

  // ---- derived ranges ----
  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", [row, column], (t) => {
      const r = t.rect.r0 + int(row, "Range.getCell");
      const c = t.rect.c0 + int(column, "Range.getCell");
      return { r0: r, r1: r, c0: c, c1: c };
    });
  }
  getRow(row: number): FakeRange {
    return this.derive("getRow", [row], (t) => {
      const r = t.rect.r0 + int(row, "Range.getRow");
      return { ...t.rect, r0: r, r1: r };
    });
  }
  getColumn(column: number): FakeRange {
    return this.derive("getColumn", [column], (t) => {
      const c = t.rect.c0 + int(column, "Range.getColumn");
      return { ...t.rect, c0: c, c1: c };
    });
  }
  /** ExcelApi 1.7. Grows/shrinks from the top-left cell. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(
      "getResizedRange",
      [deltaRows, deltaColumns],
      (t) => ({
        ...t.rect,
        r1: t.rect.r1 + int(deltaRows, "Range.getResizedRange"),
        c1: t.rect.c1 + int(deltaColumns, "Range.getResizedRange"),
      }),
      this._nullable,
      "1.7"
    );
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (t) => {
      const dr = int(rowOffset, "Range.getOffsetRange");
      const dc = int(columnOffset, "Range.getOffsetRange");
      return { r0: t.rect.r0 + dr, r1: t.rect.r1 + dr, c0: t.rect.c0 + dc, c1: t.rect.c1 + dc };
    });
  }
  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", [], (t) => ({
      r0: 0,
      r1: MAX_ROWS - 1,
      c0: t.rect.c0,
      c1: t.rect.c1,
    }));
  }
  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", [], (t) => ({
      r0: t.rect.r0,
      r1: t.rect.r1,
      c0: 0,
      c1: MAX_COLUMNS - 1,
    }));
  }
  getLastRow(): FakeRange {
    return this.derive("getLastRow", [], (t) => ({ ...t.rect, r0: t.rect.r1 }));
  }
  getLastColumn(): FakeRange {
    return this.derive("getLastColumn", [], (t) => ({ ...t.rect, c0: t.rect.c1 }));
  }
  getLastCell(): FakeRange {
    return this.derive("getLastCell", [], (t) => ({
      r0: t.rect.r1,
      r1: t.rect.r1,
      c0: t.rect.c1,
      c1: t.rect.c1,
    }));
  }
  /** "If there are no used cells within the range, this function will throw an ItemNotFound error." */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.derive("getUsedRange", [valuesOnly ?? false], (t) => {
      const used = usedRect(t.sheet, valuesOnly ?? false, t.rect);
      if (!used) fail(ErrorCodes.itemNotFound, "Range.getUsedRange: no used cells in the range");
      return used;
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.derive(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      (t) => usedRect(t.sheet, valuesOnly ?? false, t.rect),
      true,
      "1.4"
    )._probe();
  }
  getIntersection(anotherRange: FakeRange | string): FakeRange {
    return this.derive(
      "getIntersection",
      [typeof anotherRange === "string" ? anotherRange : anotherRange._path],
      (t) => {
        const o = this.other(anotherRange, t);
        const r = {
          r0: Math.max(t.rect.r0, o.r0),
          c0: Math.max(t.rect.c0, o.c0),
          r1: Math.min(t.rect.r1, o.r1),
          c1: Math.min(t.rect.c1, o.c1),
        };
        if (r.r0 > r.r1 || r.c0 > r.c1)
          fail(ErrorCodes.itemNotFound, "Range.getIntersection: the ranges do not intersect");
        return r;
      }
    );
  }
  getBoundingRect(anotherRange: FakeRange | string): FakeRange {
    return this.derive(
      "getBoundingRect",
      [typeof anotherRange === "string" ? anotherRange : anotherRange._path],
      (t) => {
        const o = this.other(anotherRange, t);
        return {
          r0: Math.min(t.rect.r0, o.r0),
          c0: Math.min(t.rect.c0, o.c0),
          r1: Math.max(t.rect.r1, o.r1),
          c1: Math.max(t.rect.c1, o.c1),
        };
      }
    );
  }
  private other(another: FakeRange | string, t: RangeTarget): Rect {
    if (typeof another === "string") {
      return parseAddress(another).rect;
    }
    const o = another._live();
    if (o.sheet !== t.sheet) fail(ErrorCodes.invalidArgument, "ranges are on different worksheets");
    return o.rect;
  }

  // ---- methods ----
  /** ExcelApi 1.1: deletes the cells and shifts the ones below up (see deleteCells.ts). */
  delete(shift: string): void {
    this._queue("delete", shift, () => {
      const t = this._live();
      deleteCells(this.context._host, t.sheet, t.rect, shift);
    });
  }
  /** ExcelApi 1.1: inserts cells here, shifting the ones below down; returns the new cells. */
  insert(shift: string): FakeRange {
    this._queue("insert", shift, () => {
      const t = this._live();
      insertCells(this.context._host, t.sheet, t.rect, shift);
    });
    return this.derive("insert", [shift], (t) => t.rect);
  }
  clear(applyTo?: string): void {
    this._queue("clear", applyTo ?? "All", () => {
      const t = this._live();
      clear(this.context._host, t.sheet, t.rect, applyTo ?? "All", "Range.clear");
    });
  }
  merge(across?: boolean): void {
    this._queue(
      "merge",
      across ?? false,
      () => {
        const t = this._live();
        merge(
          this.context._host,
          t.sheet,
          t.rect,
          across === undefined ? false : bool(across, "Range.merge"),
          "Range.merge"
        );
      },
      "1.2"
    );
  }
  unmerge(): void {
    this._queue(
      "unmerge",
      null,
      () => {
        const t = this._live();
        unmerge(this.context._host, t.sheet, t.rect, "Range.unmerge");
      },
      "1.2"
    );
  }
  select(): void {
    this._queue("select", null, () => {
      const t = this._live();
      if (t.sheet.visibility !== "Visible")
        fail(ErrorCodes.invalidOperation, "Range.select: the worksheet is hidden");
      t.sheet.selection = { ...t.rect };
      this.context._host.wb.activeSheetId = t.sheet.id;
    });
  }

  /** ExcelApi 1.9: a 2D array of Excel.SettableCellProperties of exactly the range's shape. */
  setCellProperties(cellPropertiesData: unknown[][]): void {
    this._queue(
      "setCellProperties",
      cellPropertiesData,
      () => {
        const t = this._live();
        const host = this.context._host;
        const rows = rowsOf(t.rect);
        const cols = colsOf(t.rect);
        const data = cellPropertiesData;
        if (
          !Array.isArray(data) ||
          data.length !== rows ||
          data.some((row) => !Array.isArray(row) || row.length !== cols)
        )
          fail(
            ErrorCodes.invalidArgument,
            `Range.setCellProperties: expected a ${rows}x${cols} array of cell properties`
          );
        const apply = (dry: boolean) => {
          for (let i = 0; i < rows; i++)
            for (let j = 0; j < cols; j++) {
              const entry = data[i][j];
              if (entry === null || entry === undefined) continue;
              if (typeof entry !== "object")
                fail(ErrorCodes.invalidArgument, "Range.setCellProperties: entries are objects");
              for (const k of Object.keys(entry as object))
                if (!["format", "hyperlink", "style", "textRuns"].includes(k))
                  fail(
                    ErrorCodes.invalidArgument,
                    `Range.setCellProperties: '${k}' is not a SettableCellProperties key (format, hyperlink, style)`
                  );
              const fmt = (entry as { format?: unknown }).format;
              if (fmt === undefined) continue;
              const target = dry
                ? defaultFormat()
                : cellFor(t.sheet, t.rect.r0 + i, t.rect.c0 + j).format;
              applyCellPropertiesFormat(target, fmt, "setCellProperties.format");
            }
        };
        host.assertWritable(t.sheet, "Range.setCellProperties");
        apply(true); // validate everything first: a bad entry applies nothing
        apply(false);
        recordFormatChange(host, t.sheet, t.rect);
      },
      "1.9"
    );
  }

  /** ExcelApi 1.9: one entry per column; `format.columnWidth` sets the column width. */
  setColumnProperties(columnPropertiesData: unknown[]): void {
    this._queue(
      "setColumnProperties",
      columnPropertiesData,
      () => {
        const t = this._live();
        const host = this.context._host;
        const data = columnPropertiesData;
        if (!Array.isArray(data) || data.length !== colsOf(t.rect))
          fail(
            ErrorCodes.invalidArgument,
            `Range.setColumnProperties: expected ${colsOf(t.rect)} entries`
          );
        host.assertWritable(t.sheet, "Range.setColumnProperties");
        for (let j = 0; j < data.length; j++) this.lineProperties(t, data[j], "column", j);
      },
      "1.9"
    );
  }

  /** ExcelApi 1.9: one entry per row; `format.rowHeight` sets the row height. */
  setRowProperties(rowPropertiesData: unknown[]): void {
    this._queue(
      "setRowProperties",
      rowPropertiesData,
      () => {
        const t = this._live();
        const host = this.context._host;
        const data = rowPropertiesData;
        if (!Array.isArray(data) || data.length !== rowsOf(t.rect))
          fail(
            ErrorCodes.invalidArgument,
            `Range.setRowProperties: expected ${rowsOf(t.rect)} entries`
          );
        host.assertWritable(t.sheet, "Range.setRowProperties");
        for (let i = 0; i < data.length; i++) this.lineProperties(t, data[i], "row", i);
      },
      "1.9"
    );
  }

  private lineProperties(t: RangeTarget, entry: unknown, kind: "row" | "column", k: number): void {
    if (entry === null || entry === undefined) return;
    const what = kind === "row" ? "setRowProperties" : "setColumnProperties";
    const allowed =
      kind === "row"
        ? ["format", "rowHidden", "rowIndex"]
        : ["format", "columnHidden", "columnIndex"];
    if (typeof entry !== "object")
      fail(ErrorCodes.invalidArgument, `Range.${what}: entries are objects`);
    for (const key of Object.keys(entry))
      if (!allowed.includes(key))
        fail(ErrorCodes.invalidArgument, `Range.${what}: unknown key '${key}'`);
    const fmt = (entry as { format?: Record<string, unknown> }).format;
    if (!fmt) return;
    const sizeKey = kind === "row" ? "rowHeight" : "columnWidth";
    applyCellPropertiesFormat(defaultFormat(), fmt, `${what}.format`, [sizeKey]);
    const rect: Rect =
      kind === "row"
        ? { ...t.rect, r0: t.rect.r0 + k, r1: t.rect.r0 + k }
        : { ...t.rect, c0: t.rect.c0 + k, c1: t.rect.c0 + k };
    const { [sizeKey]: size, ...cellFormat } = fmt;
    if (Object.keys(cellFormat).length > 0)
      applyFormat(this.context._host, t.sheet, rect, `Range.${what}`, (f) =>
        applyCellPropertiesFormat(f, cellFormat, `${what}.format`)
      );
    if (size !== undefined) {
      if (kind === "row")
        t.sheet.rowHeights.set(rect.r0, num(size, `${what}.format.rowHeight`, 0, 409));
      else t.sheet.columnWidths.set(rect.c0, num(size, `${what}.format.columnWidth`, 0, 1793.25));
    }
  }
}
