// Shared host state behind every request context: the workbook, options, statistics,
// requirement-set checks and the change log that feeds onChanged events.

import type { Rect } from "./address";
import { ErrorCodes, fail } from "./errors";
import { EventHub } from "./events";
import type { FakeRequestContext } from "./proxy";
import type { SheetState, WorkbookState } from "./state";

export interface FakeStats {
  /** Every context.sync() call (including those with nothing queued). */
  syncs: number;
  /** Syncs that had queued operations (real round trips). */
  roundTrips: number;
  /** Estimated request size per sync, in bytes (see estimateRequestBytes). */
  requestBytes: number[];
  reset(): void;
}

export interface HostOptions {
  webPayloadLimit: boolean;
  requirementSets: Record<string, string>;
  displayLanguage: string;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface ChangeRecord {
  sheetId: string;
  rect: Rect;
  changeType: string;
  /** For a single-cell change: ChangedEventDetail (valueBefore/valueAfter...). */
  details?: Record<string, unknown>;
}

export class HostCore {
  readonly wb: WorkbookState;
  readonly options: HostOptions;
  readonly events: EventHub;
  readonly stats: FakeStats;
  /** Application.calculate(type) calls, in order (the engine evaluates formulas on read). */
  readonly calculations: string[] = [];
  makeWorkbook: (ctx: FakeRequestContext) => unknown = () => undefined;
  makeRuntime: (ctx: FakeRequestContext) => unknown = () => undefined;
  private changes: ChangeRecord[] | null = null;

  constructor(wb: WorkbookState, options: HostOptions) {
    this.wb = wb;
    this.options = options;
    this.events = new EventHub(this);
    const stats: FakeStats = {
      syncs: 0,
      roundTrips: 0,
      requestBytes: [],
      reset: () => {
        stats.syncs = 0;
        stats.roundTrips = 0;
        stats.requestBytes = [];
      },
    };
    this.stats = stats;
  }

  isSetSupported(name: string, version?: string): boolean {
    const have = Object.entries(this.options.requirementSets).find(
      ([k]) => k.toLowerCase() === name.toLowerCase()
    )?.[1];
    if (have === undefined) return false;
    return version === undefined || compareVersions(have, version) >= 0;
  }

  /** Fails like a host that lacks the API: ApiNotFound (e.g. pageLayout on Excel 2016 = ExcelApi 1.8). */
  requireApi(version: string, what: string): void {
    if (!this.isSetSupported("ExcelApi", version))
      fail(
        ErrorCodes.apiNotFound,
        `${what} needs ExcelApi ${version}; this fake host supports ${this.options.requirementSets.ExcelApi ?? "none"}`
      );
  }

  beginBatch(): void {
    this.changes = [];
  }

  /** Ends a batch: the add-in's own changes raise onChanged with source Local. */
  endBatch(): void {
    this.endEdit("Local", true);
  }

  /** Ends a batch of changes and fires onChanged for them. */
  endEdit(source: "Local" | "Remote", byThisAddin: boolean): void {
    const changes = this.changes ?? [];
    this.changes = null;
    if (changes.length > 0) this.events.dispatch(changes, source, byThisAddin);
  }

  /** Ends a batch of changes that raise no event (a dropdown pick on the web, office-js #3888). */
  endSilently(): void {
    this.changes = null;
  }

  /** Records a content change (values, formulas, clear) for onChanged. */
  recordChange(
    sheet: SheetState,
    rect: Rect,
    changeType = "RangeEdited",
    details?: Record<string, unknown>
  ): void {
    if (this.changes)
      this.changes.push({ sheetId: sheet.id, rect: { ...rect }, changeType, details });
  }

  /** Fails with AccessDenied when the sheet is protected (writes to a protected sheet). */
  assertWritable(sheet: SheetState, what: string): void {
    if (sheet.protection.protected)
      fail(ErrorCodes.accessDenied, `${what}: sheet '${sheet.name}' is protected`);
  }

  assertStructureWritable(what: string): void {
    if (this.wb.protection.protected)
      fail(ErrorCodes.accessDenied, `${what}: the workbook structure is protected`);
  }
}
