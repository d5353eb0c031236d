// createWireHost(): Microsoft's Office.js client (excel-web-16.00.js, already loaded on `g`)
// talking to the protocol-level WireServer over the in-memory engine. `Excel` and
// `OfficeExtension` are Microsoft's; `Office` is Microsoft's namespace with the parts a host
// provides at start-up (context, onReady, actions, addin) filled in by the simulated host.
// Plain TypeScript: Node (officeClient.ts loads the client) and the browser tests use it.

import { createFakeExcel, type FakeExcelHost, type FakeExcelOptions } from "./host";
import type { FakeWorkbookInit } from "./builders";
import type { FakeStats } from "./hostcore";
import type { ClientTransport } from "./transport";
import { WireServer } from "./wireServer";

export interface WireExcelHost extends FakeExcelHost {
  server: WireServer;
  /** Application.calculate(type) calls seen by the server. */
  calculations: string[];
}

/** Makes the simulated host's Office.context / onReady / actions visible on Microsoft's Office. */
export function provideHostShell(g: any, realOffice: any, shell: any): any {
  // Office.context reads OSF._OfficeAppFactory.getContext(), which the Office.js loader
  // (office.js, not part of excel-web-16.00.js) fills at start-up from the host's data.
  const osf = g.OSF;
  osf._OfficeAppFactory = { ...(osf._OfficeAppFactory ?? {}), getContext: () => shell.context };
  for (const key of ["onReady", "actions", "addin"])
    Object.defineProperty(realOffice, key, {
      value: shell[key],
      configurable: true,
      writable: true,
    });
  return realOffice;
}

export function createWireHost(
  g: any,
  transport: ClientTransport,
  init?: FakeWorkbookInit,
  options: FakeExcelOptions = {},
  /** Extends the simulated host's Office.context (e.g. document settings, dialogs). */
  extendContext: (context: any) => any = (context) => context
): WireExcelHost {
  const engine = createFakeExcel(init, options);
  const server = new WireServer(engine._core, {
    webPayloadLimit: options.webPayloadLimit ?? false,
  });
  transport.attach(server);
  const shell = engine.Office as any;
  const Office = provideHostShell(g, g.Office, { ...shell, context: extendContext(shell.context) });
  const wire = server.stats;
  const stats: FakeStats = {
    /** The adapter's context.sync() round trips (the client's end-of-run cleanup not counted). */
    get syncs() {
      return wire.requests - wire.cleanups;
    },
    get roundTrips() {
      return wire.requests;
    },
    get requestBytes() {
      return wire.requestBytes;
    },
    reset() {
      wire.requests = 0;
      wire.cleanups = 0;
      wire.requestBytes = [];
      wire.responseBytes = [];
      wire.cellsPerCall = [];
    },
  } as FakeStats;
  const flushEvents = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) {
      const before = wire.requests;
      await engine.flushEvents();
      await transport.idle();
      await engine.flushEvents();
      if (wire.requests === before) return;
    }
  };
  return {
    ...engine,
    Excel: g.Excel,
    OfficeExtension: g.OfficeExtension,
    Office,
    stats,
    server,
    calculations: engine._core.calculations,
    install(target: any) {
      target.Office = Office;
      target.Excel = g.Excel;
      target.OfficeExtension = g.OfficeExtension;
    },
    async simulateUserEdit(sheet, address, values, source) {
      await engine.simulateUserEdit(sheet, address, values, source);
      await flushEvents();
    },
    async simulateUserFormat(sheet, address, format, source) {
      await engine.simulateUserFormat(sheet, address, format, source);
      await flushEvents();
    },
    async simulateDropdownPick(sheet, address, value) {
      await engine.simulateDropdownPick(sheet, address, value);
      await flushEvents();
    },
    async releaseEvents() {
      engine._core.events.release();
      await flushEvents();
    },
    async appendTableRows(table, rows, source) {
      await engine.appendTableRows(table, rows, source);
      await flushEvents();
    },
    flushEvents,
  };
}
