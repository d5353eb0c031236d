// Excel.PageLayout (ExcelApi 1.9: "Excel JavaScript API requirement set 1.9"; see "Work with
// worksheets: page layout and print settings"). Margins are in points. zoom is a plain
// object: "The PageLayoutZoomOptions object must be set as a JSON object (use x.zoom =
// {...} instead of x.zoom.scale = ...)".

import { MAX_COLUMNS, MAX_ROWS, tryParseAddress, type Rect } from "./address";
import { bool, num, oneOf } from "./cells";
import { PageOrientation, PaperType, PrintComments, PrintErrorType, PrintOrder } from "./enums";
import { ErrorCodes, fail } from "./errors";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import type { PageLayoutState, SheetState } from "./state";

const BOOLS = [
  "printGridlines",
  "printHeadings",
  "centerHorizontally",
  "centerVertically",
  "blackAndWhite",
  "draftMode",
] as const;
const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;

export class FakePageLayout extends FakeClientObject<SheetState> {
  // Accessors defined in the constructor (each validates and queues its write).
  declare orientation: string;
  declare paperSize: string;
  declare zoom: PageLayoutState["zoom"];
  declare printGridlines: boolean;
  declare printHeadings: boolean;
  declare centerHorizontally: boolean;
  declare centerVertically: boolean;
  declare blackAndWhite: boolean;
  declare draftMode: boolean;
  declare leftMargin: number;
  declare rightMargin: number;
  declare topMargin: number;
  declare bottomMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare printOrder: string;
  declare printComments: string;
  declare printErrors: string;
  declare firstPageNumber: number | "";

  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => SheetState | null,
    nullable: boolean
  ) {
    super(context, path, "PageLayout", resolver, { nullable, api: "1.9" });
    for (const b of BOOLS) this.defineProp(b, (v) => bool(v, `PageLayout.${b}`));
    for (const m of MARGINS) this.defineProp(m, (v) => num(v, `PageLayout.${m}`, 0, 1000));
    this.defineProp("orientation", (v) =>
      oneOf(v, Object.values(PageOrientation), "PageLayout.orientation")
    );
    this.defineProp("paperSize", (v) => oneOf(v, Object.values(PaperType), "PageLayout.paperSize"));
    this.defineProp("printOrder", (v) =>
      oneOf(v, Object.values(PrintOrder), "PageLayout.printOrder")
    );
    this.defineProp("printComments", (v) =>
      oneOf(v, Object.values(PrintComments), "PageLayout.printComments")
    );
    this.defineProp("printErrors", (v) =>
      oneOf(v, Object.values(PrintErrorType), "PageLayout.printErrors")
    );
    this.defineProp("firstPageNumber", (v) =>
      v === "" ? "" : num(v, "PageLayout.firstPageNumber", 1)
    );
    this.defineProp("zoom", (v) => this.zoomOptions(v));
  }

  private defineProp(prop: keyof PageLayoutState, norm: (v: unknown) => unknown): void {
    Object.defineProperty(this, prop, {
      enumerable: true,
      configurable: true,
      get: () => this._get(prop),
      set: (v: unknown) => {
        this._setProp(prop, v, (s, value) => {
          this.context._host.assertWritable(s, `PageLayout.${prop}`);
          (s.pageLayout as unknown as Record<string, unknown>)[prop] = norm(value);
        });
      },
    });
  }

  private zoomOptions(v: unknown): PageLayoutState["zoom"] {
    if (!v || typeof v !== "object")
      fail(ErrorCodes.invalidArgument, "PageLayout.zoom must be set as an object");
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k))
        fail(ErrorCodes.invalidArgument, `PageLayout.zoom: unknown key '${k}'`);
    const out: PageLayoutState["zoom"] = {};
    if (o.scale !== undefined && o.scale !== null)
      out.scale = num(o.scale, "PageLayout.zoom.scale", 10, 400);
    for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
      if (o[k] === undefined || o[k] === null) continue;
      const n = num(o[k], `PageLayout.zoom.${k}`, 0, 32767);
      if (!Number.isInteger(n))
        fail(ErrorCodes.invalidArgument, `PageLayout.zoom.${k} must be an integer`);
      out[k] = n;
    }
    return out;
  }

  protected _scalars() {
    return [
      ...BOOLS,
      ...MARGINS,
      "orientation",
      "paperSize",
      "printOrder",
      "printComments",
      "printErrors",
      "firstPageNumber",
      "zoom",
    ];
  }
  protected _read(s: SheetState, prop: string): unknown {
    return (s.pageLayout as unknown as Record<string, unknown>)[prop];
  }

  /** Rows repeated at the top of each printed page: a Range or an address such as "$1:$3". */
  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    this._queue(
      "setPrintTitleRows",
      typeof printTitleRows === "string" ? printTitleRows : printTitleRows._path,
      (s) => {
        const rect = this.rectOf(printTitleRows, s, "setPrintTitleRows");
        s.pageLayout.printTitleRows = { r0: rect.r0, r1: rect.r1 };
      }
    );
  }
  setPrintTitleColumns(printTitleColumns: FakeRange | string): void {
    this._queue(
      "setPrintTitleColumns",
      typeof printTitleColumns === "string" ? printTitleColumns : printTitleColumns._path,
      (s) => {
        const rect = this.rectOf(printTitleColumns, s, "setPrintTitleColumns");
        s.pageLayout.printTitleColumns = { c0: rect.c0, c1: rect.c1 };
      }
    );
  }
  setPrintArea(printArea: FakeRange | string): void {
    this._queue(
      "setPrintArea",
      typeof printArea === "string" ? printArea : printArea._path,
      (s) => {
        s.pageLayout.printArea = this.rectOf(printArea, s, "setPrintArea");
      }
    );
  }
  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getPrintTitleRowsOrNullObject()`,
      () => {
        const s = this._resolve();
        const rows = s?.pageLayout.printTitleRows;
        return s && rows
          ? { sheet: s, rect: { r0: rows.r0, r1: rows.r1, c0: 0, c1: MAX_COLUMNS - 1 } }
          : null;
      },
      true
    )._probe();
  }
  getPrintTitleColumnsOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this._path}.getPrintTitleColumnsOrNullObject()`,
      () => {
        const s = this._resolve();
        const cols = s?.pageLayout.printTitleColumns;
        return s && cols
          ? { sheet: s, rect: { r0: 0, r1: MAX_ROWS - 1, c0: cols.c0, c1: cols.c1 } }
          : null;
      },
      true
    )._probe();
  }

  private rectOf(input: FakeRange | string, s: SheetState, what: string): Rect {
    this.context._host.assertWritable(s, `PageLayout.${what}`);
    if (typeof input === "string") {
      const parsed = tryParseAddress(input);
      if (!parsed)
        fail(ErrorCodes.invalidArgument, `PageLayout.${what}: '${input}' is not an address`);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== s.name.toLowerCase())
        fail(ErrorCodes.invalidArgument, `PageLayout.${what}: '${input}' is on another sheet`);
      return parsed.rect;
    }
    const t = input._live();
    if (t.sheet !== s)
      fail(ErrorCodes.invalidArgument, `PageLayout.${what}: the range is on another sheet`);
    return t.rect;
  }
}
