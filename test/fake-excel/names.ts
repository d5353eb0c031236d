// Defined names: Excel.NamedItemCollection (workbook.names, worksheet.names) and NamedItem.
// Name rules ("Names in formulas", support.microsoft.com): first character a letter,
// underscore or backslash; then letters, digits, periods, underscores; no spaces; not a
// cell reference such as A1 or R1C1; at most 255 characters; unique ignoring case.
// A name referring to a deleted sheet shows #REF! (its formula becomes "=#REF!$B$4").

import { rectAddress, quoteSheet, tryParseAddress } from "./address";
import { ErrorCodes, fail } from "./errors";
import {
  FakeClientObject,
  FakeCollection,
  type FakeClientResult,
  type FakeRequestContext,
} from "./proxy";
import { FakeRange } from "./range";
import {
  type NameState,
  type Scalar,
  type SheetState,
  type WorkbookState,
  findSheet,
  sheetById,
} from "./state";
import { evaluate } from "./values";
import { FakeWorksheet } from "./worksheet";

export function validateDefinedName(
  wb: WorkbookState,
  name: unknown,
  scopeSheetId: string | undefined,
  what: string,
  self?: object
): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 255)
    fail(ErrorCodes.invalidArgument, `${what}: a name must have 1-255 characters`);
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name))
    fail(ErrorCodes.invalidArgument, `${what}: '${name}' is not a valid name`);
  if (tryParseAddress(name) || /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    fail(ErrorCodes.invalidArgument, `${what}: '${name}' looks like a cell reference`);
  const lower = name.toLowerCase();
  const clash =
    wb.names.find(
      (n) => n !== self && n.name.toLowerCase() === lower && n.scopeSheetId === scopeSheetId
    ) ?? wb.tables.find((t) => t !== self && t.name.toLowerCase() === lower);
  if (clash)
    fail(ErrorCodes.itemAlreadyExists, `${what}: '${name}' is already used by a name or table`);
  return name;
}

function liveSheet(wb: WorkbookState, n: NameState): SheetState | undefined {
  return n.kind === "range" && n.sheetId ? sheetById(wb, n.sheetId) : undefined;
}

export function nameFormula(wb: WorkbookState, n: NameState): string {
  if (n.kind === "formula") return n.formula ?? "=";
  const sheet = liveSheet(wb, n);
  const addr = rectAddress(n.rect!, true);
  return sheet ? `=${quoteSheet(sheet.name)}!${addr}` : `=#REF!${addr}`;
}

function nameValue(wb: WorkbookState, n: NameState): Scalar {
  if (n.kind === "range") return liveSheet(wb, n) ? nameFormula(wb, n).slice(1) : "#REF!";
  const sheet = (n.scopeSheetId && sheetById(wb, n.scopeSheetId)) || wb.sheets[0];
  return evaluate(n.formula ?? "=", wb, sheet);
}

function nameType(wb: WorkbookState, n: NameState): string {
  if (n.kind === "range") return liveSheet(wb, n) ? "Range" : "Error";
  const v = nameValue(wb, n);
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
  return v.startsWith("#") ? "Error" : "String";
}

export class FakeNamedItem extends FakeClientObject<NameState> {
  private _worksheet?: FakeWorksheet;
  private _worksheetOrNull?: FakeWorksheet;
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => NameState | null,
    nullable = false
  ) {
    super(context, path, "NamedItem", resolver, { nullable });
  }
  protected _scalars() {
    return ["name", "type", "value", "formula", "comment", "visible", "scope"];
  }
  protected override _navs() {
    return ["worksheet", "worksheetOrNullObject"];
  }
  protected _read(n: NameState, prop: string): unknown {
    const wb = this.context._host.wb;
    this.assertLive(n);
    switch (prop) {
      case "type":
        return nameType(wb, n);
      case "value":
        return nameValue(wb, n);
      case "formula":
        this.context._host.requireApi("1.7", "NamedItem.formula");
        return nameFormula(wb, n);
      case "scope":
        return n.scopeSheetId ? "Worksheet" : "Workbook";
      default:
        return (n as unknown as Record<string, unknown>)[prop];
    }
  }
  private assertLive(n: NameState): void {
    if (!this.context._host.wb.names.includes(n))
      fail(ErrorCodes.itemNotFound, `name '${n.name}' was deleted`);
  }
  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): any {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._setProp(
      "formula",
      v,
      (n) =>
        Object.assign(
          n,
          referenceOf(this.context._host.wb, v, n.scopeSheetId, "NamedItem.formula")
        ),
      "1.7"
    );
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(v: string) {
    this._setProp("comment", v, (n) => (n.comment = String(v)), "1.4");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._setProp("visible", v, (n) => (n.visible = Boolean(v)));
  }
  get scope(): string {
    return this._get("scope");
  }
  /** The sheet the name refers to; ItemNotFound for non-range names. */
  get worksheet(): FakeWorksheet {
    return (this._worksheet ??= new FakeWorksheet(
      this.context,
      `${this._path}.worksheet`,
      this._child("worksheet", (n) => liveSheet(this.context._host.wb, n) ?? null)
    ));
  }
  get worksheetOrNullObject(): FakeWorksheet {
    return (this._worksheetOrNull ??= new FakeWorksheet(
      this.context,
      `${this._path}.worksheetOrNullObject`,
      this._child("worksheetOrNullObject", (n) => liveSheet(this.context._host.wb, n) ?? null),
      true
    )._probe());
  }
  /** "Throws an error if the named item's type isn't a range." */
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, () => {
      const n = this._target();
      const sheet = liveSheet(this.context._host.wb, n);
      if (!sheet || !n.rect)
        fail(
          ErrorCodes.invalidArgument,
          `NamedItem.getRange: '${n.name}' does not refer to a range`
        );
      return { sheet, rect: n.rect };
    });
  }
  /** ExcelApi 1.4: a null object when the name's type isn't a range. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getRangeOrNullObject()`,
      () => {
        this.context._host.requireApi("1.4", "NamedItem.getRangeOrNullObject");
        const n = this._resolve();
        const sheet = n ? liveSheet(this.context._host.wb, n) : undefined;
        return n && sheet && n.rect ? { sheet, rect: n.rect } : null;
      },
      true
    )._probe();
  }
  delete(): void {
    this._queue(
      "delete",
      null,
      (n) => {
        const wb = this.context._host.wb;
        wb.names.splice(wb.names.indexOf(n), 1);
      },
      "1.4"
    );
  }
}

/** Parses what names.add / NamedItem.formula accept: a Range proxy or a formula string. */
function referenceOf(
  wb: WorkbookState,
  reference: unknown,
  scopeSheetId: string | undefined,
  what: string
): Partial<NameState> {
  if (reference instanceof FakeRange) {
    const t = reference._live();
    return { kind: "range", sheetId: t.sheet.id, rect: { ...t.rect }, formula: undefined };
  }
  if (typeof reference !== "string" || reference.trim() === "")
    fail(ErrorCodes.invalidArgument, `${what}: reference must be a Range or a formula`);
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const parsed = tryParseAddress(text);
  if (parsed) {
    const sheet =
      parsed.sheet !== undefined
        ? findSheet(wb, parsed.sheet)
        : (scopeSheetId && sheetById(wb, scopeSheetId)) || sheetById(wb, wb.activeSheetId);
    if (!sheet)
      fail(ErrorCodes.invalidArgument, `${what}: no sheet '${parsed.sheet}' for '${reference}'`);
    return { kind: "range", sheetId: sheet.id, rect: parsed.rect, formula: undefined };
  }
  return { kind: "formula", formula: `=${text}`, sheetId: undefined, rect: undefined };
}

export class FakeNamedItemCollection extends FakeCollection<NameState, FakeNamedItem> {
  private readonly scopeSheet: (() => SheetState | null) | undefined;

  /** `scopeSheet` undefined: workbook.names; otherwise worksheet.names (ExcelApi 1.4). */
  constructor(
    context: FakeRequestContext,
    path: string,
    scopeSheet?: () => SheetState | null,
    nullable = false
  ) {
    super(
      context,
      path,
      "NamedItemCollection",
      () => {
        const wb = context._host.wb;
        if (!scopeSheet) return wb.names.filter((n) => n.scopeSheetId === undefined);
        context._host.requireApi("1.4", "Worksheet.names");
        const s = scopeSheet();
        return s === null ? null : wb.names.filter((n) => n.scopeSheetId === s.id);
      },
      { nullable }
    );
    this.scopeSheet = scopeSheet;
  }
  protected _itemScalars() {
    return ["name", "type", "value", "formula", "comment", "visible", "scope"];
  }
  protected _makeItem(n: NameState): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this._path}.getItem(${JSON.stringify(n.name)})`,
      () => n
    );
  }
  private find(name: string): NameState | null {
    const list = this._resolve() ?? [];
    const lower = String(name).toLowerCase();
    return list.find((n) => n.name.toLowerCase() === lower) ?? null;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () =>
      this.find(name)
    );
  }
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      () => {
        this.context._host.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
        return this.find(name);
      },
      true
    )._probe();
  }
  getCount(): FakeClientResult<number> {
    return this._result("getCount", null, (list) => list.length, "1.4");
  }
  /** ExcelApi 1.4: `reference` is a Range or a formula such as "=Indstillinger!$B$4". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameState | null = null;
    const item = new FakeNamedItem(
      this.context,
      `${this._path}.add(${JSON.stringify(name)})`,
      () => {
        if (!created) fail(ErrorCodes.itemNotFound, "the name was not added (its add() failed)");
        return created;
      }
    );
    this._queue(
      "add",
      {
        name,
        reference: typeof reference === "string" ? reference : (reference as FakeRange)._path,
        comment: comment ?? null,
      },
      () => {
        const wb = this.context._host.wb;
        const scope = this.scopeSheet ? this.scopeSheet() : null;
        const scopeSheetId = scope ? scope.id : undefined;
        validateDefinedName(wb, name, scopeSheetId, "NamedItemCollection.add");
        const ref = referenceOf(wb, reference, scopeSheetId, "NamedItemCollection.add");
        const state: NameState = {
          name,
          kind: "formula",
          comment: comment ?? "",
          visible: true,
          scopeSheetId,
          ...ref,
        } as NameState;
        wb.names.push(state);
        created = state;
      },
      "1.4"
    );
    return item;
  }
}
