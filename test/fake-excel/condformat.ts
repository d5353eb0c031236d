// Conditional formats (ExcelApi 1.6; "Apply conditional formatting to Excel ranges").
// range.conditionalFormats is the collection of formats that intersect the range; add(type)
// creates one over the range (at priority 0); for type Custom, `.custom.rule.formula` and
// `.custom.format.font/fill` describe it. clearAll() removes every format that intersects
// the range (the fake does not split partly covered formats).
//
// ConditionalFormat.id is the rule's priority on its sheet, as a string, and shifts when a
// rule of higher priority is deleted or added (office-js #5222, #6827): getItem("1") after
// deleting rule "0" is the rule that was "2" before.

import { type Rect, intersects } from "./address";
import { bool, normalizeColor, oneOf } from "./cells";
import { ConditionalFormatType } from "./enums";
import { ErrorCodes, fail } from "./errors";
import {
  FakeClientObject,
  FakeCollection,
  type FakeClientResult,
  type FakeRequestContext,
} from "./proxy";
import { FakeRange } from "./range";
import type { ConditionalFormatState, RangeTarget, SheetState } from "./state";

interface CfTarget {
  sheet: SheetState;
  cf: ConditionalFormatState;
}

function renumber(sheet: SheetState): void {
  sheet.conditionalFormats.forEach((cf, i) => (cf.priority = i));
}

function liveCf(t: CfTarget): CfTarget {
  if (!t.sheet.conditionalFormats.includes(t.cf))
    fail(ErrorCodes.itemNotFound, "the conditional format was deleted");
  return t;
}

export class FakeConditionalFormatCollection extends FakeCollection<
  CfTarget,
  FakeConditionalFormat
> {
  private readonly range: () => RangeTarget | null;
  constructor(
    context: FakeRequestContext,
    path: string,
    range: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(
      context,
      path,
      "ConditionalFormatCollection",
      () => {
        context._host.requireApi("1.6", "Range.conditionalFormats");
        const t = range();
        return t === null
          ? null
          : t.sheet.conditionalFormats
              .filter((cf) => intersects(cf.rect, t.rect))
              .map((cf) => ({ sheet: t.sheet, cf }));
      },
      { nullable }
    );
    this.range = range;
  }
  protected _itemScalars() {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected _makeItem(t: CfTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._path}.getItem(${JSON.stringify(String(t.cf.priority))})`,
      () => t
    );
  }
  getCount(): FakeClientResult<number> {
    return this._result("getCount", null, (list) => list.length);
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._path}.getItem(${JSON.stringify(id)})`,
      () => (this._resolve() ?? []).find((t) => String(t.cf.priority) === String(id)) ?? null
    );
  }
  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => (this._resolve() ?? [])[index] ?? null
    );
  }
  add(type: string): FakeConditionalFormat {
    let created: CfTarget | null = null;
    const item = new FakeConditionalFormat(
      this.context,
      `${this._path}.add(${JSON.stringify(type)})`,
      () => {
        if (!created)
          fail(ErrorCodes.itemNotFound, "the conditional format was not added (its add() failed)");
        return created;
      }
    );
    this._queue("add", type, () => {
      const host = this.context._host;
      host.requireApi("1.6", "ConditionalFormatCollection.add");
      const t = this.range();
      if (!t) fail(ErrorCodes.itemNotFound, "ConditionalFormatCollection.add on a null range");
      const kind = oneOf(
        type,
        Object.values(ConditionalFormatType),
        "ConditionalFormatCollection.add"
      );
      host.assertWritable(t.sheet, "ConditionalFormatCollection.add");
      host.wb.nextId += 1;
      const cf: ConditionalFormatState = {
        id: `{CF-${host.wb.nextId}}`,
        type: kind,
        rect: { ...t.rect },
        formula: "",
        format: {
          font: { bold: null, italic: null, color: null, underline: null, strikethrough: null },
          fill: null,
        },
        stopIfTrue: false,
        priority: 0,
      };
      t.sheet.conditionalFormats.unshift(cf);
      renumber(t.sheet);
      created = { sheet: t.sheet, cf };
    });
    return item;
  }
  /** Removes the conditional formats that intersect the range. */
  clearAll(): void {
    this._queue("clearAll", null, () => {
      const t = this.range();
      if (!t) fail(ErrorCodes.itemNotFound, "ConditionalFormatCollection.clearAll on a null range");
      this.context._host.assertWritable(t.sheet, "ConditionalFormatCollection.clearAll");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.rect, t.rect)
      );
      renumber(t.sheet);
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<CfTarget> {
  private _custom?: FakeCustomConditionalFormat;
  constructor(context: FakeRequestContext, path: string, resolver: () => CfTarget | null) {
    super(context, path, "ConditionalFormat", resolver);
  }
  protected _scalars() {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected override _navs() {
    return ["custom"];
  }
  protected _read(t: CfTarget, prop: string): unknown {
    if (prop === "id") return String(liveCf(t).cf.priority);
    return (liveCf(t).cf as unknown as Record<string, unknown>)[prop];
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._setProp("priority", v, (t) => {
      const list = liveCf(t).sheet.conditionalFormats;
      list.splice(list.indexOf(t.cf), 1);
      list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, t.cf);
      renumber(t.sheet);
    });
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._setProp(
      "stopIfTrue",
      v,
      (t) => (liveCf(t).cf.stopIfTrue = bool(v, "ConditionalFormat.stopIfTrue"))
    );
  }
  /** Only for type Custom; using it on another type fails with InvalidOperation. */
  get custom(): FakeCustomConditionalFormat {
    return (this._custom ??= new FakeCustomConditionalFormat(
      this.context,
      `${this._path}.custom`,
      this._child("custom", (t) => {
        if (t.cf.type !== "Custom")
          fail(ErrorCodes.invalidOperation, `ConditionalFormat.custom on a ${t.cf.type} format`);
        return liveCf(t);
      })
    ));
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange()`, () => {
      const t = liveCf(this._target());
      return { sheet: t.sheet, rect: { ...t.cf.rect } as Rect };
    });
  }
  delete(): void {
    this._queue("delete", null, (t) => {
      liveCf(t);
      this.context._host.assertWritable(t.sheet, "ConditionalFormat.delete");
      t.sheet.conditionalFormats.splice(t.sheet.conditionalFormats.indexOf(t.cf), 1);
      renumber(t.sheet);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<CfTarget> {
  private _rule?: FakeConditionalFormatRule;
  private _format?: FakeConditionalRangeFormat;
  constructor(context: FakeRequestContext, path: string, resolver: () => CfTarget | null) {
    super(context, path, "CustomConditionalFormat", resolver);
  }
  protected _scalars() {
    return [];
  }
  protected override _navs() {
    return ["rule", "format"];
  }
  protected _read(): unknown {
    return undefined;
  }
  get rule(): FakeConditionalFormatRule {
    return (this._rule ??= new FakeConditionalFormatRule(
      this.context,
      `${this._path}.rule`,
      this._child("rule", (t) => t)
    ));
  }
  get format(): FakeConditionalRangeFormat {
    return (this._format ??= new FakeConditionalRangeFormat(
      this.context,
      `${this._path}.format`,
      this._child("format", (t) => t)
    ));
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<CfTarget> {
  constructor(context: FakeRequestContext, path: string, resolver: () => CfTarget | null) {
    super(context, path, "ConditionalFormatRule", resolver);
  }
  protected _scalars() {
    return ["formula", "formulaLocal"];
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.formula;
  }
  private setFormula(prop: string, v: string): void {
    this._setProp(prop, v, (t) => {
      this.context._host.assertWritable(t.sheet, `ConditionalFormatRule.${prop}`);
      if (typeof v !== "string" || !v.startsWith("="))
        fail(
          ErrorCodes.invalidArgument,
          `ConditionalFormatRule.${prop}: a formula starts with "="`
        );
      t.cf.formula = v;
    });
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this.setFormula("formula", v);
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(v: string) {
    this.setFormula("formulaLocal", v);
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<CfTarget> {
  private _font?: FakeConditionalRangeFont;
  private _fill?: FakeConditionalRangeFill;
  constructor(context: FakeRequestContext, path: string, resolver: () => CfTarget | null) {
    super(context, path, "ConditionalRangeFormat", resolver);
  }
  protected _scalars() {
    return [];
  }
  protected override _navs() {
    return ["font", "fill"];
  }
  protected _read(): unknown {
    return undefined;
  }
  get font(): FakeConditionalRangeFont {
    return (this._font ??= new FakeConditionalRangeFont(
      this.context,
      `${this._path}.font`,
      this._child("font", (t) => t)
    ));
  }
  get fill(): FakeConditionalRangeFill {
    return (this._fill ??= new FakeConditionalRangeFill(
      this.context,
      `${this._path}.fill`,
      this._child("fill", (t) => t)
    ));
  }
}

export class FakeConditionalRangeFont extends FakeClientObject<CfTarget> {
  constructor(context: FakeRequestContext, path: string, resolver: () => CfTarget | null) {
    super(context, path, "ConditionalRangeFont", resolver);
  }
  protected _scalars() {
    return ["bold", "italic", "color", "underline", "strikethrough"];
  }
  protected _read(t: CfTarget, prop: string): unknown {
    return (t.cf.format.font as Record<string, unknown>)[prop];
  }
  private put(
    prop: "bold" | "italic" | "color" | "underline" | "strikethrough",
    v: unknown,
    norm: (x: unknown) => unknown
  ): void {
    this._setProp(prop, v, (t) => {
      this.context._host.assertWritable(t.sheet, `ConditionalRangeFont.${prop}`);
      (t.cf.format.font as Record<string, unknown>)[prop] = norm(v);
    });
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.put("bold", v, (x) => bool(x, "ConditionalRangeFont.bold"));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.put("italic", v, (x) => bool(x, "ConditionalRangeFont.italic"));
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this.put("strikethrough", v, (x) => bool(x, "ConditionalRangeFont.strikethrough"));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.put("color", v, (x) => normalizeColor(x, "ConditionalRangeFont.color"));
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this.put("underline", v, (x) =>
      oneOf(x, ["None", "Single", "Double"], "ConditionalRangeFont.underline")
    );
  }
  clear(): void {
    this._queue(
      "clear",
      null,
      (t) =>
        (t.cf.format.font = {
          bold: null,
          italic: null,
          color: null,
          underline: null,
          strikethrough: null,
        })
    );
  }
}

export class FakeConditionalRangeFill extends FakeClientObject<CfTarget> {
  constructor(context: FakeRequestContext, path: string, resolver: () => CfTarget | null) {
    super(context, path, "ConditionalRangeFill", resolver);
  }
  protected _scalars() {
    return ["color"];
  }
  protected _read(t: CfTarget): unknown {
    return t.cf.format.fill;
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._setProp("color", v, (t) => {
      this.context._host.assertWritable(t.sheet, "ConditionalRangeFill.color");
      t.cf.format.fill = normalizeColor(v, "ConditionalRangeFill.color");
    });
  }
  clear(): void {
    this._queue("clear", null, (t) => (t.cf.format.fill = null));
  }
}
