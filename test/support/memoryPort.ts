// An in-memory WorkbookPort for use-case tests: returns a given snapshot, counts round trips,
// and records what was written and reported.

import type { Diagnostic } from "../../src/core/diagnostics";
import type {
  PlanSource,
  SettingsSource,
  WorkbookPort,
  WorkbookSnapshot,
} from "../../src/core/port";
import type { RawCell } from "../../src/core/raw";
import type { SheetDescription } from "../../src/core/sheet";

export interface MemoryPort extends WorkbookPort {
  reads: number;
  writes: number;
  /** Every sheet passed to `writeOverview`, in order. */
  written: SheetDescription[];
  /** Every diagnostics list passed to `report`, in order. */
  reported: Diagnostic[][];
  snapshot: WorkbookSnapshot;
}

export interface MemoryPortOptions {
  /** Leave out `report` (hosts without a place to show diagnostics). */
  withoutReport?: boolean;
  /** Make `writeOverview` reject with this error. */
  writeError?: Error;
}

export function memoryPort(
  snapshot: WorkbookSnapshot,
  options: MemoryPortOptions = {}
): MemoryPort {
  const port: MemoryPort = {
    reads: 0,
    writes: 0,
    written: [],
    reported: [],
    snapshot,
    async read() {
      port.reads++;
      // A deep copy, so a use case cannot change the "workbook" by mutating what it read.
      return structuredClone(port.snapshot);
    },
    async writeOverview(sheet) {
      port.writes++;
      if (options.writeError) throw options.writeError;
      port.written.push(sheet);
      port.snapshot = { ...port.snapshot, overview: "generated" };
    },
  };
  if (!options.withoutReport) {
    port.report = (diagnostics) => {
      port.reported.push([...diagnostics]);
    };
  }
  return port;
}

/** The Danish plan header, in the contract's column order. */
export const PLAN_HEADER: string[] = [
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Statusdato",
];

/** A plan read from table Handlinger on sheet Plan, header in row 1. */
export function planTable(rows: RawCell[][], header: RawCell[] = PLAN_HEADER): PlanSource {
  return { kind: "table", sheet: "Plan", headerRow: 1, header, rows };
}

/** Settings rows (`[key, value]`) as table Indstillinger delivers them, first row 2. */
export function settingsTable(rows: RawCell[][], currentStatusDate?: RawCell): SettingsSource {
  return {
    sheet: "Indstillinger",
    firstRow: 2,
    rows,
    ...(currentStatusDate === undefined ? {} : { currentStatusDate }),
  };
}
