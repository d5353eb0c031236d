// The workbook port: what the use cases need from a host. Adapters implement it over
// Office.js (src/excel) and ExcelJS (src/xlsx). Each method is one round trip at most.

import type { Diagnostic } from "./diagnostics";
import type { RawCell } from "./raw";
import type { SheetDescription } from "./sheet";

export const PLAN_SHEET = "Plan";
export const PLAN_TABLE = "Handlinger";
export const SETTINGS_SHEET = "Indstillinger";
export const SETTINGS_TABLE = "Indstillinger";
export const OVERVIEW_SHEET = "Oversigt";
/** Workbook name holding the current status date (formulas and conditional formats use it). */
export const CURRENT_STATUS_DATE_NAME = "AktuelStatusdato";
/**
 * Workbook-scoped name that marks the overview sheet as generated: it refers to
 * `'Oversigt'!$A$1`. A sheet called Oversigt that this name does not point to is foreign.
 */
export const OVERVIEW_MARKER_NAME = "Statusoversigt_Oversigt";

/** The plan's rows as read: a header row plus data rows of raw values. */
export interface PlanSource {
  /** `table`: the Excel table Handlinger; `sheet`: fallback to the header row of sheet Plan. */
  kind: "table" | "sheet";
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  header: RawCell[];
  /** Data rows in sheet order; `rows[i]` is sheet row `headerRow + 1 + i`. */
  rows: RawCell[][];
}

/** The settings as read: the key/value rows of table Indstillinger, plus the name. */
export interface SettingsSource {
  sheet: string;
  /** 1-based sheet row of the first key/value row. */
  firstRow: number;
  /** `[key, value]` rows. Empty when the workbook has no settings. */
  rows: RawCell[][];
  /** Value of the workbook name AktuelStatusdato, if it exists. */
  currentStatusDate?: RawCell;
}

export type OverviewSheetState = "absent" | "generated" | "foreign";

export interface WorkbookSnapshot {
  /** `null` when neither the table Handlinger nor a sheet Plan exists. */
  plan: PlanSource | null;
  settings: SettingsSource | null;
  overview: OverviewSheetState;
}

export interface WorkbookPort {
  /** Reads plan, settings and the overview sheet's state (one round trip). */
  read(): Promise<WorkbookSnapshot>;
  /** Writes (creates or rebuilds) the overview sheet and its marker. */
  writeOverview(sheet: SheetDescription): Promise<void>;
  /** Receives the diagnostics of an operation (hosts show or print them). */
  report?(diagnostics: readonly Diagnostic[]): void | Promise<void>;
}
