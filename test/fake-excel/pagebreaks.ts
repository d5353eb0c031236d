// Excel.PageBreakCollection (ExcelApi 1.9), the worksheet's horizontal manual page breaks:
// "add(pageBreakRange): Adds a page break before the top-left cell of the range specified";
// "removePageBreaks(): Resets all manual page breaks in the collection"; the collection "only
// contains manual page breaks". The state keeps the rows (0-based) that start a new page.

import { tryParseAddress } from "./address";
import { ErrorCodes, fail } from "./errors";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import type { FakeRange } from "./range";
import type { SheetState } from "./state";

export class FakePageBreakCollection extends FakeClientObject<SheetState> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => SheetState | null,
    nullable: boolean
  ) {
    super(context, path, "PageBreakCollection", resolver, { nullable, api: "1.9" });
  }
  protected _scalars() {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }

  /** Returns the new `Excel.PageBreak`, as documented ("Returns: Excel.PageBreak"). */
  add(pageBreakRange: FakeRange | string): FakePageBreak {
    const arg = typeof pageBreakRange === "string" ? pageBreakRange : pageBreakRange._path;
    this._queue("add", arg, (s) => {
      this.context._host.assertWritable(s, "PageBreakCollection.add");
      let row: number;
      if (typeof pageBreakRange === "string") {
        const parsed = tryParseAddress(pageBreakRange);
        if (!parsed) fail(ErrorCodes.invalidArgument, `add: '${pageBreakRange}' is not an address`);
        row = parsed.rect.r0;
      } else {
        const live = pageBreakRange._live();
        if (live.sheet !== s)
          fail(ErrorCodes.invalidArgument, "add: the range is on another sheet");
        row = live.rect.r0;
      }
      // A break above the first row would start no new page; Excel refuses it.
      if (row === 0) fail(ErrorCodes.invalidArgument, "add: no page break above row 1");
      if (!s.rowBreaks.includes(row)) s.rowBreaks = [...s.rowBreaks, row].sort((a, b) => a - b);
    });
    return new FakePageBreak(this.context, `${this._path}.add(${String(arg)})`, () =>
      this._resolve()
    );
  }

  removePageBreaks(): void {
    this._queue("removePageBreaks", null, (s) => {
      this.context._host.assertWritable(s, "PageBreakCollection.removePageBreaks");
      s.rowBreaks = [];
    });
  }
}

/** Excel.PageBreak: what `add` returns. The add-in keeps no reference to it, so no members. */
export class FakePageBreak extends FakeClientObject<SheetState> {
  constructor(context: FakeRequestContext, path: string, resolver: () => SheetState | null) {
    super(context, path, "PageBreak", resolver, { api: "1.9" });
  }
  protected _scalars() {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
}
