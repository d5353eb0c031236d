// Excel.Worksheet, WorksheetCollection, WorksheetProtection and WorksheetFreezePanes.
// Sheet names follow Excel's rules ("Rename a worksheet", support.microsoft.com): not blank,
// at most 31 characters, none of / \ ? * : [ ], not beginning or ending with an apostrophe,
// not "History"; unique ignoring case (a duplicate is ItemAlreadyExists, "A resource with
// the same name or identifier already exists", as Excel reports for worksheets.add).

import { FakeCommentCollection } from "./comments";
import { FakePageBreakCollection } from "./pagebreaks";
import { MAX_COLUMNS, MAX_ROWS, tryParseAddress, type Rect } from "./address";
import { bool, normalizeColor, oneOf, usedRect } from "./cells";
import { ErrorCodes, fail } from "./errors";
import { FakeEventHandlers } from "./handlers";
import {
  FakeClientObject,
  FakeCollection,
  type FakeClientResult,
  type FakeRequestContext,
} from "./proxy";
import { FakeRange } from "./range";
import { type SheetState, type WorkbookState, findSheet, newSheet, sheetById } from "./state";
import { FakePageLayout } from "./pagelayout";
import { FakeTableCollection } from "./table";
import { FakeChartCollection } from "./charts";
import { FakeNamedItemCollection } from "./names";

export function validateSheetName(wb: WorkbookState, name: unknown, self?: SheetState): string {
  const what = "Worksheet.name";
  if (typeof name !== "string" || name.trim() === "")
    fail(ErrorCodes.invalidArgument, `${what}: a sheet name cannot be blank`);
  if (name.length > 31)
    fail(ErrorCodes.invalidArgument, `${what}: '${name}' is longer than 31 characters`);
  if (/[[\]:*?/\\]/.test(name))
    fail(ErrorCodes.invalidArgument, `${what}: '${name}' contains one of [ ] : * ? / \\`);
  if (name.startsWith("'") || name.endsWith("'"))
    fail(ErrorCodes.invalidArgument, `${what}: '${name}' begins or ends with an apostrophe`);
  if (name.toLowerCase() === "history")
    fail(ErrorCodes.invalidArgument, `${what}: 'History' is reserved by Excel`);
  const other = findSheet(wb, name);
  if (other && other !== self)
    fail(ErrorCodes.itemAlreadyExists, `${what}: a sheet named '${other.name}' already exists`);
  return name;
}

function visibleSheets(wb: WorkbookState): SheetState[] {
  return wb.sheets.filter((s) => s.visibility === "Visible");
}

export class FakeWorksheet extends FakeClientObject<SheetState> {
  private _protection?: FakeWorksheetProtection;
  private _pageLayout?: FakePageLayout;
  private _freezePanes?: FakeWorksheetFreezePanes;
  private _horizontalPageBreaks?: FakePageBreakCollection;
  private _tables?: FakeTableCollection;
  private _charts?: FakeChartCollection;
  private _names?: FakeNamedItemCollection;
  private _onChanged?: FakeEventHandlers;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => SheetState | null,
    nullable = false
  ) {
    super(context, path, "Worksheet", resolver, { nullable });
  }
  protected _scalars() {
    return [
      "id",
      "name",
      "position",
      "visibility",
      "tabColor",
      "showGridlines",
      "standardWidth",
      "standardHeight",
    ];
  }
  protected override _navs() {
    return ["protection", "pageLayout", "tables", "names", "charts"];
  }
  protected _read(s: SheetState, prop: string): unknown {
    this.assertLive(s);
    const wb = this.context._host.wb;
    switch (prop) {
      case "position":
        return wb.sheets.indexOf(s);
      case "standardWidth":
        return 8.43;
      case "standardHeight":
        return 15;
      default:
        return (s as unknown as Record<string, unknown>)[prop];
    }
  }
  private assertLive(s: SheetState): void {
    if (!this.context._host.wb.sheets.includes(s))
      fail(ErrorCodes.itemNotFound, `worksheet '${s.name}' was deleted`);
  }
  /** @internal */
  _sheet(): SheetState {
    const s = this._target();
    this.assertLive(s);
    return s;
  }
  private sheetResolver(): () => SheetState | null {
    return () => {
      const s = this._resolve();
      if (s !== null) this.assertLive(s);
      return s;
    };
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._setProp("name", v, () => {
      const s = this._sheet();
      this.context._host.assertStructureWritable("Worksheet.name");
      s.name = validateSheetName(this.context._host.wb, v, s);
    });
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._setProp("position", v, () => {
      const s = this._sheet();
      const wb = this.context._host.wb;
      this.context._host.assertStructureWritable("Worksheet.position");
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v >= wb.sheets.length)
        fail(
          ErrorCodes.invalidArgument,
          `Worksheet.position: ${JSON.stringify(v)} is outside 0..${wb.sheets.length - 1}`
        );
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.sheets.splice(v, 0, s);
    });
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(v: string) {
    this._setProp("visibility", v, () => {
      const s = this._sheet();
      const wb = this.context._host.wb;
      this.context._host.assertStructureWritable("Worksheet.visibility");
      const vis = oneOf(
        v,
        ["Visible", "Hidden", "VeryHidden"],
        "Worksheet.visibility"
      ) as SheetState["visibility"];
      if (vis !== "Visible" && s.visibility === "Visible" && visibleSheets(wb).length === 1)
        fail(
          ErrorCodes.invalidOperation,
          "Worksheet.visibility: a workbook must contain at least one visible worksheet"
        );
      s.visibility = vis;
      if (vis !== "Visible" && wb.activeSheetId === s.id)
        wb.activeSheetId = visibleSheets(wb)[0].id;
    });
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._setProp("tabColor", v, () => {
      this._sheet().tabColor = v === "" ? "" : normalizeColor(v, "Worksheet.tabColor");
    });
  }
  get showGridlines(): boolean {
    return this._get("showGridlines");
  }
  set showGridlines(v: boolean) {
    this._setProp(
      "showGridlines",
      v,
      () => (this._sheet().showGridlines = bool(v, "Worksheet.showGridlines")),
      "1.8"
    );
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }
  get standardHeight(): number {
    return this._get("standardHeight");
  }

  get protection(): FakeWorksheetProtection {
    return (this._protection ??= new FakeWorksheetProtection(
      this.context,
      `${this._path}.protection`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  get pageLayout(): FakePageLayout {
    return (this._pageLayout ??= new FakePageLayout(
      this.context,
      `${this._path}.pageLayout`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  get horizontalPageBreaks(): FakePageBreakCollection {
    return (this._horizontalPageBreaks ??= new FakePageBreakCollection(
      this.context,
      `${this._path}.horizontalPageBreaks`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    return (this._freezePanes ??= new FakeWorksheetFreezePanes(
      this.context,
      `${this._path}.freezePanes`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  get tables(): FakeTableCollection {
    return (this._tables ??= new FakeTableCollection(
      this.context,
      `${this._path}.tables`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  /** ExcelApi 1.1. */
  get charts(): FakeChartCollection {
    return (this._charts ??= new FakeChartCollection(
      this.context,
      `${this._path}.charts`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  get names(): FakeNamedItemCollection {
    return (this._names ??= new FakeNamedItemCollection(
      this.context,
      `${this._path}.names`,
      this.sheetResolver(),
      this._nullable
    ));
  }
  /** ExcelApi 1.10 (comments.ts). */
  get comments(): FakeCommentCollection {
    const sheet = this.sheetResolver();
    return (this._comments ??= new FakeCommentCollection(
      this.context,
      `${this._path}.comments`,
      () => sheet()
    ));
  }
  private _comments?: FakeCommentCollection;
  /** ExcelApi 1.7. */
  get onChanged(): FakeEventHandlers {
    return (this._onChanged ??= new FakeEventHandlers(
      this.context,
      `${this._path}.onChanged`,
      "worksheet",
      () => this._sheet().id,
      "1.7"
    ));
  }

  /** No address: the whole sheet. A defined name of this sheet is accepted too. */
  getRange(address?: string): FakeRange {
    const path = `${this._path}.getRange(${address === undefined ? "" : JSON.stringify(address)})`;
    return FakeRange.on(this.context, path, this.sheetResolver(), () =>
      this.resolveAddress(address)
    );
  }
  private resolveAddress(address: string | undefined): Rect {
    if (address === undefined) return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };
    const s = this._sheet();
    if (typeof address !== "string")
      fail(ErrorCodes.invalidArgument, `Worksheet.getRange: address must be a string`);
    const parsed = tryParseAddress(address);
    if (parsed) {
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase())
        fail(ErrorCodes.invalidArgument, `Worksheet.getRange: '${address}' is on another sheet`);
      return parsed.rect;
    }
    const lower = address.toLowerCase();
    const wb = this.context._host.wb;
    const name = wb.names.find(
      (n) => n.name.toLowerCase() === lower && n.kind === "range" && n.sheetId === s.id
    );
    if (name?.rect) return name.rect;
    fail(
      ErrorCodes.invalidArgument,
      `Worksheet.getRange: '${address}' is neither an address nor a name on this sheet`
    );
  }
  /** ExcelApi 1.7; 0-based start, counts >= 1. */
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): FakeRange {
    const path = `${this._path}.getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`;
    return FakeRange.on(this.context, path, this.sheetResolver(), () => {
      this.context._host.requireApi("1.7", "Worksheet.getRangeByIndexes");
      const ok =
        [startRow, startColumn, rowCount, columnCount].every((n) => Number.isInteger(n)) &&
        rowCount >= 1 &&
        columnCount >= 1 &&
        startRow >= 0 &&
        startColumn >= 0;
      const rect = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      if (!ok || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS)
        fail(ErrorCodes.invalidArgument, `Worksheet.getRangeByIndexes: invalid indexes`);
      return rect;
    });
  }
  getCell(row: number, column: number): FakeRange {
    return FakeRange.on(
      this.context,
      `${this._path}.getCell(${row}, ${column})`,
      this.sheetResolver(),
      () => {
        if (
          !Number.isInteger(row) ||
          !Number.isInteger(column) ||
          row < 0 ||
          column < 0 ||
          row >= MAX_ROWS ||
          column >= MAX_COLUMNS
        )
          fail(ErrorCodes.invalidArgument, "Worksheet.getCell: invalid indexes");
        return { r0: row, r1: row, c0: column, c1: column };
      }
    );
  }
  /** "If the entire worksheet is blank, this function will return the top left cell." */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return FakeRange.on(
      this.context,
      `${this._path}.getUsedRange(${valuesOnly ?? ""})`,
      this.sheetResolver(),
      () => {
        return usedRect(this._sheet(), valuesOnly ?? false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
      }
    );
  }
  /** ExcelApi 1.4: a null object when the sheet is blank. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const path = `${this._path}.getUsedRangeOrNullObject(${valuesOnly ?? ""})`;
    return new FakeRange(
      this.context,
      path,
      () => {
        this.context._host.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
        const s = this._resolve();
        if (s === null) return null;
        this.assertLive(s);
        const rect = usedRect(s, valuesOnly ?? false);
        return rect ? { sheet: s, rect } : null;
      },
      true
    )._probe();
  }

  activate(): void {
    this._queue("activate", null, () => {
      const s = this._sheet();
      if (s.visibility !== "Visible")
        fail(ErrorCodes.invalidOperation, `Worksheet.activate: '${s.name}' is hidden`);
      this.context._host.wb.activeSheetId = s.id;
    });
  }

  /** Deletes the sheet and its tables; names that referred to it become #REF!. */
  delete(): void {
    this._queue("delete", null, () => {
      const s = this._sheet();
      const host = this.context._host;
      const wb = host.wb;
      host.assertStructureWritable("Worksheet.delete");
      if (s.visibility === "Visible" && visibleSheets(wb).length === 1)
        fail(
          ErrorCodes.invalidOperation,
          "Worksheet.delete: a workbook must contain at least one visible worksheet"
        );
      wb.sheets.splice(wb.sheets.indexOf(s), 1);
      wb.tables = wb.tables.filter((t) => t.sheetId !== s.id);
      wb.names = wb.names.filter((n) => n.scopeSheetId !== s.id);
      if (wb.activeSheetId === s.id) wb.activeSheetId = visibleSheets(wb)[0].id;
    });
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet> {
  constructor(context: FakeRequestContext, path: string) {
    super(context, path, "WorksheetCollection", () => context._host.wb.sheets);
  }
  protected _itemScalars() {
    return ["id", "name", "position", "visibility", "tabColor", "showGridlines"];
  }
  protected _makeItem(state: SheetState): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getItem(${JSON.stringify(state.name)})`,
      () => state
    );
  }
  private byKey(key: string): SheetState | null {
    const wb = this.context._host.wb;
    if (typeof key !== "string")
      fail(ErrorCodes.invalidArgument, "WorksheetCollection.getItem: key must be a name or id");
    return findSheet(wb, key) ?? sheetById(wb, key) ?? null;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () =>
      this.byKey(key)
    );
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      () => {
        this.context._host.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
        return this.byKey(key);
      },
      true
    )._probe();
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this._path}.getActiveWorksheet()`,
      () => sheetById(this.context._host.wb, this.context._host.wb.activeSheetId) ?? null
    );
  }
  getFirst(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getFirst()`, () => {
      const wb = this.context._host.wb;
      return (visibleOnly ? visibleSheets(wb) : wb.sheets)[0] ?? null;
    });
  }
  getLast(visibleOnly?: boolean): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getLast()`, () => {
      const wb = this.context._host.wb;
      const list = visibleOnly ? visibleSheets(wb) : wb.sheets;
      return list[list.length - 1] ?? null;
    });
  }
  /** ExcelApi 1.4. */
  getCount(visibleOnly?: boolean): FakeClientResult<number> {
    return this._result(
      "getCount",
      visibleOnly ?? false,
      (list) => (visibleOnly ? list.filter((s) => s.visibility === "Visible").length : list.length),
      "1.4"
    );
  }
  /**
   * "Adds a new worksheet to the workbook. The worksheet will be added at the end of
   * existing worksheets. If you wish to activate the newly added worksheet, call
   * .activate() on it." Without a name Excel picks "SheetN".
   */
  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    const ws = new FakeWorksheet(
      this.context,
      `${this._path}.add(${name === undefined ? "" : JSON.stringify(name)})`,
      () => {
        if (!created)
          fail(ErrorCodes.itemNotFound, "the worksheet was not added (its add() failed)");
        return created;
      }
    );
    this._queue("add", name ?? null, () => {
      const host = this.context._host;
      const wb = host.wb;
      host.assertStructureWritable("WorksheetCollection.add");
      let n = name;
      if (n === undefined || n === null) {
        let i = wb.sheets.length + 1;
        while (findSheet(wb, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      const sheet = newSheet(wb, validateSheetName(wb, n));
      wb.sheets.push(sheet);
      if (!wb.activeSheetId) wb.activeSheetId = sheet.id;
      created = sheet;
    });
    return ws;
  }
}

export class FakeWorksheetProtection extends FakeClientObject<SheetState> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => SheetState | null,
    nullable: boolean
  ) {
    super(context, path, "WorksheetProtection", resolver, { nullable, api: "1.2" });
  }
  protected _scalars() {
    return ["protected", "options"];
  }
  protected _read(s: SheetState, prop: string): unknown {
    return prop === "protected" ? s.protection.protected : { ...s.protection.options };
  }
  get protected(): boolean {
    return this._get("protected");
  }
  get options(): Record<string, boolean> {
    return this._get("options");
  }
  /** "Protects a worksheet. Fails if the worksheet has already been protected." */
  protect(options?: Record<string, boolean>, password?: string): void {
    this._queue(
      "protect",
      { options: options ?? null, password: password === undefined ? null : "***" },
      (s) => {
        if (s.protection.protected)
          fail(
            ErrorCodes.invalidOperation,
            "WorksheetProtection.protect: the sheet is already protected"
          );
        s.protection = { protected: true, options: { ...(options ?? {}) }, password };
      }
    );
  }
  unprotect(password?: string): void {
    this._queue("unprotect", null, (s) => {
      if (
        s.protection.protected &&
        s.protection.password !== undefined &&
        s.protection.password !== password
      )
        fail(ErrorCodes.invalidArgument, "WorksheetProtection.unprotect: wrong password");
      s.protection = { protected: false, options: {} };
    });
  }
}

/** ExcelApi 1.7. */
export class FakeWorksheetFreezePanes extends FakeClientObject<SheetState> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => SheetState | null,
    nullable: boolean
  ) {
    super(context, path, "WorksheetFreezePanes", resolver, { nullable, api: "1.7" });
  }
  protected _scalars() {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  private count(v: unknown, what: string): number {
    if (v === undefined) return 1;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
      fail(ErrorCodes.invalidArgument, `${what}: count must be a non-negative integer`);
    return v;
  }
  freezeRows(count?: number): void {
    this._queue(
      "freezeRows",
      count ?? null,
      (s) => (s.freeze = { rows: this.count(count, "freezeRows"), columns: 0 })
    );
  }
  freezeColumns(count?: number): void {
    this._queue(
      "freezeColumns",
      count ?? null,
      (s) => (s.freeze = { rows: 0, columns: this.count(count, "freezeColumns") })
    );
  }
  freezeAt(frozenRange: FakeRange | string): void {
    this._queue(
      "freezeAt",
      typeof frozenRange === "string" ? frozenRange : frozenRange._path,
      (s) => {
        const rect =
          typeof frozenRange === "string"
            ? (tryParseAddress(frozenRange)?.rect ??
              fail(ErrorCodes.invalidArgument, "freezeAt: bad address"))
            : frozenRange._live().rect;
        s.freeze = { rows: rect.r1 + 1, columns: rect.c1 + 1 };
      }
    );
  }
  unfreeze(): void {
    this._queue("unfreeze", null, (s) => (s.freeze = { rows: 0, columns: 0 }));
  }
  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      () => {
        const s = this._resolve();
        if (!s || (s.freeze.rows === 0 && s.freeze.columns === 0)) return null;
        const rows = s.freeze.rows || MAX_ROWS;
        const cols = s.freeze.columns || MAX_COLUMNS;
        return { sheet: s, rect: { r0: 0, c0: 0, r1: rows - 1, c1: cols - 1 } };
      },
      true
    )._probe();
  }
}
