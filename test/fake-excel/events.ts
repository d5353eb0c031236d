// onChanged events. "Work with Events using the Excel JavaScript API" (learn.microsoft.com/
// office/dev/add-ins/excel/excel-add-ins-events): events are raised by edits in the UI, by
// add-in code that changes the workbook, and by VBA; handlers run asynchronously after the
// change. So the add-in's own writes DO raise onChanged (source "Local"); the adapter must
// ignore its own writes itself. context.runtime.enableEvents = false (ExcelApi 1.8) turns
// events off. Co-authors' edits arrive with source "Remote".

import { intersects, rectAddress, type Rect } from "./address";
import type { ChangeRecord, HostCore } from "./hostcore";
import { ErrorCodes, fail } from "./errors";

export type Handler = (args: Record<string, unknown>) => unknown;

export interface Registration {
  kind: "worksheet" | "table";
  id: string;
  handler: Handler;
}

export class EventHub {
  private readonly host: HostCore;
  readonly registrations: Registration[] = [];
  private pending: Promise<unknown>[] = [];
  /** Errors thrown by handlers (Excel swallows them; tests can assert none happened). */
  readonly handlerErrors: unknown[] = [];
  /**
   * Events held back (late delivery): Excel does not promise when an event arrives ("handlers
   * run asynchronously"), so an own write's event may come after any grace window.
   */
  private held: (() => void)[] | null = null;

  constructor(host: HostCore) {
    this.host = host;
  }

  add(reg: Registration): void {
    this.registrations.push(reg);
  }

  remove(reg: Registration): void {
    const i = this.registrations.indexOf(reg);
    if (i < 0) fail(ErrorCodes.invalidArgument, "event handler was already removed");
    this.registrations.splice(i, 1);
  }

  /** Fires onChanged for every change, asynchronously (like Excel, after the batch). */
  dispatch(changes: ChangeRecord[], source: "Local" | "Remote", byThisAddin: boolean): void {
    if (!this.host.wb.enableEvents) return;
    const withTrigger = this.host.isSetSupported("ExcelApi", "1.14");
    for (const ch of changes) {
      const address = rectAddress(ch.rect);
      const sheetId = ch.sheetId;
      const common = {
        address,
        changeType: ch.changeType,
        source,
        worksheetId: sheetId,
        ...(withTrigger ? { triggerSource: byThisAddin ? "ThisLocalAddin" : "Unknown" } : {}),
        ...(ch.details && this.host.isSetSupported("ExcelApi", "1.9")
          ? { details: ch.details }
          : {}),
        // WorksheetChangedEventArgs.getRange(ctx) / getRangeOrNullObject(ctx) (ExcelApi 1.8).
        getRange: (ctx: any) => ctx.workbook.worksheets.getItem(sheetId).getRange(address),
        getRangeOrNullObject: (ctx: any) =>
          ctx.workbook.worksheets.getItem(sheetId).getRange(address),
      };
      for (const reg of [...this.registrations]) {
        if (reg.kind === "worksheet" && reg.id === ch.sheetId) {
          this.fire(reg, { ...common, type: "WorksheetChanged" });
        } else if (reg.kind === "table") {
          const table = this.host.wb.tables.find((t) => t.id === reg.id);
          if (!table || table.sheetId !== ch.sheetId || !intersects(table.rect, ch.rect)) continue;
          const part: Rect = {
            r0: Math.max(table.rect.r0, ch.rect.r0),
            c0: Math.max(table.rect.c0, ch.rect.c0),
            r1: Math.min(table.rect.r1, ch.rect.r1),
            c1: Math.min(table.rect.c1, ch.rect.c1),
          };
          this.fire(reg, {
            ...common,
            address: rectAddress(part),
            tableId: table.id,
            type: "TableChanged",
            getRange: (ctx: any) =>
              ctx.workbook.worksheets.getItem(sheetId).getRange(rectAddress(part)),
            getRangeOrNullObject: (ctx: any) =>
              ctx.workbook.worksheets.getItem(sheetId).getRange(rectAddress(part)),
          });
        }
      }
    }
  }

  /** From now on, events wait until release(): their delivery is late. */
  hold(): void {
    this.held ??= [];
  }

  /** Delivers the held events, in order, and stops holding. */
  release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const deliver of held) deliver();
  }

  private fire(reg: Registration, args: Record<string, unknown>): void {
    if (this.held) {
      this.held.push(() => this.fire(reg, args));
      return;
    }
    const p = Promise.resolve()
      .then(() => reg.handler(args))
      .catch((e) => {
        this.handlerErrors.push(e);
      });
    this.pending.push(p);
  }

  /** Resolves when every handler fired so far has settled. */
  async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      await Promise.all(batch);
    }
  }
}
