// Excel.Workbook (context.workbook), WorkbookProtection and Excel.Runtime (context.runtime).

import { bool } from "./cells";
import { FakeCommentCollection } from "./comments";
import { ErrorCodes, fail } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import { sheetById, type WorkbookState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeWorkbook extends FakeClientObject<WorkbookState> {
  private _worksheets?: FakeWorksheetCollection;
  private _tables?: FakeTableCollection;
  private _names?: FakeNamedItemCollection;
  private _protection?: FakeWorkbookProtection;

  constructor(context: FakeRequestContext) {
    super(context, "workbook", "Workbook", () => context._host.wb);
  }
  protected _scalars() {
    return ["name"];
  }
  protected override _navs() {
    return ["worksheets", "tables", "names", "protection"];
  }
  protected _read(): unknown {
    return "Book1.xlsx";
  }
  get name(): string {
    return this._get("name");
  }
  get worksheets(): FakeWorksheetCollection {
    return (this._worksheets ??= new FakeWorksheetCollection(this.context, "workbook.worksheets"));
  }
  get tables(): FakeTableCollection {
    return (this._tables ??= new FakeTableCollection(this.context, "workbook.tables"));
  }
  get names(): FakeNamedItemCollection {
    return (this._names ??= new FakeNamedItemCollection(this.context, "workbook.names"));
  }
  get protection(): FakeWorkbookProtection {
    return (this._protection ??= new FakeWorkbookProtection(this.context));
  }
  /** Every comment of the workbook (ExcelApi 1.10, comments.ts). */
  get comments(): FakeCommentCollection {
    return (this._comments ??= new FakeCommentCollection(
      this.context,
      "workbook.comments",
      () => null
    ));
  }
  private _comments?: FakeCommentCollection;
  /** The selection of the active sheet (A1 when nothing was selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "workbook.getSelectedRange()", () => {
      const wb = this.context._host.wb;
      const sheet = sheetById(wb, wb.activeSheetId);
      if (!sheet) fail(ErrorCodes.itemNotFound, "no active worksheet");
      return { sheet, rect: sheet.selection ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
}

/** Workbook structure protection (ExcelApi 1.7): blocks adding, deleting, renaming, moving sheets. */
export class FakeWorkbookProtection extends FakeClientObject<WorkbookState> {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.protection", "WorkbookProtection", () => context._host.wb, {
      api: "1.7",
    });
  }
  protected _scalars() {
    return ["protected"];
  }
  protected _read(wb: WorkbookState): unknown {
    return wb.protection.protected;
  }
  get protected(): boolean {
    return this._get("protected");
  }
  protect(password?: string): void {
    this._queue("protect", password === undefined ? null : "***", (wb) => {
      if (wb.protection.protected)
        fail(ErrorCodes.invalidOperation, "WorkbookProtection.protect: already protected");
      wb.protection.protected = true;
    });
  }
  unprotect(): void {
    this._queue("unprotect", null, (wb) => (wb.protection.protected = false));
  }
}

/** Excel.Runtime (ExcelApi 1.5; enableEvents 1.8): `enableEvents = false` stops all events. */
export class FakeRuntime extends FakeClientObject<WorkbookState> {
  constructor(context: FakeRequestContext) {
    super(context, "runtime", "Runtime", () => context._host.wb);
  }
  protected _scalars() {
    return ["enableEvents"];
  }
  protected _read(wb: WorkbookState): unknown {
    this.context._host.requireApi("1.8", "Runtime.enableEvents");
    return wb.enableEvents;
  }
  get enableEvents(): boolean {
    return this._get("enableEvents");
  }
  set enableEvents(v: boolean) {
    this._setProp(
      "enableEvents",
      v,
      (wb) => (wb.enableEvents = bool(v, "Runtime.enableEvents")),
      "1.8"
    );
  }
}
