// Range formatting proxies: RangeFormat (column width, row height, alignment, wrap,
// autofit), RangeFont, RangeFill, RangeBorderCollection/RangeBorder, FormatProtection, and
// the cell-properties JSON of setCellProperties / setColumnProperties / setRowProperties.

import { ErrorCodes, FakeUsageError, fail } from "./errors";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import type { BorderState, CellEdge, CellFormat, RangeTarget } from "./state";
import {
  applyFormat,
  bool,
  normalizeColor,
  num,
  oneOf,
  readColumnWidth,
  readFormat,
  readRowHeight,
} from "./cells";
import type { Rect } from "./address";

export const H_ALIGN = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
] as const;
export const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
export const UNDERLINE = [
  "None",
  "Single",
  "Double",
  "SingleAccountant",
  "DoubleAccountant",
] as const;
export const BORDER_STYLE = [
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
] as const;
export const BORDER_WEIGHT = ["Hairline", "Thin", "Medium", "Thick"] as const;
export const BORDER_INDEX = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
] as const;

/** Max column width: 255 characters (~1793 pt); max row height: 409 pt (Excel specifications and limits). */
const MAX_COLUMN_WIDTH = 1793.25;
const MAX_ROW_HEIGHT = 409;

abstract class RangePart extends FakeClientObject<RangeTarget> {
  protected get host() {
    return this.context._host;
  }
  protected fmt(prop: string, value: unknown, mutate: (f: CellFormat, v: unknown) => void): void {
    this._setProp(prop, value, (t, v) =>
      applyFormat(this.host, t.sheet, t.rect, `${this._entity}.${prop}`, (f) => mutate(f, v))
    );
  }
}

export class FakeRangeFormat extends RangePart {
  private _font?: FakeRangeFont;
  private _fill?: FakeRangeFill;
  private _borders?: FakeRangeBorderCollection;
  private _protection?: FakeFormatProtection;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(context, path, "RangeFormat", resolver, { nullable });
  }
  protected _scalars() {
    return [
      "columnWidth",
      "rowHeight",
      "horizontalAlignment",
      "verticalAlignment",
      "wrapText",
      "indentLevel",
      "useStandardHeight",
      "useStandardWidth",
    ];
  }
  protected override _navs() {
    return ["font", "fill", "borders", "protection"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case "columnWidth":
        return readColumnWidth(t.sheet, t.rect);
      case "rowHeight":
        return readRowHeight(t.sheet, t.rect);
      case "useStandardWidth":
        return ![...t.sheet.columnWidths.keys()].some((c) => c >= t.rect.c0 && c <= t.rect.c1);
      case "useStandardHeight":
        return ![...t.sheet.rowHeights.keys()].some((r) => r >= t.rect.r0 && r <= t.rect.r1);
      default:
        return readFormat(t.sheet, t.rect, (f) => (f as unknown as Record<string, unknown>)[prop]);
    }
  }
  private sub<P>(make: (path: string, resolver: () => RangeTarget | null) => P, name: string): P {
    return make(
      `${this._path}.${name}`,
      this._child(name, (t) => t)
    );
  }
  get font(): FakeRangeFont {
    return (this._font ??= this.sub(
      (p, r) => new FakeRangeFont(this.context, p, r, this._nullable),
      "font"
    ));
  }
  get fill(): FakeRangeFill {
    return (this._fill ??= this.sub(
      (p, r) => new FakeRangeFill(this.context, p, r, this._nullable),
      "fill"
    ));
  }
  get borders(): FakeRangeBorderCollection {
    return (this._borders ??= this.sub(
      (p, r) => new FakeRangeBorderCollection(this.context, p, r, this._nullable),
      "borders"
    ));
  }
  get protection(): FakeFormatProtection {
    return (this._protection ??= this.sub(
      (p, r) => new FakeFormatProtection(this.context, p, r, this._nullable),
      "protection"
    ));
  }

  get columnWidth(): number {
    return this._get("columnWidth");
  }
  set columnWidth(v: number) {
    this._setProp("columnWidth", v, (t, value) => {
      const w = num(value, "RangeFormat.columnWidth", 0, MAX_COLUMN_WIDTH);
      this.host.assertWritable(t.sheet, "RangeFormat.columnWidth");
      for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, w);
    });
  }
  get rowHeight(): number {
    return this._get("rowHeight");
  }
  set rowHeight(v: number) {
    this._setProp("rowHeight", v, (t, value) => {
      const h = num(value, "RangeFormat.rowHeight", 0, MAX_ROW_HEIGHT);
      this.host.assertWritable(t.sheet, "RangeFormat.rowHeight");
      if (t.rect.r1 - t.rect.r0 > 100_000)
        throw new FakeUsageError("rowHeight on whole columns is not modelled");
      for (let r = t.rect.r0; r <= t.rect.r1; r++) t.sheet.rowHeights.set(r, h);
    });
  }
  get horizontalAlignment(): string {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.fmt(
      "horizontalAlignment",
      v,
      (f, x) => (f.horizontalAlignment = oneOf(x, H_ALIGN, "RangeFormat.horizontalAlignment"))
    );
  }
  get verticalAlignment(): string {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.fmt(
      "verticalAlignment",
      v,
      (f, x) => (f.verticalAlignment = oneOf(x, V_ALIGN, "RangeFormat.verticalAlignment"))
    );
  }
  get wrapText(): boolean {
    return this._get("wrapText");
  }
  set wrapText(v: boolean) {
    this.fmt("wrapText", v, (f, x) => (f.wrapText = bool(x, "RangeFormat.wrapText")));
  }
  get indentLevel(): number {
    return this._get("indentLevel");
  }
  set indentLevel(v: number) {
    this.fmt(
      "indentLevel",
      v,
      (f, x) => (f.indentLevel = num(x, "RangeFormat.indentLevel", 0, 250))
    );
  }
  get useStandardHeight(): boolean {
    return this._get("useStandardHeight");
  }
  /** true resets the rows to the standard height; false is ignored. */
  set useStandardHeight(v: boolean) {
    this._setProp("useStandardHeight", v, (t, value) => {
      this.host.assertWritable(t.sheet, "RangeFormat.useStandardHeight");
      if (!bool(value, "RangeFormat.useStandardHeight")) return;
      for (const r of [...t.sheet.rowHeights.keys()])
        if (r >= t.rect.r0 && r <= t.rect.r1) t.sheet.rowHeights.delete(r);
    });
  }
  get useStandardWidth(): boolean {
    return this._get("useStandardWidth");
  }
  /** true resets the columns to the standard width; false is ignored. */
  set useStandardWidth(v: boolean) {
    this._setProp("useStandardWidth", v, (t, value) => {
      this.host.assertWritable(t.sheet, "RangeFormat.useStandardWidth");
      if (!bool(value, "RangeFormat.useStandardWidth")) return;
      for (const c of [...t.sheet.columnWidths.keys()])
        if (c >= t.rect.c0 && c <= t.rect.c1) t.sheet.columnWidths.delete(c);
    });
  }

  /** Recorded in sheet.autofits (the fake does not measure text). ExcelApi 1.2. */
  autofitColumns(): void {
    this._queue(
      "autofitColumns",
      null,
      (t) => t.sheet.autofits.push({ kind: "columns", rect: { ...t.rect } }),
      "1.2"
    );
  }
  autofitRows(): void {
    this._queue(
      "autofitRows",
      null,
      (t) => t.sheet.autofits.push({ kind: "rows", rect: { ...t.rect } }),
      "1.2"
    );
  }
}

export class FakeRangeFont extends RangePart {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(context, path, "RangeFont", resolver, { nullable });
  }
  protected _scalars() {
    return ["bold", "italic", "underline", "color", "size", "name", "strikethrough"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    return readFormat(t.sheet, t.rect, (f) => (f.font as Record<string, unknown>)[prop]);
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this.fmt("bold", v, (f, x) => (f.font.bold = bool(x, "RangeFont.bold")));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this.fmt("italic", v, (f, x) => (f.font.italic = bool(x, "RangeFont.italic")));
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this.fmt(
      "strikethrough",
      v,
      (f, x) => (f.font.strikethrough = bool(x, "RangeFont.strikethrough"))
    );
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this.fmt(
      "underline",
      v,
      (f, x) => (f.font.underline = oneOf(x, UNDERLINE, "RangeFont.underline"))
    );
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.fmt("color", v, (f, x) => (f.font.color = normalizeColor(x, "RangeFont.color")));
  }
  get size(): number {
    return this._get("size");
  }
  set size(v: number) {
    this.fmt("size", v, (f, x) => (f.font.size = num(x, "RangeFont.size", 1, 409)));
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this.fmt("name", v, (f, x) => {
      if (typeof x !== "string" || !x)
        fail(ErrorCodes.invalidArgument, "RangeFont.name: expected a font name");
      f.font.name = x;
    });
  }
}

export class FakeRangeFill extends RangePart {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(context, path, "RangeFill", resolver, { nullable });
  }
  protected _scalars() {
    return ["color", "pattern"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    if (prop === "pattern") return readFormat(t.sheet, t.rect, (f) => (f.fill ? "Solid" : "None"));
    // A cell without fill reports white, as Excel does.
    return readFormat(t.sheet, t.rect, (f) => f.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.fmt("color", v, (f, x) => (f.fill = normalizeColor(x, "RangeFill.color")));
  }
  get pattern(): string {
    return this._get("pattern");
  }
  /** Removes the fill. */
  clear(): void {
    this._queue("clear", null, (t) =>
      applyFormat(this.host, t.sheet, t.rect, "RangeFill.clear", (f) => (f.fill = null))
    );
  }
}

export class FakeFormatProtection extends RangePart {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(context, path, "FormatProtection", resolver, { nullable, api: "1.2" });
  }
  protected _scalars() {
    return ["locked"];
  }
  protected _read(t: RangeTarget): unknown {
    return readFormat(t.sheet, t.rect, (f) => f.locked);
  }
  get locked(): boolean {
    return this._get("locked");
  }
  set locked(v: boolean) {
    // Changing lock state is itself refused on a protected sheet (AccessDenied).
    this.fmt("locked", v, (f, x) => (f.locked = bool(x, "FormatProtection.locked")));
  }
}

/** Which cell edges a range border index maps to. */
function edgeCells(rect: Rect, index: string): { r: number; c: number; edge: CellEdge }[] {
  const out: { r: number; c: number; edge: CellEdge }[] = [];
  const each = (fn: (r: number, c: number) => void) => {
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) fn(r, c);
  };
  switch (index) {
    case "EdgeTop":
      each((r, c) => r === rect.r0 && out.push({ r, c, edge: "EdgeTop" }));
      break;
    case "EdgeBottom":
      each((r, c) => r === rect.r1 && out.push({ r, c, edge: "EdgeBottom" }));
      break;
    case "EdgeLeft":
      each((r, c) => c === rect.c0 && out.push({ r, c, edge: "EdgeLeft" }));
      break;
    case "EdgeRight":
      each((r, c) => c === rect.c1 && out.push({ r, c, edge: "EdgeRight" }));
      break;
    case "InsideHorizontal":
      each((r, c) => {
        if (r < rect.r1) out.push({ r, c, edge: "EdgeBottom" });
        if (r > rect.r0) out.push({ r, c, edge: "EdgeTop" });
      });
      break;
    case "InsideVertical":
      each((r, c) => {
        if (c < rect.c1) out.push({ r, c, edge: "EdgeRight" });
        if (c > rect.c0) out.push({ r, c, edge: "EdgeLeft" });
      });
      break;
    default:
      each((r, c) => out.push({ r, c, edge: index as CellEdge }));
  }
  return out;
}

export class FakeRangeBorderCollection extends RangePart {
  private readonly _items = new Map<string, FakeRangeBorder>();
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(context, path, "RangeBorderCollection", resolver, { nullable });
  }
  protected _scalars() {
    return ["count"];
  }
  protected _read(): unknown {
    return BORDER_INDEX.length;
  }
  get count(): number {
    return this._get("count");
  }
  getItem(index: string): FakeRangeBorder {
    let item = this._items.get(index);
    if (!item) {
      const resolver = this._child(index, (t) => {
        oneOf(index, BORDER_INDEX, "RangeBorderCollection.getItem");
        return t;
      });
      item = new FakeRangeBorder(
        this.context,
        `${this._path}.getItem(${JSON.stringify(index)})`,
        resolver,
        this._nullable,
        index
      );
      this._items.set(index, item);
    }
    return item;
  }
}

export class FakeRangeBorder extends RangePart {
  private readonly index: string;
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean,
    index: string
  ) {
    super(context, path, "RangeBorder", resolver, { nullable });
    this.index = index;
  }
  protected _scalars() {
    return ["style", "weight", "color", "sideIndex"];
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    if (prop === "sideIndex") return this.index;
    const cells = edgeCells(t.rect, this.index);
    if (cells.length === 0) return prop === "style" ? "None" : null;
    let first: unknown;
    for (let i = 0; i < cells.length; i++) {
      const { r, c, edge } = cells[i];
      const f = readFormat(
        t.sheet,
        { r0: r, r1: r, c0: c, c1: c },
        (x) => (x.borders[edge] as unknown as Record<string, unknown>)[prop]
      );
      if (i === 0) first = f;
      else if (f !== first) return null;
    }
    return first;
  }
  private setEdge(prop: keyof BorderState, value: unknown, norm: (v: unknown) => string): void {
    this._setProp(prop, value, (t, v) => {
      const x = norm(v);
      const host = this.context._host;
      host.assertWritable(t.sheet, `RangeBorder.${prop}`);
      for (const { r, c, edge } of edgeCells(t.rect, this.index)) {
        applyFormat(
          host,
          t.sheet,
          { r0: r, r1: r, c0: c, c1: c },
          `RangeBorder.${prop}`,
          (f) => (f.borders[edge][prop] = x)
        );
      }
    });
  }
  get sideIndex(): string {
    return this._get("sideIndex");
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this.setEdge("style", v, (x) => oneOf(x, BORDER_STYLE, "RangeBorder.style"));
  }
  get weight(): string {
    return this._get("weight");
  }
  set weight(v: string) {
    this.setEdge("weight", v, (x) => oneOf(x, BORDER_WEIGHT, "RangeBorder.weight"));
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this.setEdge("color", v, (x) => normalizeColor(x, "RangeBorder.color"));
  }
}

const CELL_FORMAT_KEYS = [
  "autoIndent",
  "borders",
  "fill",
  "font",
  "horizontalAlignment",
  "indentLevel",
  "protection",
  "readingOrder",
  "shrinkToFit",
  "textOrientation",
  "useStandardHeight",
  "useStandardWidth",
  "verticalAlignment",
  "wrapText",
];

const BORDER_KEYS: Record<string, CellEdge | null> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
  diagonalDown: "DiagonalDown",
  diagonalUp: "DiagonalUp",
  horizontal: null,
  vertical: null,
};

function strictKeys(o: unknown, allowed: readonly string[], what: string): Record<string, unknown> {
  if (!o || typeof o !== "object" || Array.isArray(o))
    fail(ErrorCodes.invalidArgument, `${what}: expected an object`);
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k))
      fail(
        ErrorCodes.invalidArgument,
        `${what}: '${k}' is not a property of ${what} (allowed: ${allowed.join(", ")})`
      );
  }
  return o as Record<string, unknown>;
}

/**
 * Applies one Excel.CellPropertiesFormat (setCellProperties docs, ExcelApi 1.9) to a cell
 * format. Unknown keys are refused (InvalidArgument) so typos such as `numberFormat` or
 * `color` at the wrong level are caught: SettableCellProperties has no numberFormat.
 */
export function applyCellPropertiesFormat(
  f: CellFormat,
  input: unknown,
  what: string,
  extra: readonly string[] = []
): void {
  const o = strictKeys(input, [...CELL_FORMAT_KEYS, ...extra], what);
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || extra.includes(k)) continue;
    switch (k) {
      case "font": {
        const font = strictKeys(
          v,
          [
            "bold",
            "color",
            "italic",
            "name",
            "size",
            "strikethrough",
            "subscript",
            "superscript",
            "tintAndShade",
            "underline",
          ],
          `${what}.font`
        );
        if (font.bold !== undefined) f.font.bold = bool(font.bold, `${what}.font.bold`);
        if (font.italic !== undefined) f.font.italic = bool(font.italic, `${what}.font.italic`);
        if (font.strikethrough !== undefined)
          f.font.strikethrough = bool(font.strikethrough, `${what}.font.strikethrough`);
        if (font.color !== undefined)
          f.font.color = normalizeColor(font.color, `${what}.font.color`);
        if (font.size !== undefined) f.font.size = num(font.size, `${what}.font.size`, 1, 409);
        if (font.name !== undefined) f.font.name = String(font.name);
        if (font.underline !== undefined)
          f.font.underline = oneOf(font.underline, UNDERLINE, `${what}.font.underline`);
        break;
      }
      case "fill": {
        const fill = strictKeys(
          v,
          ["color", "pattern", "patternColor", "patternTintAndShade", "tintAndShade"],
          `${what}.fill`
        );
        if (fill.color !== undefined) f.fill = normalizeColor(fill.color, `${what}.fill.color`);
        if (fill.pattern === "None") f.fill = null;
        break;
      }
      case "borders": {
        const borders = strictKeys(v, Object.keys(BORDER_KEYS), `${what}.borders`);
        for (const [side, b] of Object.entries(borders)) {
          const edge = BORDER_KEYS[side];
          const border = strictKeys(
            b,
            ["color", "style", "tintAndShade", "weight"],
            `${what}.borders.${side}`
          );
          if (!edge) continue; // inside borders of a single cell have nothing to draw
          if (border.style !== undefined)
            f.borders[edge].style = oneOf(
              border.style,
              BORDER_STYLE,
              `${what}.borders.${side}.style`
            );
          if (border.weight !== undefined)
            f.borders[edge].weight = oneOf(
              border.weight,
              BORDER_WEIGHT,
              `${what}.borders.${side}.weight`
            );
          if (border.color !== undefined)
            f.borders[edge].color = normalizeColor(border.color, `${what}.borders.${side}.color`);
        }
        break;
      }
      case "horizontalAlignment":
        f.horizontalAlignment = oneOf(v, H_ALIGN, `${what}.horizontalAlignment`);
        break;
      case "verticalAlignment":
        f.verticalAlignment = oneOf(v, V_ALIGN, `${what}.verticalAlignment`);
        break;
      case "wrapText":
        f.wrapText = bool(v, `${what}.wrapText`);
        break;
      case "indentLevel":
        f.indentLevel = num(v, `${what}.indentLevel`, 0, 250);
        break;
      case "protection": {
        const p = strictKeys(v, ["formulaHidden", "locked"], `${what}.protection`);
        if (p.locked !== undefined) f.locked = bool(p.locked, `${what}.protection.locked`);
        break;
      }
      default:
        break; // accepted and not modelled: autoIndent, readingOrder, shrinkToFit, textOrientation, useStandard*
    }
  }
}
