// The proxy/batch machinery of Office.js: proxy objects queue operations on a request
// context; context.sync() runs them in order against the workbook state and only then makes
// loaded properties readable. Reading a property that was not loaded and synced throws
// PropertyNotLoaded, as Office.js does (see "Application-specific API model",
// learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).

import { ErrorCodes, FakeOfficeError, FakeUsageError, fail, propertyNotLoaded } from "./errors";
import type { HostCore } from "./hostcore";

/** Excel on the web caps a request at 5 MB ("Resource limits and performance optimization"). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRun {
  /** Applied after every operation succeeded: makes loaded values readable. */
  commits: (() => void)[];
  traces: string[];
}

export interface Op {
  path: string;
  name: string;
  args?: unknown;
  run(run: SyncRun): void;
}

export interface LoadSpec {
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadSpec>;
}

function emptySpec(all = false): LoadSpec {
  return { all, props: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const segs = path
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean);
  if (segs.length === 0) return;
  let cur = spec;
  for (let i = 0; i < segs.length - 1; i++) {
    let next = cur.nav.get(segs[i]);
    if (!next) cur.nav.set(segs[i], (next = emptySpec()));
    cur = next;
  }
  cur.props.add(segs[segs.length - 1]);
}

/** Parses every form load() accepts: "a, b/c", ["a"], {a: true, b: {c: true}}, {select, expand}. */
export function parseLoadOption(option: unknown): LoadSpec {
  if (option === undefined || option === null) return emptySpec(true);
  const spec = emptySpec();
  if (typeof option === "string") {
    option.split(",").forEach((p) => addPath(spec, p));
  } else if (Array.isArray(option)) {
    option.forEach((p) => {
      if (typeof p !== "string")
        throw new FakeUsageError(`load() array entries must be strings, got ${JSON.stringify(p)}`);
      p.split(",").forEach((q) => addPath(spec, q));
    });
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      if (typeof o.select === "string") o.select.split(",").forEach((p) => addPath(spec, p));
      if (typeof o.expand === "string")
        o.expand.split(",").forEach((p) => {
          const name = p.trim();
          if (name && !spec.nav.has(name)) spec.nav.set(name, emptySpec(true));
        });
      if (!o.select && !o.expand) spec.all = true;
    } else {
      for (const [k, v] of Object.entries(o)) {
        if (k === "$all") spec.all = spec.all || v === true;
        else if (k.startsWith("$")) continue;
        else if (v === true) spec.props.add(k);
        else if (v && typeof v === "object") spec.nav.set(k, parseLoadOption(v));
      }
    }
  } else {
    throw new FakeUsageError(`unsupported load() option ${JSON.stringify(option)}`);
  }
  return spec;
}

/** Deep copy so that loaded values are a snapshot of the state at that sync. */
export function snapshot<V>(v: V): V {
  if (v === null || typeof v !== "object") return v;
  return JSON.parse(JSON.stringify(v)) as V;
}

export class FakeClientResult<V> {
  private _has = false;
  private _value: V | undefined;
  get value(): V {
    if (!this._has) throw new FakeOfficeError(ErrorCodes.valueNotLoaded);
    return this._value as V;
  }
  /** @internal */
  _resolve(v: V): void {
    this._has = true;
    this._value = v;
  }
}

export interface ProxyOptions {
  /** *OrNullObject proxies: a missing object is a null object instead of ItemNotFound. */
  nullable?: boolean;
  /** Minimum ExcelApi version for anything done with this object. */
  api?: string;
  /** Re-resolve on every use (collections: their membership changes). */
  noCache?: boolean;
}

/**
 * Base of every proxy (OfficeExtension.ClientObject). `T` is the resolved target in the
 * workbook state; the resolver runs when the first queued operation needs it, and the
 * result is kept (Office.js proxies keep referring to the object they first resolved to).
 */
export abstract class FakeClientObject<T = unknown> {
  readonly context: FakeRequestContext;
  /** @internal Diagnostic path, e.g. `workbook.worksheets.getItem("Plan").getRange("A1")`. */
  readonly _path: string;
  /** @internal */
  readonly _entity: string;
  /** @internal */
  readonly _nullable: boolean;
  /** @internal */
  readonly _api: string | undefined;
  private readonly _noCache: boolean;
  private readonly _resolver: () => T | null;
  private _cache: { v: T | null } | undefined;
  private readonly _loaded = new Map<string, unknown>();
  /** @internal */
  _isNull: boolean | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    entity: string,
    resolver: () => T | null,
    options: ProxyOptions = {}
  ) {
    this.context = context;
    this._path = path;
    this._entity = entity;
    this._resolver = resolver;
    this._nullable = options.nullable ?? false;
    this._api = options.api;
    this._noCache = options.noCache ?? false;
  }

  /** Loadable scalar properties (what load() with no argument loads). */
  protected abstract _scalars(): readonly string[];
  /** Reads one scalar from the state (called inside a sync). */
  protected abstract _read(target: T, prop: string): unknown;
  /** Navigation properties that load() can descend into ("format/font/bold"). */
  protected _navs(): readonly string[] {
    return [];
  }

  /** @internal Resolves the target (null for a missing *OrNullObject target). */
  _resolve(): T | null {
    if (this._cache) return this._cache.v;
    if (this._api) this.context._host.requireApi(this._api, this._entity);
    const v = this._resolver();
    if (v === null && !this._nullable)
      fail(ErrorCodes.itemNotFound, `${this._path} does not exist`);
    if (!this._noCache) this._cache = { v };
    return v;
  }

  /** @internal Target for writes and methods; a null object cannot be written to. */
  _target(): T {
    const v = this._resolve();
    if (v === null)
      fail(ErrorCodes.itemNotFound, `${this._path} is a null object (isNullObject is true)`);
    return v;
  }

  /** @internal Child proxy whose target is derived from this one's. */
  _child<U>(path: string, fn: (t: T) => U | null): () => U | null {
    void path;
    return () => {
      const t = this._resolve();
      return t === null ? null : fn(t);
    };
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject", this._entity);
    return this._isNull;
  }

  /** @internal Reads a loaded property, strictly. */
  _get<V>(prop: string): V {
    if (this._isNull === true)
      throw new FakeOfficeError(
        ErrorCodes.propertyNotLoaded,
        `The property '${prop}' is not available: this ${this._entity} is a null object (isNullObject is true).`,
        `${this._path}.${prop}`
      );
    if (!this._loaded.has(prop)) throw propertyNotLoaded(prop, this._entity);
    return this._loaded.get(prop) as V;
  }

  /** @internal Queues an operation on this object. */
  _queue(
    name: string,
    args: unknown,
    apply: (target: T, run: SyncRun) => void,
    api?: string
  ): void {
    const op: Op = {
      path: `${this._path}.${name}`,
      name: `${this._entity}.${name}`,
      args,
      run: (run) => {
        if (api) this.context._host.requireApi(api, `${this._entity}.${name}`);
        apply(this._target(), run);
      },
    };
    this.context._enqueue(op);
  }

  /** @internal Queues a property set. */
  _setProp(
    prop: string,
    value: unknown,
    apply: (target: T, value: unknown, run: SyncRun) => void,
    api?: string
  ): void {
    this._queue(prop, value, (t, run) => apply(t, value, run), api);
  }

  /** @internal Queues a method returning a ClientResult. */
  _result<V>(
    name: string,
    args: unknown,
    compute: (target: T) => V,
    api?: string
  ): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    this._queue(
      name,
      args,
      (t, run) => {
        const v = snapshot(compute(t));
        run.commits.push(() => result._resolve(v));
      },
      api
    );
    return result;
  }

  /** @internal Queues the existence probe of an *OrNullObject proxy (isNullObject readable after sync). */
  _probe(): this {
    this.context._enqueue({
      path: this._path,
      name: `${this._entity}.isNullObject`,
      run: (run) => {
        const isNull = this._resolve() === null;
        run.commits.push(() => (this._isNull = isNull));
      },
    });
    return this;
  }

  load(option?: unknown): this {
    const spec = parseLoadOption(option);
    this.context._enqueue({
      path: `${this._path}.load`,
      name: `${this._entity}.load`,
      args: option ?? null,
      run: (run) => this._snapshotInto(spec, run),
    });
    return this;
  }

  /** @internal Reads what `spec` asks for into pending commits (recursing into navigation properties). */
  _snapshotInto(spec: LoadSpec, run: SyncRun): void {
    const t = this._resolve();
    if (t === null) {
      run.commits.push(() => (this._isNull = true));
      return;
    }
    const navs = this._navs();
    const scalars = this._scalars();
    const values: [string, unknown][] = [];
    const navSpecs = new Map(spec.nav);
    const names = spec.all ? [...scalars, ...spec.props] : [...spec.props];
    for (const name of new Set(names)) {
      if (navs.includes(name)) {
        if (!navSpecs.has(name)) navSpecs.set(name, emptySpec(true));
      } else if (scalars.includes(name)) {
        values.push([name, snapshot(this._read(t, name))]);
      } else {
        fail(ErrorCodes.invalidArgument, `${this._entity} has no loadable property '${name}'`);
      }
    }
    for (const [name, sub] of navSpecs) {
      if (!navs.includes(name))
        fail(ErrorCodes.invalidArgument, `${this._entity} has no navigation property '${name}'`);
      const child = (this as unknown as Record<string, FakeClientObject>)[name];
      child._snapshotInto(sub, run);
    }
    run.commits.push(() => {
      this._isNull = false;
      for (const [k, v] of values) this._loaded.set(k, v);
    });
  }

  /** Like Office.js: a plain object of the loaded properties. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = snapshot(v);
    return out;
  }

  /** Office.js `set(properties)`: assigns each given property through its setter. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const current = (this as unknown as Record<string, unknown>)[k];
      if (v && typeof v === "object" && !Array.isArray(v) && current instanceof FakeClientObject) {
        current.set(v as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[k] = v;
      }
    }
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** Base for collections: `items` is readable after load+sync; item properties load per item. */
export abstract class FakeCollection<S, P extends FakeClientObject> extends FakeClientObject<S[]> {
  private _items: P[] | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    entity: string,
    resolver: () => S[] | null,
    options: ProxyOptions = {}
  ) {
    super(context, path, entity, resolver, { ...options, noCache: true });
  }

  /** Item properties (used to validate load() paths on the collection). */
  protected abstract _itemScalars(): readonly string[];
  protected abstract _makeItem(state: S, index: number): P;
  /** Collection-level scalars such as TableColumnCollection.count. */
  protected _ownScalars(): readonly string[] {
    return [];
  }
  protected _scalars(): readonly string[] {
    return this._ownScalars();
  }
  protected _read(target: S[], prop: string): unknown {
    if (prop === "count") return target.length;
    return undefined;
  }

  get items(): P[] {
    if (this._isNull === true || this._items === undefined)
      throw propertyNotLoaded("items", this._entity);
    return this._items;
  }

  override _snapshotInto(spec: LoadSpec, run: SyncRun): void {
    const list = this._resolve();
    if (list === null) {
      run.commits.push(() => (this._isNull = true));
      return;
    }
    const own = this._ownScalars();
    const itemSpec = emptySpec(spec.all);
    const ownValues: [string, unknown][] = [];
    for (const p of spec.props) {
      if (own.includes(p)) ownValues.push([p, this._read(list, p)]);
      else if (p === "items") itemSpec.all = true;
      else itemSpec.props.add(p);
    }
    for (const [k, v] of spec.nav) {
      if (k === "items") {
        itemSpec.all = itemSpec.all || v.all;
        v.props.forEach((p) => itemSpec.props.add(p));
        v.nav.forEach((n, key) => itemSpec.nav.set(key, n));
      } else itemSpec.nav.set(k, v);
    }
    if (spec.all) own.forEach((p) => ownValues.push([p, this._read(list, p)]));
    const items = list.map((s, i) => this._makeItem(s, i));
    for (const item of items) item._snapshotInto(itemSpec, run);
    run.commits.push(() => {
      this._isNull = false;
      this._items = items;
      for (const [k, v] of ownValues)
        (this as unknown as { _loadedOwn: Map<string, unknown> })._loadedOwn.set(k, v);
    });
  }

  /** @internal */
  _loadedOwn = new Map<string, unknown>();

  /** @internal Reads a loaded collection-level scalar such as count. */
  _getOwn<V>(prop: string): V {
    if (!this._loadedOwn.has(prop)) throw propertyNotLoaded(prop, this._entity);
    return this._loadedOwn.get(prop) as V;
  }

  override toJSON(): Record<string, unknown> {
    return { items: (this._items ?? []).map((i) => i.toJSON()) };
  }
}

function utf8Length(s: string): number {
  if (typeof TextEncoder !== "undefined") return new TextEncoder().encode(s).length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/**
 * Request size estimate: the UTF-8 length of `JSON.stringify({path, op, args})` for every
 * queued operation (proxies in arguments count as their path). Office.js sends a JSON body
 * of actions and object paths of the same order of size; the 5 MB limit of Excel on the
 * web applies to that body, so large value writes dominate both.
 */
export function estimateRequestBytes(ops: readonly Op[]): number {
  const replacer = (_k: string, v: unknown): unknown =>
    v instanceof FakeClientObject ? { path: v._path } : v;
  let total = 0;
  for (const op of ops)
    total += utf8Length(
      JSON.stringify({ path: op.path, op: op.name, args: op.args ?? null }, replacer)
    );
  return total;
}

/** OfficeExtension.ClientRequestContext / Excel.RequestContext. */
export class FakeRequestContext {
  /** @internal */
  readonly _host: HostCore;
  /** @internal */
  _queue: Op[] = [];
  /** @internal Set when the Excel.run that created this context has finished. */
  _closed = false;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  readonly debugInfo: Record<string, unknown> = {};
  requestHeaders: Record<string, string> = {};
  /** Excel.RequestContext.workbook */
  readonly workbook: any;
  /** Excel.RequestContext.runtime (enableEvents, ExcelApi 1.8) */
  readonly runtime: any;

  constructor(host: HostCore) {
    this._host = host;
    this.workbook = host.makeWorkbook(this);
    this.runtime = host.makeRuntime(this);
  }

  /** @internal */
  _enqueue(op: Op): void {
    if (this._closed)
      throw new FakeOfficeError(
        ErrorCodes.invalidRequestContext,
        undefined,
        `${op.name}: the Excel.run that created this object has finished; objects cannot be used after their batch`
      );
    this._queue.push(op);
  }

  load<O extends FakeClientObject>(object: O, option?: unknown): O {
    return object.load(option);
  }

  trace(message: string): void {
    this._enqueue({
      path: "trace",
      name: "trace",
      args: message,
      run: (run) => run.traces.push(message),
    });
  }

  /**
   * Runs the queued operations in order. Every call counts in stats.syncs (an empty one
   * too; Office.js itself skips the round trip when nothing is queued, so stats.roundTrips
   * counts only non-empty syncs). If an operation fails, the ones before it stay applied
   * and the rest of the batch is not run (Office.js stops the batch at the failing
   * statement); the promise rejects with that OfficeExtension.Error and nothing loaded in
   * the batch becomes readable.
   */
  async sync<V>(passThroughValue?: V): Promise<V> {
    const ops = this._queue;
    this._queue = [];
    const host = this._host;
    const bytes = estimateRequestBytes(ops);
    host.stats.syncs += 1;
    host.stats.requestBytes.push(bytes);
    if (ops.length > 0) host.stats.roundTrips += 1;
    await Promise.resolve();
    if (host.options.webPayloadLimit && bytes > WEB_PAYLOAD_LIMIT) {
      throw new FakeOfficeError(
        ErrorCodes.requestPayloadSizeLimitExceeded,
        undefined,
        `request of ${bytes} bytes exceeds the 5 MB limit of Excel on the web; nothing was applied`
      );
    }
    const run: SyncRun = { commits: [], traces: [] };
    host.beginBatch();
    let error: FakeOfficeError | undefined;
    for (const op of ops) {
      try {
        op.run(run);
      } catch (e) {
        error = wrapError(e, op);
        break;
      }
    }
    host.endBatch();
    if (error) {
      error.traceMessages = run.traces;
      throw error;
    }
    for (const commit of run.commits) commit();
    return passThroughValue as V;
  }
}

function wrapError(e: unknown, op: Op): FakeOfficeError {
  if (e instanceof FakeUsageError) throw e;
  const err =
    e instanceof FakeOfficeError
      ? e
      : new FakeOfficeError(
          ErrorCodes.generalException,
          undefined,
          `fake-excel internal error in ${op.name}: ${String(e)}`
        );
  err.debugInfo.errorLocation = err.debugInfo.errorLocation ?? op.name;
  err.debugInfo.statement = op.path;
  return err;
}
