// Excel tables: TableCollection (workbook.tables, worksheet.tables), Table, TableColumn(s),
// TableRow(s). TableRowCollection.add is deliberately refused by the fake (this project's
// add-in must not append table rows through the API); tests grow a table with
// host.appendTableRows(), like a user typing below it.

import { type Rect, colsOf, intersects, parseAddress, rectAddress, rowsOf } from "./address";
import { fixHeaderRow, readValues } from "./cells";
import { ErrorCodes, FakeUsageError, fail } from "./errors";
import { FakeEventHandlers } from "./handlers";
import {
  FakeClientObject,
  FakeCollection,
  type FakeClientResult,
  type FakeRequestContext,
} from "./proxy";
import { FakeRange } from "./range";
import {
  type SheetState,
  type TableState,
  type WorkbookState,
  cellKey,
  defaultFormat,
  keyCol,
  keyRow,
  sheetById,
} from "./state";
import { cellValue } from "./values";
import { FakeWorksheet } from "./worksheet";
import { validateDefinedName } from "./names";

interface ColumnTarget {
  table: TableState;
  index: number;
}
interface RowTarget {
  table: TableState;
  index: number;
}

export function tableSheet(wb: WorkbookState, t: TableState): SheetState {
  const s = sheetById(wb, t.sheetId);
  if (!s) fail(ErrorCodes.itemNotFound, `the worksheet of table '${t.name}' was deleted`);
  return s;
}

export function headerRect(t: TableState): Rect | null {
  return t.showHeaders ? { ...t.rect, r1: t.rect.r0 } : null;
}
export function bodyRect(t: TableState): Rect {
  return {
    ...t.rect,
    r0: t.rect.r0 + (t.showHeaders ? 1 : 0),
    r1: t.rect.r1 - (t.showTotals ? 1 : 0),
  };
}
export function columnNames(wb: WorkbookState, t: TableState): string[] {
  const sheet = tableSheet(wb, t);
  const names: string[] = [];
  for (let c = t.rect.c0; c <= t.rect.c1; c++) {
    const cell = sheet.cells.get(cellKey(t.rect.r0, c));
    names.push(t.showHeaders ? String(cellValue(wb, sheet, cell)) : `Column${c - t.rect.c0 + 1}`);
  }
  return names;
}

export class FakeTable extends FakeClientObject<TableState> {
  private _worksheet?: FakeWorksheet;
  private _columns?: FakeTableColumnCollection;
  private _rows?: FakeTableRowCollection;
  private _onChanged?: FakeEventHandlers;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => TableState | null,
    nullable = false
  ) {
    super(context, path, "Table", resolver, { nullable });
  }
  protected _scalars() {
    return [
      "id",
      "name",
      "showHeaders",
      "showTotals",
      "style",
      "showBandedRows",
      "showBandedColumns",
      "showFilterButton",
      "highlightFirstColumn",
      "highlightLastColumn",
      "legacyId",
    ];
  }
  protected override _navs() {
    return ["worksheet", "columns", "rows"];
  }
  protected _read(t: TableState, prop: string): unknown {
    this.assertLive(t);
    switch (prop) {
      case "legacyId":
        return t.id;
      case "showFilterButton":
        return t.showFilterButton ?? true;
      case "showBandedRows":
        return true;
      case "showBandedColumns":
      case "highlightFirstColumn":
      case "highlightLastColumn":
        return false;
      default:
        return (t as unknown as Record<string, unknown>)[prop];
    }
  }
  private assertLive(t: TableState): void {
    if (!this.context._host.wb.tables.includes(t))
      fail(ErrorCodes.itemNotFound, `table '${t.name}' was deleted`);
  }
  /** @internal */
  _table(): TableState {
    const t = this._target();
    this.assertLive(t);
    return t;
  }
  private rangeOf(name: string, rect: (t: TableState) => Rect | null): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.${name}()`,
      () => {
        const t = this._resolve();
        if (t === null) return null;
        this.assertLive(t);
        const r = rect(t);
        if (!r) fail(ErrorCodes.invalidOperation, `Table.${name}: the table has no such row`);
        return { sheet: tableSheet(this.context._host.wb, t), rect: r };
      },
      this._nullable
    );
  }

  get id(): string {
    return this._get("id");
  }
  get legacyId(): string {
    return this._get("legacyId");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._setProp("name", v, () => {
      const t = this._table();
      t.name = validateDefinedName(this.context._host.wb, v, undefined, "Table.name", t);
    });
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._setProp("style", v, () => (this._table().style = String(v)));
  }
  get showFilterButton(): boolean {
    return this._get("showFilterButton");
  }
  /**
   * Docs (Table.showFilterButton, ExcelApi 1.3): "Specifies if the filter buttons are visible
   * at the top of each column header. Setting this is only allowed if the table contains a
   * header row."
   */
  set showFilterButton(v: boolean) {
    this._setProp("showFilterButton", v, () => {
      const t = this._table();
      if (!t.showHeaders)
        fail(ErrorCodes.invalidArgument, "showFilterButton: the table has no header row");
      t.showFilterButton = Boolean(v);
    });
  }
  get worksheet(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(
      this.context,
      `${this._path}.worksheet`,
      this._child("worksheet", (t) => tableSheet(this.context._host.wb, t)),
      this._nullable
    ));
  }
  get columns(): FakeTableColumnCollection {
    return (this._columns ??= new FakeTableColumnCollection(
      this.context,
      `${this._path}.columns`,
      () => {
        const t = this._resolve();
        if (t === null) return null;
        this.assertLive(t);
        return Array.from({ length: colsOf(t.rect) }, (_, index) => ({ table: t, index }));
      },
      this._nullable
    ));
  }
  get rows(): FakeTableRowCollection {
    return (this._rows ??= new FakeTableRowCollection(
      this.context,
      `${this._path}.rows`,
      () => {
        const t = this._resolve();
        if (t === null) return null;
        this.assertLive(t);
        return Array.from({ length: rowsOf(bodyRect(t)) }, (_, index) => ({ table: t, index }));
      },
      this._nullable
    ));
  }
  /** ExcelApi 1.7. */
  get onChanged(): FakeEventHandlers {
    return (this._onChanged ??= new FakeEventHandlers(
      this.context,
      `${this._path}.onChanged`,
      "table",
      () => this._table().id,
      "1.7"
    ));
  }
  getRange(): FakeRange {
    return this.rangeOf("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.rangeOf("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): FakeRange {
    return this.rangeOf("getDataBodyRange", bodyRect);
  }
  getTotalRowRange(): FakeRange {
    return this.rangeOf("getTotalRowRange", (t) =>
      t.showTotals ? { ...t.rect, r0: t.rect.r1 } : null
    );
  }
  delete(): void {
    this._queue("delete", null, () => {
      const t = this._table();
      const host = this.context._host;
      const sheet = tableSheet(host.wb, t);
      host.assertWritable(sheet, "Table.delete");
      host.wb.tables.splice(host.wb.tables.indexOf(t), 1);
      for (const k of [...sheet.cells.keys()]) {
        const r = keyRow(k);
        const c = keyCol(k);
        if (r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1)
          sheet.cells.delete(k);
      }
    });
  }
  /**
   * ExcelApi 1.13. "Resize the table to the new range. The new range must overlap with the
   * original table range and the headers (or the top of the table) must be in the same row."
   */
  resize(newRange: FakeRange | string): void {
    this._queue(
      "resize",
      typeof newRange === "string" ? newRange : newRange._path,
      () => {
        const t = this._table();
        const host = this.context._host;
        const sheet = tableSheet(host.wb, t);
        let rect: Rect;
        if (newRange instanceof FakeRange) {
          const target = newRange._live();
          if (target.sheet !== sheet)
            fail(ErrorCodes.invalidArgument, "Table.resize: the range is on another sheet");
          rect = target.rect;
        } else {
          const parsed = parseAddress(newRange);
          if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
            fail(ErrorCodes.invalidArgument, "Table.resize: the range is on another sheet");
          rect = { ...parsed.rect };
        }
        host.assertWritable(sheet, "Table.resize");
        if (!intersects(rect, t.rect))
          fail(ErrorCodes.invalidArgument, "Table.resize: the new range must overlap the table");
        if (rect.r0 !== t.rect.r0)
          fail(ErrorCodes.invalidArgument, "Table.resize: the header must stay in the same row");
        if (rect.r1 <= rect.r0)
          fail(ErrorCodes.invalidArgument, "Table.resize: a table keeps at least one data row");
        const clash = host.wb.tables.find(
          (other) => other !== t && other.sheetId === sheet.id && intersects(other.rect, rect)
        );
        if (clash)
          fail(ErrorCodes.invalidOperation, `Table.resize: overlaps table '${clash.name}'`);
        t.rect = { ...rect };
        fixHeaderRow(host.wb, sheet, t.rect);
      },
      "1.13"
    );
  }
  convertToRange(): FakeRange {
    const range = this.getRange();
    this._queue("convertToRange", null, () => {
      const t = this._table();
      this.context._host.wb.tables.splice(this.context._host.wb.tables.indexOf(t), 1);
    });
    return range;
  }
}

export class FakeTableCollection extends FakeCollection<TableState, FakeTable> {
  private readonly sheet: (() => SheetState | null) | undefined;

  /** `sheet` undefined: workbook.tables; otherwise worksheet.tables. */
  constructor(
    context: FakeRequestContext,
    path: string,
    sheet?: () => SheetState | null,
    nullable = false
  ) {
    super(
      context,
      path,
      "TableCollection",
      () => {
        const wb = context._host.wb;
        if (!sheet) return [...wb.tables];
        const s = sheet();
        return s === null ? null : wb.tables.filter((t) => t.sheetId === s.id);
      },
      { nullable }
    );
    this.sheet = sheet;
  }
  protected override _ownScalars() {
    return ["count"];
  }
  protected _itemScalars() {
    return ["id", "name", "showHeaders", "showTotals", "style"];
  }
  protected _makeItem(t: TableState): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItem(${JSON.stringify(t.name)})`, () => t);
  }
  get count(): number {
    return this._getOwn("count");
  }
  private find(key: string): TableState | null {
    const lower = String(key).toLowerCase();
    return (
      (this._resolve() ?? []).find((t) => t.name.toLowerCase() === lower || t.id === key) ?? null
    );
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () =>
      this.find(key)
    );
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        this.context._host.requireApi("1.4", "TableCollection.getItemOrNullObject");
        return this.find(key);
      },
      true
    )._probe();
  }
  getItemAt(index: number): FakeTable {
    return new FakeTable(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => (this._resolve() ?? [])[index] ?? null
    );
  }
  getCount(): FakeClientResult<number> {
    return this._result("getCount", null, (list) => list.length, "1.4");
  }

  /**
   * "address: A Range object, or a string address or name of the range representing the
   * data source. If the address does not contain a sheet name, the currently-active sheet
   * is used." With hasHeaders false "Excel will automatically generate a header shifting
   * the data down by one row."
   */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    const table = new FakeTable(
      this.context,
      `${this._path}.add(${JSON.stringify(typeof address === "string" ? address : address._path)})`,
      () => {
        if (!created) fail(ErrorCodes.itemNotFound, "the table was not added (its add() failed)");
        return created;
      }
    );
    this._queue(
      "add",
      { address: typeof address === "string" ? address : address._path, hasHeaders },
      () => {
        const host = this.context._host;
        const wb = host.wb;
        let sheet: SheetState;
        let rect: Rect;
        if (address instanceof FakeRange) {
          ({ sheet, rect } = address._live());
        } else {
          const parsed = parseAddress(address);
          const fallback = this.sheet ? this.sheet() : sheetById(wb, wb.activeSheetId);
          const named =
            parsed.sheet !== undefined
              ? wb.sheets.find((s) => s.name.toLowerCase() === parsed.sheet!.toLowerCase())
              : fallback;
          if (!named)
            fail(ErrorCodes.invalidArgument, `TableCollection.add: no sheet for '${address}'`);
          if (this.sheet && named !== this.sheet())
            fail(ErrorCodes.invalidArgument, "TableCollection.add: address is on another sheet");
          sheet = named;
          rect = { ...parsed.rect };
        }
        if (typeof hasHeaders !== "boolean")
          fail(ErrorCodes.invalidArgument, "TableCollection.add: hasHeaders must be a boolean");
        host.assertWritable(sheet, "TableCollection.add");
        const clash = wb.tables.find((t) => t.sheetId === sheet.id && intersects(t.rect, rect));
        if (clash)
          fail(
            ErrorCodes.invalidOperation,
            `TableCollection.add: ${rectAddress(rect)} overlaps table '${clash.name}'`
          );
        if (sheet.merges.some((m) => intersects(m, rect)))
          fail(ErrorCodes.invalidOperation, "TableCollection.add: the range contains merged cells");
        if (!hasHeaders) {
          shiftDown(sheet, rect);
          rect.r1 += 1;
        } else if (rect.r0 === rect.r1) {
          rect.r1 += 1; // a table has at least one data row
        }
        fixHeaderRow(wb, sheet, rect);
        let n = 1;
        while (
          wb.tables.some((t) => t.name.toLowerCase() === `table${n}`) ||
          wb.names.some((x) => x.name.toLowerCase() === `table${n}`)
        )
          n++;
        wb.nextId += 1;
        const state: TableState = {
          id: String(wb.nextId),
          name: `Table${n}`,
          sheetId: sheet.id,
          rect,
          showHeaders: true,
          showTotals: false,
          style: "TableStyleMedium2",
        };
        wb.tables.push(state);
        host.recordChange(sheet, rect);
        created = state;
      }
    );
    return table;
  }
}

/** Moves the cells of rect's columns at or below its first row down by one row. */
function shiftDown(sheet: SheetState, rect: Rect): void {
  const moved = [...sheet.cells.entries()].filter(
    ([k]) => keyRow(k) >= rect.r0 && keyCol(k) >= rect.c0 && keyCol(k) <= rect.c1
  );
  moved.forEach(([k]) => sheet.cells.delete(k));
  moved.forEach(([k, cell]) => sheet.cells.set(cellKey(keyRow(k) + 1, keyCol(k)), cell));
}

export class FakeTableColumn extends FakeClientObject<ColumnTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => ColumnTarget | null,
    nullable = false
  ) {
    super(context, path, "TableColumn", resolver, { nullable });
  }
  protected _scalars() {
    return ["id", "index", "name", "values"];
  }
  protected _read(c: ColumnTarget, prop: string): unknown {
    const wb = this.context._host.wb;
    switch (prop) {
      case "id":
        return c.index + 1;
      case "index":
        return c.index;
      case "name":
        return columnNames(wb, c.table)[c.index];
      case "values": {
        const col = c.table.rect.c0 + c.index;
        return readValues(this.context._host, tableSheet(wb, c.table), {
          ...c.table.rect,
          c0: col,
          c1: col,
        });
      }
    }
    return undefined;
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }
  get values(): any[][] {
    return this._get("values");
  }
  private rangeOf(name: string, rect: (t: TableState, col: number) => Rect | null): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.${name}()`,
      () => {
        const c = this._resolve();
        if (c === null) return null;
        const col = c.table.rect.c0 + c.index;
        const r = rect(c.table, col);
        if (!r) fail(ErrorCodes.invalidOperation, `TableColumn.${name}: the table has no such row`);
        return { sheet: tableSheet(this.context._host.wb, c.table), rect: r };
      },
      this._nullable
    );
  }
  getRange(): FakeRange {
    return this.rangeOf("getRange", (t, col) => ({ ...t.rect, c0: col, c1: col }));
  }
  getHeaderRowRange(): FakeRange {
    return this.rangeOf("getHeaderRowRange", (t, col) =>
      t.showHeaders ? { r0: t.rect.r0, r1: t.rect.r0, c0: col, c1: col } : null
    );
  }
  getDataBodyRange(): FakeRange {
    return this.rangeOf("getDataBodyRange", (t, col) => ({ ...bodyRect(t), c0: col, c1: col }));
  }
  /**
   * ExcelApi 1.1: deletes the column ("Delete Table Columns": its cells go, cells right of it in
   * the table's rows shift left). Only the table's last column is modelled.
   */
  delete(): void {
    this._queue("delete", null, () => {
      const c = this._resolve();
      if (c === null) fail(ErrorCodes.itemNotFound, "TableColumn.delete: no such column");
      const t = c.table;
      const host = this.context._host;
      const sheet = tableSheet(host.wb, t);
      host.assertWritable(sheet, "TableColumn.delete");
      const col = t.rect.c0 + c.index;
      if (col !== t.rect.c1)
        throw new FakeUsageError("TableColumn.delete: only the last column is modelled");
      if (t.rect.c0 === t.rect.c1)
        fail(ErrorCodes.invalidOperation, "TableColumn.delete: a table keeps one column");
      for (const map of [sheet.cells, sheet.validations] as Map<number, unknown>[]) {
        const moved: [number, unknown][] = [];
        for (const [k, v] of map) {
          const r = keyRow(k);
          const cc = keyCol(k);
          if (r < t.rect.r0 || r > t.rect.r1 || cc < col) continue;
          map.delete(k);
          if (cc > col) moved.push([cellKey(r, cc - 1), v]);
        }
        for (const [k, v] of moved) map.set(k, v);
      }
      t.rect = { ...t.rect, c1: t.rect.c1 - 1 };
      host.recordChange(sheet, { ...t.rect, c0: col, c1: col }, "ColumnDeleted");
    });
  }
}

export class FakeTableColumnCollection extends FakeCollection<ColumnTarget, FakeTableColumn> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => ColumnTarget[] | null,
    nullable: boolean
  ) {
    super(context, path, "TableColumnCollection", resolver, { nullable });
  }
  protected override _ownScalars() {
    return ["count"];
  }
  protected _itemScalars() {
    return ["id", "index", "name", "values"];
  }
  protected _makeItem(c: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this._path}.getItemAt(${c.index})`, () => c);
  }
  get count(): number {
    return this._getOwn("count");
  }
  /** Key: the column name (ignoring case) or its id. */
  private find(key: string | number): ColumnTarget | null {
    const list = this._resolve() ?? [];
    if (list.length === 0) return null;
    const names = columnNames(this.context._host.wb, list[0].table);
    if (typeof key === "number") return list.find((c) => c.index + 1 === key) ?? null;
    const i = names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
    return i >= 0 ? list[i] : null;
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () =>
      this.find(key)
    );
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        this.context._host.requireApi("1.4", "TableColumnCollection.getItemOrNullObject");
        return this.find(key);
      },
      true
    )._probe();
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => (this._resolve() ?? [])[index] ?? null
    );
  }
  getCount(): FakeClientResult<number> {
    return this._result("getCount", null, (list) => list.length, "1.4");
  }
  /**
   * "Adds a new column to the table" (ExcelApi 1.1; `name` 1.4). The fake models appending at
   * the end without values only, and refuses (InvalidOperation) when the cells right of the
   * table are not empty: stricter than Excel, which would shift them, so an adapter can never
   * silently move a user's cells.
   */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    let created: ColumnTarget | null = null;
    const column = new FakeTableColumn(this.context, `${this._path}.add()`, () => {
      if (!created) fail(ErrorCodes.itemNotFound, "the column was not added (its add() failed)");
      return created;
    });
    this._queue("add", { index: index ?? null, name: name ?? null }, () => {
      if (name !== undefined && name !== null)
        this.context._host.requireApi("1.4", "TableColumnCollection.add(name)");
      if (values !== undefined && values !== null)
        throw new FakeUsageError("TableColumnCollection.add: values are not modelled by the fake");
      const list = this._resolve() ?? [];
      const t = list[0]?.table;
      if (!t) fail(ErrorCodes.itemNotFound, "TableColumnCollection.add: no table");
      if (index !== undefined && index !== null && index !== list.length)
        throw new FakeUsageError(
          "TableColumnCollection.add: only appending at the end is modelled"
        );
      const host = this.context._host;
      const sheet = tableSheet(host.wb, t);
      host.assertWritable(sheet, "TableColumnCollection.add");
      const c = t.rect.c1 + 1;
      for (let r = t.rect.r0; r <= t.rect.r1; r++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell && (cell.value !== "" || cell.formula !== undefined))
          fail(
            ErrorCodes.invalidOperation,
            "TableColumnCollection.add: the cells right of the table are not empty"
          );
      }
      t.rect = { ...t.rect, c1: c };
      if (name !== undefined && name !== null) {
        const header = sheet.cells.get(cellKey(t.rect.r0, c));
        if (header) header.value = String(name);
        else sheet.cells.set(cellKey(t.rect.r0, c), { ...blankCell(), value: String(name) });
      }
      fixHeaderRow(host.wb, sheet, t.rect);
      host.recordChange(sheet, { r0: t.rect.r0, r1: t.rect.r1, c0: c, c1: c });
      created = { table: t, index: list.length };
    });
    return column;
  }
}

function blankCell() {
  return { value: "" as string, numberFormat: "General", format: defaultFormat() };
}

export class FakeTableRow extends FakeClientObject<RowTarget> {
  constructor(context: FakeRequestContext, path: string, resolver: () => RowTarget | null) {
    super(context, path, "TableRow", resolver);
  }
  protected _scalars() {
    return ["index", "values"];
  }
  protected _read(r: RowTarget, prop: string): unknown {
    if (prop === "index") return r.index;
    const body = bodyRect(r.table);
    const row = body.r0 + r.index;
    return readValues(this.context._host, tableSheet(this.context._host.wb, r.table), {
      ...body,
      r0: row,
      r1: row,
    });
  }
  get index(): number {
    return this._get("index");
  }
  get values(): any[][] {
    return this._get("values");
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, () => {
      const r = this._target();
      const body = bodyRect(r.table);
      return {
        sheet: tableSheet(this.context._host.wb, r.table),
        rect: { ...body, r0: body.r0 + r.index, r1: body.r0 + r.index },
      };
    });
  }
}

export class FakeTableRowCollection extends FakeCollection<RowTarget, FakeTableRow> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RowTarget[] | null,
    nullable: boolean
  ) {
    super(context, path, "TableRowCollection", resolver, { nullable });
  }
  protected override _ownScalars() {
    return ["count"];
  }
  protected _itemScalars() {
    return ["index", "values"];
  }
  protected _makeItem(r: RowTarget): FakeTableRow {
    return new FakeTableRow(this.context, `${this._path}.getItemAt(${r.index})`, () => r);
  }
  get count(): number {
    return this._getOwn("count");
  }
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => (this._resolve() ?? [])[index] ?? null
    );
  }
  getCount(): FakeClientResult<number> {
    return this._result("getCount", null, (list) => list.length, "1.4");
  }
  /** Refused on purpose: this project's add-in must never add table rows through the API. */
  add(): never {
    throw new FakeUsageError(
      "TableRowCollection.add is forbidden in this project (the add-in must not append rows to the user's table); use host.appendTableRows() to simulate a user"
    );
  }
}
