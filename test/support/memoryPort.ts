// An in-memory WorkbookPort for use-case tests: serves a given workbook (plan, settings,
// overview state) as the raw grids a host fetches, counts round trips, and records what was
// written and reported.

import type { Diagnostic } from "../../src/core/diagnostics";
import {
  GENERATED_SHEETS,
  OVERVIEW_SHEET,
  type GeneratedSheetState,
  type PlanSource,
  type RawWorkbook,
  type SettingsSource,
  type WorkbookPort,
} from "../../src/core/port";
import { SETTINGS_HEADERS } from "../../src/core/settings";
import type { RawCell } from "../../src/core/raw";
import type { SheetDescription } from "../../src/core/sheet";

export interface MemoryPort extends WorkbookPort {
  reads: number;
  writes: number;
  /** Every sheet passed to `writeGeneratedSheet`, in order. */
  written: SheetDescription[];
  /** The marker name of each write, in order. */
  markers: string[];
  /** Every diagnostics list passed to `report`, in order. */
  reported: Diagnostic[][];
  snapshot: TestWorkbook;
}

/** The workbook a test describes: what the reading rules should find in it. */
export interface TestWorkbook {
  plan: PlanSource | null;
  settings: SettingsSource | null;
  overview: GeneratedSheetState;
}

/** The raw grids and names a host would fetch from such a workbook. */
export function rawOf(workbook: TestWorkbook): RawWorkbook {
  const { plan, settings, overview } = workbook;
  const sheets: string[] = [];
  const raw: RawWorkbook = {
    sheets,
    planTable: null,
    planSheet: null,
    settingsTable: null,
    settingsSheet: null,
    markers: {},
  };
  if (plan) {
    sheets.push(plan.sheet);
    const grid = {
      sheet: plan.sheet,
      row: plan.headerRow - 1,
      column: plan.firstColumn,
      values: [plan.header, ...plan.rows],
    };
    if (plan.kind === "table") raw.planTable = grid;
    else raw.planSheet = grid;
  }
  if (settings) {
    if (settings.kind !== "name") {
      sheets.push(settings.sheet);
      raw.settingsTable = {
        sheet: settings.sheet,
        row: settings.firstRow - 2,
        column: settings.firstColumn,
        values: [[...SETTINGS_HEADERS.da], ...settings.rows],
      };
    }
    if (settings.currentStatusDate !== undefined) {
      raw.currentStatusDate = settings.currentStatusDate;
    }
  }
  if (overview !== "absent") sheets.push(OVERVIEW_SHEET);
  if (overview === "generated") {
    raw.markers[GENERATED_SHEETS.overview.marker] = { sheet: OVERVIEW_SHEET, row: 0, column: 0 };
  }
  return raw;
}

export interface MemoryPortOptions {
  /** Leave out `report` (hosts without a place to show diagnostics). */
  withoutReport?: boolean;
  /** Make `writeGeneratedSheet` reject with this error. */
  writeError?: Error;
}

export function memoryPort(snapshot: TestWorkbook, options: MemoryPortOptions = {}): MemoryPort {
  const port: MemoryPort = {
    reads: 0,
    writes: 0,
    written: [],
    markers: [],
    reported: [],
    snapshot,
    async read() {
      port.reads++;
      // A fresh copy, so a use case cannot change the "workbook" by mutating what it read.
      return structuredClone(rawOf(port.snapshot));
    },
    async writeGeneratedSheet(sheet, marker) {
      port.writes++;
      if (options.writeError) throw options.writeError;
      port.written.push(sheet);
      port.markers.push(marker);
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
  return { kind: "table", sheet: "Plan", headerRow: 1, firstColumn: 0, header, rows };
}

/** Settings rows (`[key, value]`) as table Indstillinger delivers them, first row 2. */
export function settingsTable(rows: RawCell[][], currentStatusDate?: RawCell): SettingsSource {
  return {
    kind: "table",
    sheet: "Indstillinger",
    firstRow: 2,
    firstColumn: 0,
    rows,
    ...(currentStatusDate === undefined ? {} : { currentStatusDate }),
  };
}
