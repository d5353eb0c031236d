// createFakeExcel(): the Office / Excel / OfficeExtension globals over one fake workbook,
// plus helpers for tests (stats, dump, simulated user edits, ribbon actions).

import { parseAddress, rectAddress } from "./address";
import { applyFormat, normalizeColor, writeContents, fixHeaderRow } from "./cells";
import { type FakeWorkbookInit, buildWorkbook } from "./builders";
import { dumpSheet, type SheetDump } from "./dump";
import * as enums from "./enums";
import { ErrorCodes, FakeOfficeError, FakeUsageError } from "./errors";
import { HostCore, type FakeStats } from "./hostcore";
import { FakeClientObject, FakeClientResult, FakeRequestContext } from "./proxy";
import { findSheet, type WorkbookState } from "./state";
import { FakeRuntime, FakeWorkbook } from "./workbook";
import { bodyRect } from "./table";

export interface FakeExcelOptions {
  /** Enforce Excel on the web's 5 MB request limit (RequestPayloadSizeLimitExceeded). */
  webPayloadLimit?: boolean;
  /** Supported requirement sets; default { ExcelApi: "1.12" }. Use { ExcelApi: "1.8" } for Excel 2016. */
  requirementSets?: Record<string, string>;
  /** Office.context.displayLanguage, default "da-DK". */
  displayLanguage?: string;
}

export interface ActionEvent {
  completed(options?: unknown): void;
  source: { id: string };
}

export interface FakeExcelHost {
  Excel: any;
  Office: any;
  OfficeExtension: any;
  /** The backing state (for assertions beyond dump()). */
  workbook: WorkbookState;
  stats: FakeStats;
  install(target: any): void;
  /** A user (or, with "Remote", a co-author) types values; fires onChanged after applying them. */
  simulateUserEdit(
    sheet: string,
    address: string,
    values: unknown[][],
    source?: "Local" | "Remote"
  ): Promise<void>;
  /** A user formats cells (bold, font colour) without changing values; fires onChanged. */
  simulateUserFormat(
    sheet: string,
    address: string,
    format: { bold?: boolean; color?: string },
    source?: "Local" | "Remote"
  ): Promise<void>;
  /**
   * The user picks a value from a cell's data-validation dropdown. In Excel on the web (the
   * `webPayloadLimit` host) onChanged may not fire for it at all (office-js #3888 and #4066,
   * in Microsoft's backlog): no event is raised there; elsewhere it is an ordinary edit.
   */
  simulateDropdownPick(sheet: string, address: string, value: unknown): Promise<void>;
  /** Holds every event from now on (late delivery) until releaseEvents(). */
  holdEvents(): void;
  /** Delivers the held events and stops holding. */
  releaseEvents(): Promise<void>;
  /** Appends rows right below a table and grows it, as when a user types under it. */
  appendTableRows(table: string, rows: unknown[][], source?: "Local" | "Remote"): Promise<void>;
  dump(sheetName: string): SheetDump;
  /** Sheet names in order. */
  sheetNames(): string[];
  /** Waits until every event handler fired so far has finished. */
  flushEvents(): Promise<void>;
  /** Errors thrown by event handlers (Excel swallows them). */
  eventHandlerErrors: unknown[];
  /** Functions registered with Office.actions.associate. */
  actions: Map<string, (event: ActionEvent) => unknown>;
  /** Runs a ribbon command like Office does; resolves when it calls event.completed(). */
  invokeAction(id: string): Promise<void>;
  /** @internal The engine behind this host (the wire server interprets requests against it). */
  _core: HostCore;
}

const DEFAULT_SETS: Record<string, string> = { ExcelApi: "1.12", AddinCommands: "1.1" };

export function createFakeExcel(
  init?: FakeWorkbookInit,
  options: FakeExcelOptions = {}
): FakeExcelHost {
  const wb = buildWorkbook(init);
  const core = new HostCore(wb, {
    webPayloadLimit: options.webPayloadLimit ?? false,
    requirementSets: { ...(options.requirementSets ?? DEFAULT_SETS) },
    displayLanguage: options.displayLanguage ?? "da-DK",
  });
  core.makeWorkbook = (ctx) => new FakeWorkbook(ctx);
  core.makeRuntime = (ctx) => new FakeRuntime(ctx);

  /**
   * Excel.run(batch) / run(object, batch): the batch must return a promise
   * (RunMustReturnPromise otherwise). The fake is strict about one more thing: when the
   * batch finishes with operations still queued (never synced), run() rejects with a
   * FakeUsageError, so an adapter that forgets its final context.sync() is caught.
   */
  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1];
    if (typeof batch !== "function") throw new FakeUsageError("Excel.run needs a batch function");
    // Excel.run(object, batch) reuses the context of a request context, a proxy object or an
    // EventHandlerResult (the documented way to remove a handler later).
    const first = args.length > 1 ? (args[0] as { context?: unknown } | null) : null;
    const context =
      first instanceof FakeRequestContext
        ? first
        : first && first.context instanceof FakeRequestContext
          ? first.context
          : new FakeRequestContext(core);
    context._closed = false;
    try {
      const result = (batch as (c: FakeRequestContext) => unknown)(context);
      if (!result || typeof (result as Promise<T>).then !== "function")
        throw new FakeOfficeError(ErrorCodes.runMustReturnPromise);
      const value = await (result as Promise<T>);
      if (context._queue.length > 0)
        throw new FakeUsageError(
          `Excel.run finished with ${context._queue.length} queued operation(s) never synced: ${context._queue
            .slice(0, 5)
            .map((o) => o.name)
            .join(", ")}`
        );
      return value;
    } finally {
      context._closed = true;
    }
  }

  const Excel = {
    run,
    RequestContext: FakeRequestContext,
    ErrorCodes,
    ...enums,
  };

  const actions = new Map<string, (event: ActionEvent) => unknown>();
  const platform = options.webPayloadLimit ? "OfficeOnline" : "PC";
  const Office = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    EventType: {
      DocumentSelectionChanged: "documentSelectionChanged",
      ActiveViewChanged: "activeViewChanged",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      host: "Excel",
      platform,
      displayLanguage: core.options.displayLanguage,
      contentLanguage: core.options.displayLanguage,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#FFFFFF",
        controlForegroundColor: "#000000",
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => core.isSetSupported(name, version),
      },
    },
    onReady(
      callback?: (info: { host: string; platform: string }) => void
    ): Promise<{ host: string; platform: string }> {
      const info = { host: "Excel", platform };
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(id: string, fn: (event: ActionEvent) => unknown): void {
        actions.set(id, fn);
      },
    },
    addin: {
      showAsTaskpane: async (): Promise<void> => undefined,
      hide: async (): Promise<void> => undefined,
    },
  };

  const OfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes,
    ClientResult: FakeClientResult,
    ClientObject: FakeClientObject,
    ClientRequestContext: FakeRequestContext,
  };

  async function userEdit(
    sheetName: string,
    address: string,
    values: unknown[][],
    source: "Local" | "Remote",
    grow?: (rect: ReturnType<typeof parseAddress>["rect"]) => void,
    silent = false
  ): Promise<void> {
    const sheet = findSheet(core.wb, sheetName);
    if (!sheet) throw new Error(`fake-excel: no sheet '${sheetName}'`);
    const { rect } = parseAddress(address);
    core.beginBatch();
    try {
      writeContents(core, sheet, rect, values, false, "user edit");
      grow?.(rect);
    } finally {
      if (silent) core.endSilently();
      else core.endEdit(source, false);
    }
    await core.events.flush();
  }

  const host: FakeExcelHost = {
    _core: core,
    Excel,
    Office,
    OfficeExtension,
    workbook: core.wb,
    stats: core.stats,
    install(target: any) {
      target.Office = Office;
      target.Excel = Excel;
      target.OfficeExtension = OfficeExtension;
    },
    simulateUserEdit: (sheet, address, values, source = "Local") =>
      userEdit(sheet, address, values, source),
    simulateDropdownPick: (sheet, address, value) =>
      userEdit(sheet, address, [[value]], "Local", undefined, core.options.webPayloadLimit),
    holdEvents: () => core.events.hold(),
    async releaseEvents() {
      core.events.release();
      await core.events.flush();
    },
    async simulateUserFormat(sheetName, address, format, source = "Local") {
      const sheet = findSheet(core.wb, sheetName);
      if (!sheet) throw new Error(`fake-excel: no sheet '${sheetName}'`);
      const { rect } = parseAddress(address);
      core.beginBatch();
      try {
        applyFormat(core, sheet, rect, "user format", (f) => {
          if (format.bold !== undefined) f.font.bold = format.bold;
          if (format.color !== undefined)
            f.font.color = normalizeColor(format.color, "user format");
        });
      } finally {
        core.endEdit(source, false);
      }
      await core.events.flush();
    },
    async appendTableRows(tableName, rows, source = "Local") {
      const table = core.wb.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
      if (!table) throw new Error(`fake-excel: no table '${tableName}'`);
      const sheet = core.wb.sheets.find((s) => s.id === table.sheetId)!;
      const body = bodyRect(table);
      const start = {
        r0: table.rect.r1 + 1,
        c0: table.rect.c0,
        r1: table.rect.r1 + rows.length,
        c1: table.rect.c1,
      };
      if (rows.some((r) => r.length !== body.c1 - body.c0 + 1))
        throw new Error("fake-excel: appended rows must have one value per table column");
      await userEdit(sheet.name, rectAddress(start), rows, source, () => {
        table.rect = { ...table.rect, r1: start.r1 };
        fixHeaderRow(core.wb, sheet, table.rect);
      });
    },
    dump: (name) => dumpSheet(core, name),
    sheetNames: () => core.wb.sheets.map((s) => s.name),
    flushEvents: () => core.events.flush(),
    eventHandlerErrors: core.events.handlerErrors,
    actions,
    invokeAction(id) {
      const fn = actions.get(id);
      if (!fn) return Promise.reject(new Error(`fake-excel: no action '${id}' was associated`));
      return new Promise<void>((resolve, reject) => {
        const event: ActionEvent = { completed: () => resolve(), source: { id } };
        Promise.resolve()
          .then(() => fn(event))
          .catch(reject);
      });
    },
  };
  return host;
}
