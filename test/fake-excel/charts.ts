// Charts (ExcelApi 1.1): worksheet.charts.add(type, sourceData, seriesBy), Chart (name,
// top/left/width/height, title, legend, setPosition, delete), its series (name, format.fill).
// The fake keeps what a chart shows — type, source, series names and values, categories,
// fills, place — not how it is drawn.

import { colsOf, parseAddress, rectAddress, rowsOf, type Rect } from "./address";
import { normalizeColor } from "./cells";
import { ErrorCodes, fail } from "./errors";
import { FakeClientObject, FakeCollection, type FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import { type Scalar, type SheetState, getCell } from "./state";
import { cellValue } from "./values";

export interface ChartSeriesState {
  name: string;
  values: Scalar[];
  /** Solid fill set with setSolidColor, upper-case `#RRGGBB`; null = automatic. */
  fill: string | null;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: "Columns" | "Rows";
  categories: Scalar[];
  series: ChartSeriesState[];
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  /** Points from the sheet's top-left corner. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** Cells given to setPosition (start, and end when given). */
  position: { start: string; end: string | null } | null;
}

/** Excel.ChartType values the fake accepts (a subset; others are InvalidArgument). */
const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Area",
  "AreaStacked",
]);

export function sheetCharts(sheet: SheetState): ChartState[] {
  const holder = sheet as SheetState & { charts?: ChartState[] };
  return (holder.charts ??= []);
}

/**
 * Series and categories as Excel lays out a source range with a header row and a label
 * column: by columns, each column after the first is a series named by its header cell and
 * the first column holds the categories; by rows, the other way round. "Auto" picks columns
 * when the range has at least as many rows as columns.
 */
function layoutSeries(
  host: FakeRequestContext["_host"],
  sheet: SheetState,
  rect: Rect,
  seriesBy: "Columns" | "Rows"
): { categories: Scalar[]; series: ChartSeriesState[] } {
  const at = (r: number, c: number) => cellValue(host.wb, sheet, getCell(sheet, r, c));
  const categories: Scalar[] = [];
  const series: ChartSeriesState[] = [];
  if (seriesBy === "Columns") {
    for (let r = rect.r0 + 1; r <= rect.r1; r++) categories.push(at(r, rect.c0));
    for (let c = rect.c0 + 1; c <= rect.c1; c++) {
      const values: Scalar[] = [];
      for (let r = rect.r0 + 1; r <= rect.r1; r++) values.push(at(r, c));
      series.push({ name: String(at(rect.r0, c)), values, fill: null });
    }
  } else {
    for (let c = rect.c0 + 1; c <= rect.c1; c++) categories.push(at(rect.r0, c));
    for (let r = rect.r0 + 1; r <= rect.r1; r++) {
      const values: Scalar[] = [];
      for (let c = rect.c0 + 1; c <= rect.c1; c++) values.push(at(r, c));
      series.push({ name: String(at(r, rect.c0)), values, fill: null });
    }
  }
  return { categories, series };
}

type ChartTarget = { sheet: SheetState; chart: ChartState };

export class FakeChartCollection extends FakeCollection<ChartTarget, FakeChart> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: () => SheetState | null,
    nullable = false
  ) {
    super(
      context,
      path,
      "ChartCollection",
      () => {
        const s = sheet();
        return s === null ? null : sheetCharts(s).map((chart) => ({ sheet: s, chart }));
      },
      { nullable }
    );
  }
  protected override _ownScalars() {
    return ["count"];
  }
  protected _itemScalars() {
    return ["id", "name", "top", "left", "width", "height"];
  }
  protected _makeItem(t: ChartTarget): FakeChart {
    return new FakeChart(
      this.context,
      `${this._path}.getItem(${JSON.stringify(t.chart.name)})`,
      () => t
    );
  }
  get count(): number {
    return this._getOwn("count");
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const lower = name.toLowerCase();
      return (this._resolve() ?? []).find((t) => t.chart.name.toLowerCase() === lower) ?? null;
    });
  }
  getItemAt(index: number): FakeChart {
    return new FakeChart(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => (this._resolve() ?? [])[index] ?? null
    );
  }
  /**
   * "Creates a new chart. type: the type of the chart; sourceData: the Range object
   * corresponding to the source data; seriesBy: specifies the way columns or rows are used as
   * data series on the chart" (ChartCollection.add, ExcelApi 1.1).
   */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: ChartTarget | null = null;
    const chart = new FakeChart(this.context, `${this._path}.add(${JSON.stringify(type)})`, () => {
      if (!created) fail(ErrorCodes.itemNotFound, "the chart was not added (its add() failed)");
      return created;
    });
    this._queue("add", { type, sourceData: sourceData?._path, seriesBy }, () => {
      const host = this.context._host;
      const sheet = this.sheet();
      if (!sheet) fail(ErrorCodes.itemNotFound, "ChartCollection.add: no worksheet");
      if (!CHART_TYPES.has(type))
        fail(ErrorCodes.invalidArgument, `ChartCollection.add: unknown chart type '${type}'`);
      if (!(sourceData instanceof FakeRange))
        fail(ErrorCodes.invalidArgument, "ChartCollection.add: sourceData must be a Range");
      if (!["Auto", "Columns", "Rows"].includes(seriesBy))
        fail(ErrorCodes.invalidArgument, `ChartCollection.add: seriesBy '${seriesBy}'`);
      host.assertWritable(sheet, "ChartCollection.add");
      const source = sourceData._live();
      if (source.sheet !== sheet)
        fail(ErrorCodes.invalidArgument, "ChartCollection.add: sourceData is on another sheet");
      const by =
        seriesBy === "Auto"
          ? rowsOf(source.rect) >= colsOf(source.rect)
            ? "Columns"
            : "Rows"
          : (seriesBy as "Columns" | "Rows");
      const charts = sheetCharts(sheet);
      host.wb.nextId += 1;
      let n = charts.length + 1;
      while (charts.some((c) => c.name.toLowerCase() === `chart ${n}`)) n++;
      const state: ChartState = {
        id: `{chart-${host.wb.nextId}}`,
        name: `Chart ${n}`,
        type,
        source: { ...source.rect },
        seriesBy: by,
        ...layoutSeries(host, sheet, source.rect, by),
        title: { text: "", visible: false },
        legend: { position: "Right", visible: true },
        top: 0,
        left: 0,
        width: 360,
        height: 216,
        position: null,
      };
      charts.push(state);
      created = { sheet, chart: state };
    });
    return chart;
  }
}

export class FakeChart extends FakeClientObject<ChartTarget> {
  private _title?: FakeChartTitle;
  private _legend?: FakeChartLegend;
  private _series?: FakeChartSeriesCollection;

  constructor(context: FakeRequestContext, path: string, resolver: () => ChartTarget | null) {
    super(context, path, "Chart", resolver);
  }
  protected _scalars() {
    return ["id", "name", "top", "left", "width", "height", "chartType"];
  }
  protected override _navs() {
    return ["title", "legend", "series"];
  }
  protected _read(t: ChartTarget, prop: string): unknown {
    this.assertLive(t);
    if (prop === "chartType") return t.chart.type;
    return (t.chart as unknown as Record<string, unknown>)[prop];
  }
  private assertLive(t: ChartTarget): void {
    if (!sheetCharts(t.sheet).includes(t.chart))
      fail(ErrorCodes.itemNotFound, `chart '${t.chart.name}' was deleted`);
  }
  private live(): ChartTarget {
    const t = this._target();
    this.assertLive(t);
    return t;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._setProp("name", v, () => {
      const t = this.live();
      const clash = sheetCharts(t.sheet).find(
        (c) => c !== t.chart && c.name.toLowerCase() === String(v).toLowerCase()
      );
      if (clash) fail(ErrorCodes.itemAlreadyExists, `Chart.name: '${v}' is taken on this sheet`);
      t.chart.name = String(v);
    });
  }
  private setNumber(prop: "top" | "left" | "width" | "height", v: number): void {
    this._setProp(prop, v, () => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        fail(ErrorCodes.invalidArgument, `Chart.${prop}: ${v} is not a size in points`);
      this.live().chart[prop] = v;
    });
  }
  get top(): number {
    return this._get("top");
  }
  set top(v: number) {
    this.setNumber("top", v);
  }
  get left(): number {
    return this._get("left");
  }
  set left(v: number) {
    this.setNumber("left", v);
  }
  get width(): number {
    return this._get("width");
  }
  set width(v: number) {
    this.setNumber("width", v);
  }
  get height(): number {
    return this._get("height");
  }
  set height(v: number) {
    this.setNumber("height", v);
  }
  get title(): FakeChartTitle {
    return (this._title ??= new FakeChartTitle(this.context, `${this._path}.title`, () => {
      const t = this._resolve();
      return t === null ? null : t.chart;
    }));
  }
  get legend(): FakeChartLegend {
    return (this._legend ??= new FakeChartLegend(this.context, `${this._path}.legend`, () => {
      const t = this._resolve();
      return t === null ? null : t.chart;
    }));
  }
  get series(): FakeChartSeriesCollection {
    return (this._series ??= new FakeChartSeriesCollection(
      this.context,
      `${this._path}.series`,
      () => {
        const t = this._resolve();
        return t === null ? null : t.chart.series;
      }
    ));
  }
  /** "Positions the chart relative to cells on the worksheet" (startCell, optional endCell). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const describe = (cell: FakeRange | string | undefined) =>
      cell === undefined ? null : typeof cell === "string" ? cell : cell._path;
    this._queue(
      "setPosition",
      { startCell: describe(startCell), endCell: describe(endCell) },
      () => {
        const t = this.live();
        const address = (cell: FakeRange | string): string => {
          if (typeof cell === "string") return rectAddress(parseAddress(cell).rect);
          const target = cell._live();
          if (target.sheet !== t.sheet)
            fail(ErrorCodes.invalidArgument, "Chart.setPosition: the cell is on another sheet");
          return rectAddress(target.rect);
        };
        t.chart.position = {
          start: address(startCell),
          end: endCell === undefined ? null : address(endCell),
        };
      }
    );
  }
  delete(): void {
    this._queue("delete", null, () => {
      const t = this.live();
      const charts = sheetCharts(t.sheet);
      charts.splice(charts.indexOf(t.chart), 1);
    });
  }
}

class FakeChartTitle extends FakeClientObject<ChartState> {
  constructor(context: FakeRequestContext, path: string, resolver: () => ChartState | null) {
    super(context, path, "ChartTitle", resolver);
  }
  protected _scalars() {
    return ["text", "visible"];
  }
  protected _read(c: ChartState, prop: string): unknown {
    return (c.title as Record<string, unknown>)[prop];
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._setProp("text", v, (c) => {
      c.title.text = String(v);
      c.title.visible = true;
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._setProp("visible", v, (c) => (c.title.visible = !!v));
  }
}

class FakeChartLegend extends FakeClientObject<ChartState> {
  constructor(context: FakeRequestContext, path: string, resolver: () => ChartState | null) {
    super(context, path, "ChartLegend", resolver);
  }
  protected _scalars() {
    return ["position", "visible"];
  }
  protected _read(c: ChartState, prop: string): unknown {
    return (c.legend as Record<string, unknown>)[prop];
  }
  get position(): string {
    return this._get("position");
  }
  set position(v: string) {
    this._setProp("position", v, (c) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom", "Invalid"].includes(v))
        fail(ErrorCodes.invalidArgument, `ChartLegend.position: '${v}'`);
      c.legend.position = v;
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._setProp("visible", v, (c) => (c.legend.visible = !!v));
  }
}

class FakeChartSeriesCollection extends FakeCollection<ChartSeriesState, FakeChartSeries> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => ChartSeriesState[] | null
  ) {
    super(context, path, "ChartSeriesCollection", resolver);
  }
  protected override _ownScalars() {
    return ["count"];
  }
  protected _itemScalars() {
    return ["name"];
  }
  protected _makeItem(s: ChartSeriesState, index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this._path}.getItemAt(${index})`, () => s);
  }
  get count(): number {
    return this._getOwn("count");
  }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => (this._resolve() ?? [])[index] ?? null
    );
  }
}

class FakeChartSeries extends FakeClientObject<ChartSeriesState> {
  private _format?: FakeChartSeriesFormat;
  constructor(context: FakeRequestContext, path: string, resolver: () => ChartSeriesState | null) {
    super(context, path, "ChartSeries", resolver);
  }
  protected _scalars() {
    return ["name"];
  }
  protected _read(s: ChartSeriesState, prop: string): unknown {
    return prop === "name" ? s.name : undefined;
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._setProp("name", v, (s) => (s.name = String(v)));
  }
  get format(): FakeChartSeriesFormat {
    return (this._format ??= new FakeChartSeriesFormat(this.context, `${this._path}.format`, () =>
      this._resolve()
    ));
  }
}

class FakeChartSeriesFormat extends FakeClientObject<ChartSeriesState> {
  private _fill?: FakeChartFill;
  constructor(context: FakeRequestContext, path: string, resolver: () => ChartSeriesState | null) {
    super(context, path, "ChartSeriesFormat", resolver);
  }
  protected _scalars() {
    return [];
  }
  protected override _navs() {
    return ["fill"];
  }
  protected _read(): unknown {
    return undefined;
  }
  get fill(): FakeChartFill {
    return (this._fill ??= new FakeChartFill(this.context, `${this._path}.fill`, () =>
      this._resolve()
    ));
  }
}

class FakeChartFill extends FakeClientObject<ChartSeriesState> {
  constructor(context: FakeRequestContext, path: string, resolver: () => ChartSeriesState | null) {
    super(context, path, "ChartFill", resolver);
  }
  protected _scalars() {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  setSolidColor(color: string): void {
    this._queue(
      "setSolidColor",
      color,
      (s) => (s.fill = normalizeColor(color, "ChartFill.setSolidColor"))
    );
  }
  clear(): void {
    this._queue("clear", null, (s) => (s.fill = null));
  }
}
