// The workbook port: what the use cases need from a host. Adapters implement it over
// Office.js (src/excel) and ExcelJS (src/xlsx). Each method is one round trip at most.

import type { Diagnostic } from "./diagnostics";
import type { YearMonth } from "./model";
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
/** The generated sheet of changes between status rounds, and its marker. */
export const CHANGES_SHEET = "Ændringer";
export const CHANGES_MARKER_NAME = "Statusoversigt_Aendringer";
/** The history of closed status rounds: sheet Historik with table Statusrunder (data). */
export const HISTORY_SHEET = "Historik";
export const HISTORY_TABLE = "Statusrunder";
/** Marks sheet Historik as made by the add-in (→ `'Historik'!$A$1`). */
export const HISTORY_MARKER_NAME = "Statusoversigt_Historik";
/**
 * Workbook-scoped name holding the highest action ID number handed out, as a constant (`=40`):
 * no cell to lose, and kept by every editor, so IDs are never reused even for actions deleted
 * before any round was closed.
 */
export const HIGHEST_ID_NAME = "Statusoversigt_HoejesteID";

/** A rectangle of raw cells as a host fetched it; `values[0][0]` is at (row, column), 0-based. */
export interface RawGrid {
  sheet: string;
  row: number;
  column: number;
  values: RawCell[][];
}

/** A cell a workbook name refers to (its top-left cell), 0-based. */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
}

/**
 * What a host fetches for the reading rules (src/core/readWorkbook.ts), and nothing more: raw
 * grids and names. The core decides what they mean.
 */
export interface RawWorkbook {
  /** Names of all sheets, in tab order. */
  sheets: string[];
  /** Table Handlinger: its header row and data rows (no totals row); null when absent. */
  planTable: RawGrid | null;
  /**
   * The used range of sheet Plan (values only), fetched only when table Handlinger is absent;
   * null otherwise, and when the sheet is absent or empty.
   */
  planSheet: RawGrid | null;
  /** Table Indstillinger: header row and data rows; null when absent. */
  settingsTable: RawGrid | null;
  /** Used range of sheet Indstillinger, fetched only when table Indstillinger is absent. */
  settingsSheet: RawGrid | null;
  /**
   * The value of the workbook name AktuelStatusdato (its cell's value, or the computed value
   * of a constant or formula; `#REF!` when its sheet is gone); undefined when no such name.
   */
  currentStatusDate?: RawCell;
  /**
   * For each marker name of GENERATED_SHEETS that exists: the cell it refers to, or null when
   * it refers to no single cell. Absent names are left out.
   */
  markers: Record<string, CellRef | null>;
  /**
   * Table Statusrunder (header row and data rows), fetched only when asked for
   * (`read({ history: true })`); null when absent, undefined when not fetched.
   */
  historyTable?: RawGrid | null;
  /**
   * History columns (HistoryColumnKey names) the host did not read (ReadOptions.historyColumns):
   * their cells are empty in `historyTable` and mean "not read", not "empty".
   */
  historyUnread?: string[];
  /**
   * Body rows [from, to) of `historyTable` read in every column despite `historyUnread`
   * (ReadOptions.historyRounds: the rounds asked for). Absent: `historyUnread` holds for all.
   */
  historyWholeRows?: [number, number][];
  /**
   * The column right of table Handlinger, header row to last data row (fetched with the
   * history): where column ID would be added. Null when not fetched or there is no table.
   */
  planNextColumn?: RawGrid | null;
  /** The value of the name Statusoversigt_HoejesteID; undefined when no such name. */
  highestId?: RawCell;
}

export interface ReadOptions {
  /** Also fetch table Statusrunder (the rounds' use cases). */
  history?: boolean;
  /**
   * Only these columns of the history's rows (HistoryColumnKey names), for a host whose reads
   * cost by size (Excel on the web's 5 MB responses); hosts may read more.
   */
  historyColumns?: readonly string[];
  /**
   * Only the history's last rows (as many as the plan has, and a margin): where the last
   * closed round is, since rounds are appended. Hosts may read more.
   */
  historyTail?: boolean;
  /**
   * With `historyColumns` (which must hold the round): the rows of these rounds in every
   * column as well. Called with the rounds the history holds, earliest first; returns those
   * needed whole. Hosts may read more.
   */
  historyRounds?: (rounds: readonly YearMonth[]) => readonly YearMonth[];
}

/** The plan's rows as read: a header row plus data rows of raw values. */
export interface PlanSource {
  /** `table`: the Excel table Handlinger; `sheet`: fallback to the header row of sheet Plan. */
  kind: "table" | "sheet";
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the header's first cell (`header[0]`). */
  firstColumn: number;
  header: RawCell[];
  /** Data rows in sheet order; `rows[i]` is sheet row `headerRow + 1 + i`. */
  rows: RawCell[][];
}

/** The settings as read: the key/value rows of table Indstillinger, plus the name. */
export interface SettingsSource {
  sheet: string;
  /** 1-based sheet row of the first key/value row. */
  firstRow: number;
  /** 0-based sheet column of the keys (the values are in the next column). */
  firstColumn: number;
  /** `table`: table Indstillinger; `sheet`: columns of sheet Indstillinger; `name`: only the name. */
  kind: "table" | "sheet" | "name";
  /** `[key, value]` rows. Empty when the workbook has no settings. */
  rows: RawCell[][];
  /** Value of the workbook name AktuelStatusdato, if it exists. */
  currentStatusDate?: RawCell;
}

/** A generated sheet's state: absent, ours (its marker name points at its A1), or foreign. */
export type GeneratedSheetState = "absent" | "generated" | "foreign";

/** A sheet the add-in generates and owns: its name and the marker name that proves it. */
export interface GeneratedSheetKind {
  sheet: string;
  marker: string;
}

/**
 * Every generated sheet. A new one (history, changes) is one entry here plus a core
 * description; hosts fetch every marker listed, so the core can tell "ours" from "foreign".
 */
export const GENERATED_SHEETS = {
  overview: { sheet: OVERVIEW_SHEET, marker: OVERVIEW_MARKER_NAME },
  changes: { sheet: CHANGES_SHEET, marker: CHANGES_MARKER_NAME },
} as const satisfies Record<string, GeneratedSheetKind>;

export type GeneratedSheetId = keyof typeof GENERATED_SHEETS;

export interface WorkbookSnapshot {
  /** `null` when neither the table Handlinger nor a sheet Plan exists. */
  plan: PlanSource | null;
  settings: SettingsSource | null;
  /** The state of each generated sheet. */
  generated: Record<GeneratedSheetId, GeneratedSheetState>;
}

export interface WorkbookPort {
  /** Fetches the raw grids and names the reading rules need (one round trip, usually). */
  read(options?: ReadOptions): Promise<RawWorkbook>;
  /**
   * Writes (creates or rebuilds) the generated sheet `sheet.name` and points the workbook
   * name `marker` at its A1. The core calls it only when that sheet is absent or already
   * generated (never over a foreign sheet); hosts refuse a foreign sheet all the same.
   */
  writeGeneratedSheet(sheet: SheetDescription, marker: string): Promise<void>;
  /** Receives the diagnostics of an operation (hosts show or print them). */
  report?(diagnostics: readonly Diagnostic[]): void | Promise<void>;
}
