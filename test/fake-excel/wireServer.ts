// The protocol-level fake Excel: it receives the request body that Microsoft's own client
// (Office.js, `@microsoft/office-js` dist/excel-web-16.00.js) sends to the host through
// OSF.DDA.RichApi.executeRichApiRequestAsync, interprets its ObjectPaths and Actions against
// the in-memory workbook engine of this folder, and answers in the wire format the client
// parses ({Results: [{ActionId, Value}], Error?}). Protocol, read from the client's code:
// ObjectPathType 1 root, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object;
// ActionType 1 Instantiate, 2 Query, 3 Method, 4 SetProperty. Wire names are PascalCase,
// collections answer {_Items: []}. Plain TypeScript without Node APIs (bundled for the browser).

import { ErrorCodes, FakeOfficeError, FakeUsageError } from "./errors";
import { CoAuthor, type CoAuthorEdit } from "./coauthor";
import type { HostCore } from "./hostcore";
import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  FakeRequestContext,
  parseLoadOption,
  type LoadSpec,
  type SyncRun,
} from "./proxy";

/** Excel on the web caps a request at 5 MB ("Resource limits and performance optimization"). */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

/**
 * office-js #2564: Range.setCellProperties fails on Excel on the web at around 90,000 cells
 * ("GeneralException"). The server refuses more than this many cells in one call.
 */
export const SET_CELL_PROPERTIES_CELL_LIMIT = 90_000;

/** OSF error code of an oversized request (OfficeJsErrorCode_ooeRequestPayloadSizeLimitExceeded). */
export const OOE_REQUEST_PAYLOAD_SIZE_LIMIT_EXCEEDED = 5103;

/**
 * Excel on the web caps a response at 5 MB as well ("Resource limits and performance
 * optimization for Office Add-ins": "Excel on the web has a payload size limit for requests
 * and responses of 5MB. RichAPI.Error will be triggered if that limit is exceeded").
 */
export const WEB_RESPONSE_LIMIT = 5 * 1024 * 1024;

/**
 * OSF error code of an oversized response (OfficeJsErrorCode_ooeResponsePayloadSizeLimitExceeded);
 * the client maps it to ErrorCode ResponsePayloadSizeLimitExceeded.
 */
export const OOE_RESPONSE_PAYLOAD_SIZE_LIMIT_EXCEEDED = 5104;

interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}
export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Skip?: number; Top?: number };
}
export interface WireRequest {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

/** What the transport hands back to the client: a body, or an OSF-level failure. */
export type WireReply = { ok: true; body: string } | { ok: false; code: number; message: string };

/** One request/response pair as seen on the wire (for stats and golden fixtures). */
export interface WireExchange {
  request: string;
  response: string | { code: number; message: string };
  bytes: number;
}

export interface WireStats {
  /** Requests the client sent (Office.js skips empty syncs, so these are round trips). */
  requests: number;
  /**
   * Requests that only release references (`_RemoveReference`), which the client sends by
   * itself when an Excel.run ends; not a context.sync() of the adapter.
   */
  cleanups: number;
  /** UTF-8 byte length of every request body (cleanup requests not included). */
  requestBytes: number[];
  /** UTF-8 byte length of every response body (cleanup requests not included). */
  responseBytes: number[];
  /** Largest cell count of one setCellProperties / values / numberFormat / formulas call. */
  cellsPerCall: number[];
}

/** An event message for the client's RichApi message channel. */
export interface WireEventEntry {
  messageCategory: number;
  messageType: number;
  targetId: string;
  message: string;
}

const NULL = Symbol("null object");
type Obj = FakeClientObject | typeof NULL;

const EVENT_MESSAGE_CATEGORY = 65536; // Constants.eventMessageCategory in the client
const EVENT_WORKSHEET_CHANGED = 10; // Worksheet.onChanged eventType
const EVENT_TABLE_CHANGED = 101; // Table.onChanged eventType

const HTTP_STATUS: Record<string, number> = {
  ItemNotFound: 404,
  ApiNotFound: 404,
  AccessDenied: 403,
  GeneralException: 500,
};

const camel = (name: string): string =>
  name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1);
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

function entityOf(obj: Obj): string {
  return obj === NULL ? "NullObject" : obj._entity;
}

function setterOf(obj: object, prop: string): ((v: unknown) => void) | undefined {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d.set;
  }
  return undefined;
}

function cellCount(value: unknown): number {
  if (!Array.isArray(value)) return 1;
  return value.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 1), 0);
}

/** Members whose argument is a grid of cells: counted for the cells-per-call figure. */
const CELL_GRID_MEMBERS = new Set(["Values", "Formulas", "NumberFormat", "SetCellProperties"]);

class ServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location?: string
  ) {
    super(message);
  }
}

export interface WireServerOptions {
  /** Enforce the 5 MB request and response limits of Excel on the web on the real body bytes. */
  webPayloadLimit: boolean;
}

/**
 * Interprets requests against one HostCore. Server-side objects live in one request context
 * that never closes; objects the client keeps (`_KeepReference`) get a reference id.
 */
export class WireServer {
  readonly stats: WireStats = {
    requests: 0,
    cleanups: 0,
    requestBytes: [],
    responseBytes: [],
    cellsPerCall: [],
  };
  /** Another user of the workbook: its edits apply now, with source Remote. */
  readonly coauthor: CoAuthor;
  /** The adapter's requests handled so far (cleanups not counted): what edits are scheduled by. */
  private adapterRequests = 0;
  private scheduled: { request: number; when: "before" | "after"; edit: CoAuthorEdit }[] = [];

  /**
   * A co-author's edit just before the adapter's `n`-th request from now (n = 1: the next one)
   * reaches the workbook: that request already sees it.
   */
  beforeRequest(n: number, edit: CoAuthorEdit): void {
    this.scheduled.push({ request: this.adapterRequests + n, when: "before", edit });
  }

  /**
   * A co-author's edit right after the response to the adapter's `n`-th request from now: the
   * adapter holds that response, its next request sees the edit.
   */
  afterResponse(n: number, edit: CoAuthorEdit): void {
    this.scheduled.push({ request: this.adapterRequests + n, when: "after", edit });
  }

  /** Edits scheduled that have not happened yet (a test can assert its boundary was reached). */
  get pendingEdits(): number {
    return this.scheduled.length;
  }

  private runScheduled(request: number, when: "before" | "after"): void {
    const due = this.scheduled.filter((e) => e.request === request && e.when === when);
    this.scheduled = this.scheduled.filter((e) => !due.includes(e));
    for (const e of due) e.edit(this.coauthor);
  }
  /** Every exchange, in order (golden fixtures record these). */
  readonly exchanges: WireExchange[] = [];
  /** Members the client used that the server does not implement (each also fails the request). */
  readonly unsupported: string[] = [];
  /** When set, the next activate()/select() fails like a workbook that lost focus. */
  focusLost = false;
  private injected: { entity: string; code: string } | undefined;

  /**
   * The next action on an object of this entity (e.g. "ConditionalFormatRule") or member
   * ("Range.merge") fails with `code`, as when Excel cannot serve it.
   */
  failNext(entityOrMember: string, code: string): void {
    this.injected = { entity: entityOrMember, code };
  }

  /** Receives event messages for the client (set by the transport). */
  onEvent: (entries: WireEventEntry[]) => void = () => undefined;

  private readonly ctx: FakeRequestContext;
  private readonly refs = new Map<string, FakeClientObject>();
  private nextRef = 0;
  private readonly eventRegs = new Map<string, { result: { remove(): void } }>();

  constructor(
    private readonly core: HostCore,
    private readonly options: WireServerOptions
  ) {
    this.ctx = new FakeRequestContext(core);
    this.coauthor = new CoAuthor(core);
  }

  /** Handles one request body; never throws for protocol-level errors (they go on the wire). */
  handle(body: string): WireReply {
    const bytes = utf8Length(body);
    const request = JSON.parse(body) as WireRequest;
    this.stats.requests += 1;
    const cleanup = isCleanup(request);
    if (cleanup) this.stats.cleanups += 1;
    else {
      this.stats.requestBytes.push(bytes);
      this.adapterRequests += 1;
      this.runScheduled(this.adapterRequests, "before");
    }
    let reply: WireReply;
    if (this.options.webPayloadLimit && bytes > WEB_REQUEST_LIMIT) {
      // The host refuses the whole request before running any of it.
      reply = {
        ok: false,
        code: OOE_REQUEST_PAYLOAD_SIZE_LIMIT_EXCEEDED,
        message: `request of ${bytes} bytes exceeds the 5 MB limit of Excel on the web`,
      };
    } else {
      const body = JSON.stringify(this.run(request));
      const size = utf8Length(body);
      if (!cleanup) this.stats.responseBytes.push(size);
      // The batch has run (its writes stay); only its answer is refused.
      reply =
        this.options.webPayloadLimit && size > WEB_RESPONSE_LIMIT
          ? {
              ok: false,
              code: OOE_RESPONSE_PAYLOAD_SIZE_LIMIT_EXCEEDED,
              message: `response of ${size} bytes exceeds the 5 MB limit of Excel on the web`,
            }
          : { ok: true, body };
    }
    this.exchanges.push({
      request: body,
      response: reply.ok ? reply.body : { code: reply.code, message: reply.message },
      bytes,
    });
    if (!cleanup) this.runScheduled(this.adapterRequests, "after");
    return reply;
  }

  private run(req: WireRequest): Record<string, unknown> {
    const paths = new Map<number, Obj>();
    const kept = new Set<number>();
    const results: { ActionId: number; value: () => unknown }[] = [];
    const owner: number[] = []; // action index of every queued op
    const queue = (): number => this.ctx._queue.length;
    const ctx = this.ctx;
    let failure: ServerError | undefined;
    let failedAt = -1;

    const walk = (id: number): Obj => {
      const cached = paths.get(id);
      if (cached) return cached;
      const p = req.ObjectPaths[String(id)];
      if (!p) throw new ServerError(ErrorCodes.generalException, `object path ${id} missing`);
      const obj = this.resolvePath(p, walk);
      paths.set(id, obj);
      return obj;
    };

    req.Actions.forEach((action, index) => {
      if (failure) return;
      const start = queue();
      try {
        if (action.ActionType === 5) {
          // Trace: answered in TraceIds when the batch got this far (the client then runs
          // its callback, e.g. registering an event handler).
          ctx._enqueue({
            path: "trace",
            name: "Trace",
            run: (r) => r.traces.push(String(action.Id)),
          });
          results.push({ ActionId: action.Id, value: () => null });
        } else {
          this.action(action, walk(action.ObjectPathId), kept, results, walk);
        }
      } catch (e) {
        failure = this.toServerError(e);
        failedAt = index;
      }
      for (let i = start; i < queue(); i++) owner[i] = index;
    });

    // Run everything the actions queued, in order, as one batch (as Excel does).
    const ops = ctx._queue;
    ctx._queue = [];
    const run: SyncRun = { commits: [], traces: [] };
    this.core.beginBatch();
    for (let i = 0; i < ops.length; i++) {
      if (failure && owner[i] >= failedAt) break;
      try {
        ops[i].run(run);
      } catch (e) {
        failure = this.toServerError(e, ops[i].name);
        failedAt = owner[i];
        break;
      }
    }
    this.core.endBatch();
    if (failure) {
      const f = failure as ServerError;
      return {
        Results: [],
        Error: {
          Code: f.code,
          Message: f.message,
          HttpStatusCode: HTTP_STATUS[f.code] ?? 400,
          ActionIndex: failedAt,
          Location: f.location ?? "",
        },
        TraceIds: run.traces.map(Number),
      };
    }
    for (const commit of run.commits) commit();
    return {
      Results: results.map((r) => ({ ActionId: r.ActionId, Value: r.value() })),
      TraceIds: run.traces.map(Number),
    };
  }

  private toServerError(e: unknown, location?: string): ServerError {
    if (e instanceof ServerError) return e;
    if (e instanceof FakeUsageError) {
      this.unsupported.push(e.message);
      return new ServerError(ErrorCodes.generalException, `fake-excel: ${e.message}`, location);
    }
    if (e instanceof FakeOfficeError)
      return new ServerError(e.code, e.message, e.debugInfo.errorLocation ?? location);
    // A bug of the server itself: fail loudly, on the wire and in `unsupported`.
    this.unsupported.push(`internal error in ${location ?? "?"}: ${String(e)}`);
    return new ServerError(
      ErrorCodes.generalException,
      `fake-excel internal error: ${String(e)}`,
      location
    );
  }

  private unsupportedMember(obj: Obj, name: string): never {
    const member = `${entityOf(obj)}.${name}`;
    this.unsupported.push(member);
    throw new ServerError(
      ErrorCodes.generalException,
      `fake-excel: the server does not implement ${member}`,
      member
    );
  }

  private args(info: ArgumentInfo | undefined, walk: (id: number) => Obj): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((id, i) => {
      if (id) {
        const o = walk(id);
        args[i] = o === NULL ? null : o;
      }
    });
    // The client sends null for an omitted optional argument (getRange() → GetRange(null)).
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return args;
  }

  private resolvePath(p: WireObjectPath, walk: (id: number) => Obj): Obj {
    switch (p.ObjectPathType) {
      case 1:
        return this.ctx.workbook as FakeClientObject;
      case 6: {
        const obj = this.refs.get(p.Name);
        if (!obj)
          throw new ServerError(ErrorCodes.invalidReference, `unknown reference id ${p.Name}`);
        return obj;
      }
      case 7:
        return NULL;
    }
    const parent = walk(p.ParentObjectPathId ?? -1);
    if (parent === NULL)
      throw new ServerError(ErrorCodes.itemNotFound, `${p.Name}: the parent is a null object`);
    const args = this.args(p.ArgumentInfo, walk);
    const target = parent as unknown as Record<string, unknown>;
    if (p.ObjectPathType === 4) {
      const name = camel(p.Name);
      if (p.Name === "Application" || p.Name === "Runtime") return this.service(p.Name);
      const v = target[name];
      if (!(v instanceof FakeClientObject)) return this.unsupportedMember(parent, p.Name);
      return v;
    }
    if (p.ObjectPathType === 5) {
      const getItem = target.getItem;
      if (typeof getItem !== "function") return this.unsupportedMember(parent, "[indexer]");
      return getItem.apply(parent, args) as FakeClientObject;
    }
    if (p.ObjectPathType === 3) {
      if (
        p.Name === "_GetRangeForEventByReferenceId" ||
        p.Name === "_GetRangeOrNullObjectForEventByReferenceId"
      ) {
        const obj = this.refs.get(String(args[0]));
        if (!obj)
          throw new ServerError(ErrorCodes.itemNotFound, `no event range ${String(args[0])}`);
        return obj;
      }
      if (p.Name === "GetItemAt" && parent instanceof FakeCollection) {
        const own = target.getItemAt;
        if (typeof own === "function") return own.apply(parent, args) as FakeClientObject;
        const list = parent._resolve() ?? [];
        const i = Number(args[0]);
        if (!(i >= 0 && i < list.length))
          throw new ServerError(ErrorCodes.itemNotFound, `no item at ${i}`);
        return (
          parent as unknown as { _makeItem(s: unknown, i: number): FakeClientObject }
        )._makeItem(list[i], i);
      }
      const fn = target[camel(p.Name)];
      if (typeof fn !== "function") return this.unsupportedMember(parent, p.Name);
      const v = fn.apply(parent, args);
      if (!(v instanceof FakeClientObject)) return this.unsupportedMember(parent, p.Name);
      return v;
    }
    throw new ServerError(ErrorCodes.generalException, `ObjectPathType ${p.ObjectPathType}`);
  }

  /** workbook.application and context.runtime: small service objects of the engine. */
  private service(name: string): FakeClientObject {
    if (name === "Runtime") return this.ctx.runtime as FakeClientObject;
    return (this.application ??= new FakeApplication(this.ctx));
  }
  private application?: FakeApplication;

  private action(
    a: WireAction,
    obj: Obj,
    kept: Set<number>,
    results: { ActionId: number; value: () => unknown }[],
    walk: (id: number) => Obj
  ): void {
    const walkArgs = (): unknown[] => this.args(a.ArgumentInfo, walk);
    const inj = this.injected;
    if (inj && obj !== NULL && a.ActionType !== 1) {
      const member = `${obj._entity}.${camel(a.Name)}`;
      if (inj.entity === obj._entity || inj.entity === member) {
        this.injected = undefined;
        throw new ServerError(inj.code, `injected failure of ${member || obj._entity}`, member);
      }
    }
    switch (a.ActionType) {
      case 1: {
        // Instantiate: the object must exist (or be a null object); reports its reference id.
        const isKept = kept.has(a.ObjectPathId);
        let value: unknown = null;
        if (obj !== NULL) {
          const target = obj;
          this.ctx._enqueue({
            path: target._path,
            name: `${target._entity}.Instantiate`,
            run: () => {
              if (target._resolve() === null) return;
              // Objects with an id report it, so the client can find them again (an added
              // worksheet is then worksheets.getItem(id) in later requests).
              const id = identity(target);
              value = {
                ...(id !== undefined ? { Id: id } : {}),
                ...(isKept ? { _ReferenceId: this.referenceOf(target) } : {}),
              };
            },
          });
        }
        results.push({ ActionId: a.Id, value: () => value });
        return;
      }
      case 2: {
        if (obj === NULL) {
          results.push({ ActionId: a.Id, value: () => null });
          return;
        }
        const option = queryOption(a.QueryInfo);
        const spec = parseLoadOption(option);
        obj.load(option);
        results.push({ ActionId: a.Id, value: () => serialize(obj, spec) });
        return;
      }
      case 4: {
        if (obj === NULL)
          throw new ServerError(ErrorCodes.itemNotFound, `${a.Name} on a null object`);
        const set = setterOf(obj, camel(a.Name));
        if (!set) return this.unsupportedMember(obj, a.Name);
        const value = walkArgs()[0];
        if (CELL_GRID_MEMBERS.has(a.Name)) this.stats.cellsPerCall.push(cellCount(value));
        set.call(obj, value);
        return;
      }
      case 3:
        return this.method(a, obj, kept, results, walkArgs());
    }
    throw new ServerError(ErrorCodes.generalException, `ActionType ${a.ActionType}`);
  }

  private referenceOf(obj: FakeClientObject): string {
    for (const [id, o] of this.refs) if (o === obj) return id;
    const id = `ref${++this.nextRef}`;
    this.refs.set(id, obj);
    return id;
  }

  private method(
    a: WireAction,
    obj: Obj,
    kept: Set<number>,
    results: { ActionId: number; value: () => unknown }[],
    args: unknown[]
  ): void {
    if (a.Name === "_KeepReference") {
      kept.add(a.ObjectPathId);
      return;
    }
    if (a.Name === "_RemoveReference") {
      this.refs.delete(String(args[0]));
      return;
    }
    if (obj === NULL) throw new ServerError(ErrorCodes.itemNotFound, `${a.Name} on a null object`);
    if (a.Name === "_RegisterDataChangedEvent" || a.Name === "_UnregisterDataChangedEvent")
      return this.changedEvent(obj, a.Name.startsWith("_Register"));
    if ((a.Name === "Activate" || a.Name === "Select") && this.focusLost) {
      // "activate()/select() can throw GeneralException when another workbook has focus".
      this.focusLost = false;
      throw new ServerError(
        ErrorCodes.generalException,
        "There was an internal error while processing the request.",
        `${obj._entity}.${camel(a.Name)}`
      );
    }
    if (a.Name === "_ValidateArraySize") {
      // The client's check before it splits a large values write into 1,500-cell parts.
      const range = obj;
      range._queue("_ValidateArraySize", args, () => {
        const t = (
          range as unknown as {
            _live(): { rect: { r0: number; r1: number; c0: number; c1: number } };
          }
        )._live();
        if (t.rect.r1 - t.rect.r0 + 1 !== args[0] || t.rect.c1 - t.rect.c0 + 1 !== args[1])
          throw new FakeOfficeError(
            ErrorCodes.invalidArgument,
            undefined,
            "array size does not match the range"
          );
      });
      return;
    }
    if (a.Name === "SetCellProperties") {
      const cells = cellCount(args[0]);
      this.stats.cellsPerCall.push(cells);
      if (cells > SET_CELL_PROPERTIES_CELL_LIMIT)
        throw new ServerError(
          ErrorCodes.generalException,
          `setCellProperties with ${cells} cells: Excel on the web fails above about ${SET_CELL_PROPERTIES_CELL_LIMIT} (office-js #2564)`,
          "Range.setCellProperties"
        );
    }
    const fn = (obj as unknown as Record<string, unknown>)[camel(a.Name)];
    if (typeof fn !== "function") return this.unsupportedMember(obj, a.Name);
    const ret = fn.apply(obj, args);
    if (ret instanceof FakeClientResult) {
      const r = ret;
      results.push({ ActionId: a.Id, value: () => r.value });
    }
  }

  /** Worksheet/Table onChanged: the engine's handler forwards each event to the client. */
  private changedEvent(obj: FakeClientObject, register: boolean): void {
    const isTable = obj._entity === "Table";
    const key = `${obj._entity}:${obj._path}`;
    if (!register) {
      const reg = this.eventRegs.get(key);
      if (reg) reg.result.remove();
      this.eventRegs.delete(key);
      return;
    }
    const handlers = (obj as unknown as { onChanged: { add(h: unknown): { remove(): void } } })
      .onChanged;
    const result = handlers.add((args: Record<string, unknown>) => {
      const range = (args.getRange as (c: unknown) => FakeClientObject)(this.ctx);
      const details = args.details as Record<string, unknown> | undefined;
      const message = {
        address: args.address,
        changeType: args.changeType,
        source: args.source,
        triggerSource: args.triggerSource,
        worksheetId: args.worksheetId,
        tableId: args.tableId,
        referenceId: this.referenceOf(range),
        shiftDirection: "None",
        ...(details ?? {}),
      };
      this.onEvent([
        {
          messageCategory: EVENT_MESSAGE_CATEGORY,
          messageType: isTable ? EVENT_TABLE_CHANGED : EVENT_WORKSHEET_CHANGED,
          targetId: String(isTable ? args.tableId : args.worksheetId),
          message: JSON.stringify(message),
        },
      ]);
    });
    this.eventRegs.set(key, { result });
  }
}

/** Excel.Application: calculate(type) is recorded; the engine evaluates formulas on read. */
class FakeApplication extends FakeClientObject<object> {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.application", "Application", () => ({}));
  }
  protected _scalars(): readonly string[] {
    return ["calculationMode"];
  }
  protected _read(): unknown {
    return "Automatic";
  }
  calculate(type: string): void {
    this._queue("calculate", type, () => {
      if (!["Full", "FullRebuild", "Recalculate"].includes(type))
        throw new FakeOfficeError(ErrorCodes.invalidArgument, undefined, `calculate(${type})`);
      this.context._host.calculations.push(type);
    });
  }
}

/** The client's own end-of-run request: release references, nothing else. */
function isCleanup(req: WireRequest): boolean {
  return (
    req.Actions.some((a) => a.Name === "_RemoveReference") &&
    req.Actions.every(
      (a) =>
        a.Name === "_RemoveReference" ||
        (a.ActionType === 1 && req.ObjectPaths[String(a.ObjectPathId)]?.ObjectPathType === 1)
    )
  );
}

function identity(obj: FakeClientObject): unknown {
  if (obj._entity !== "Worksheet" && obj._entity !== "Table") return undefined;
  const o = obj as unknown as { _read(t: unknown, p: string): unknown };
  return o._read(obj._resolve(), "id");
}

/** QueryInfo → a load() option of the engine ("a, b/c"). */
function queryOption(q: WireAction["QueryInfo"]): unknown {
  const select = q?.Select ?? [];
  const expand = q?.Expand ?? [];
  if (select.length === 0 && expand.length === 0) return undefined;
  // Expanded navigation properties without a selected sub-path load all their scalars.
  const navs = expand.filter((e) => !e.includes("/") && !select.some((s) => s.startsWith(`${e}/`)));
  return { select: select.join(","), expand: navs.join(",") };
}

/** The loaded values of an engine proxy in wire form (PascalCase, {_Items}). */
function serialize(obj: FakeClientObject, spec: LoadSpec): unknown {
  if (obj._isNull === true) return null;
  const o = obj as unknown as {
    _loaded: Map<string, unknown>;
    _loadedOwn?: Map<string, unknown>;
    _items?: FakeClientObject[];
  };
  const out: Record<string, unknown> = {};
  if (obj instanceof FakeCollection) {
    for (const [k, v] of o._loadedOwn ?? []) out[pascal(k)] = v;
    const itemSpec: LoadSpec = { all: spec.all, props: new Set(), nav: new Map() };
    for (const p of spec.props) if (p !== "items") itemSpec.props.add(p);
    for (const [k, v] of spec.nav) {
      if (k === "items") {
        itemSpec.all = itemSpec.all || v.all;
        v.props.forEach((p) => itemSpec.props.add(p));
        v.nav.forEach((n, key) => itemSpec.nav.set(key, n));
      } else itemSpec.nav.set(k, v);
    }
    out._Items = (o._items ?? []).map((item) => serialize(item, itemSpec));
    return out;
  }
  for (const [k, v] of o._loaded) out[pascal(k)] = v;
  const navNames = new Set<string>(spec.nav.keys());
  for (const p of spec.props) if (!o._loaded.has(p)) navNames.add(p);
  for (const name of navNames) {
    const child = (obj as unknown as Record<string, unknown>)[name];
    if (child instanceof FakeClientObject)
      out[pascal(name)] = serialize(
        child,
        spec.nav.get(name) ?? { all: true, props: new Set(), nav: new Map() }
      );
  }
  return out;
}
