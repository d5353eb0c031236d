// The reading rules: what the raw grids and names a host fetched (RawWorkbook) mean. Both
// hosts (Office.js, ExcelJS) fetch the same raw parts and call this, so a workbook reads the
// same everywhere:
//
// - Plan: table Handlinger when it exists. Without it, the used range of sheet Plan: blank
//   rows above and blank columns left of everything are dropped, and the header is the row
//   naming the most plan columns among the first HEADER_SCAN_ROWS rows (the first such row on
//   a tie; the first row when none names any), so a title above the header is tolerated. The
//   plan's columns run from the header's first to its last non-blank cell; data rows end at
//   the last non-blank row.
// - Settings: table Indstillinger when it exists. Without it, the first non-blank column of
//   sheet Indstillinger and the one right of it, a header row (SETTINGS_HEADERS) skipped. Without either, only the
//   name AktuelStatusdato, if it exists.
// - Generated sheets: "generated" when the sheet exists and its marker name refers to its A1;
//   "foreign" when it exists otherwise; "absent" when it does not.

import { matchColumns, REQUIRED_COLUMNS } from "./columns";
import { normalizeKey, sameName } from "./keys";
import {
  GENERATED_SHEETS,
  PLAN_SHEET,
  SETTINGS_SHEET,
  type GeneratedSheetId,
  type GeneratedSheetKind,
  type GeneratedSheetState,
  type PlanSource,
  type RawGrid,
  type RawWorkbook,
  type SettingsSource,
  type WorkbookSnapshot,
} from "./port";
import type { RawCell } from "./raw";
import { SETTINGS_HEADERS } from "./settings";

/** Rows of a sheet without a table searched for the plan's header. */
export const HEADER_SCAN_ROWS = 20;

export function isBlankCell(value: RawCell | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

const isBlankRow = (row: readonly RawCell[]): boolean => row.every(isBlankCell);

/** The grid without blank rows on top and below, and without blank columns on the left. */
function trimGrid(grid: RawGrid): RawGrid {
  let values = grid.values;
  let top = 0;
  while (top < values.length && isBlankRow(values[top])) top++;
  let bottom = values.length;
  while (bottom > top && isBlankRow(values[bottom - 1])) bottom--;
  values = values.slice(top, bottom);
  let left = 0;
  const width = Math.max(0, ...values.map((row) => row.length));
  while (left < width && values.every((row) => isBlankCell(row[left]))) left++;
  return {
    sheet: grid.sheet,
    row: grid.row + top,
    column: grid.column + left,
    values: left === 0 ? values : values.map((row) => row.slice(left)),
  };
}

/** The first row naming the most plan columns among the first HEADER_SCAN_ROWS. */
export function sheetHeaderIndex(values: readonly RawCell[][]): number {
  let best = 0;
  let bestMissing = REQUIRED_COLUMNS.length;
  const scan = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < scan && bestMissing > 0; i++) {
    const missing = matchColumns(values[i]).missing.length;
    if (missing < bestMissing) {
      best = i;
      bestMissing = missing;
    }
  }
  return best;
}

function findSheet(raw: RawWorkbook, name: string): string | undefined {
  return raw.sheets.find((sheet) => sameName(sheet, name));
}

function planFromTable(grid: RawGrid): PlanSource {
  return {
    kind: "table",
    sheet: grid.sheet,
    headerRow: grid.row + 1,
    firstColumn: grid.column,
    header: grid.values[0] ?? [],
    rows: grid.values.slice(1),
  };
}

function planFromSheet(sheet: string, used: RawGrid | null): PlanSource {
  const empty: PlanSource = {
    kind: "sheet",
    sheet,
    headerRow: 1,
    firstColumn: 0,
    header: [],
    rows: [],
  };
  if (!used) return empty;
  const grid = trimGrid(used);
  if (grid.values.length === 0) return empty;
  const index = sheetHeaderIndex(grid.values);
  const fullHeader = grid.values[index];
  let first = 0;
  while (first < fullHeader.length && isBlankCell(fullHeader[first])) first++;
  let end = fullHeader.length;
  while (end > first && isBlankCell(fullHeader[end - 1])) end--;
  const fit = (row: RawCell[]): RawCell[] =>
    Array.from({ length: end - first }, (_, c) => row[first + c] ?? null);
  return {
    kind: "sheet",
    sheet: grid.sheet,
    headerRow: grid.row + index + 1,
    firstColumn: grid.column + first,
    header: fit(fullHeader),
    rows: grid.values.slice(index + 1).map(fit),
  };
}

/** The plan: table Handlinger, else sheet Plan's used range, else none. */
export function readPlanSource(raw: RawWorkbook): PlanSource | null {
  if (raw.planTable) return planFromTable(raw.planTable);
  const sheet = findSheet(raw, PLAN_SHEET);
  return sheet === undefined ? null : planFromSheet(raw.planSheet?.sheet ?? sheet, raw.planSheet);
}

const SETTINGS_HEADER_WORDS = new Set(
  Object.values(SETTINGS_HEADERS).map(([key]) => normalizeKey(key))
);

function isSettingsHeader(cell: RawCell): boolean {
  return typeof cell === "string" && SETTINGS_HEADER_WORDS.has(normalizeKey(cell));
}

const pair = (row: RawCell[]): RawCell[] => [row[0] ?? null, row[1] ?? null];

/** The settings: table Indstillinger, else sheet Indstillinger's columns, else the name. */
export function readSettingsSource(raw: RawWorkbook): SettingsSource | null {
  const name = raw.currentStatusDate;
  const withName = (source: SettingsSource): SettingsSource =>
    name === undefined ? source : { ...source, currentStatusDate: name };
  if (raw.settingsTable) {
    const grid = raw.settingsTable;
    return withName({
      kind: "table",
      sheet: grid.sheet,
      firstRow: grid.row + 2,
      firstColumn: grid.column,
      rows: grid.values.slice(1).map(pair),
    });
  }
  const sheet = findSheet(raw, SETTINGS_SHEET);
  if (sheet !== undefined) {
    const grid = raw.settingsSheet ? trimGrid(raw.settingsSheet) : null;
    const values = grid?.values ?? [];
    const skip = values.length > 0 && isSettingsHeader(values[0][0]) ? 1 : 0;
    return withName({
      kind: "sheet",
      sheet: grid?.sheet ?? sheet,
      firstRow: (grid?.row ?? 0) + skip + 1,
      firstColumn: grid?.column ?? 0,
      rows: values.slice(skip).map(pair),
    });
  }
  if (name === undefined) return null;
  return {
    kind: "name",
    sheet: SETTINGS_SHEET,
    firstRow: 1,
    firstColumn: 0,
    rows: [],
    currentStatusDate: name,
  };
}

/** Whether a generated sheet is absent, ours or foreign (see the header comment). */
export function generatedSheetState(
  raw: RawWorkbook,
  kind: GeneratedSheetKind
): GeneratedSheetState {
  const sheet = findSheet(raw, kind.sheet);
  if (sheet === undefined) return "absent";
  const target = Object.entries(raw.markers).find(([name]) => sameName(name, kind.marker))?.[1];
  const ours = !!target && sameName(target.sheet, sheet) && target.row === 0 && target.column === 0;
  return ours ? "generated" : "foreign";
}

/** Reads plan, settings and the generated sheets' states from what a host fetched. */
export function readWorkbook(raw: RawWorkbook): WorkbookSnapshot {
  const generated = Object.fromEntries(
    (Object.keys(GENERATED_SHEETS) as GeneratedSheetId[]).map((id) => [
      id,
      generatedSheetState(raw, GENERATED_SHEETS[id]),
    ])
  ) as Record<GeneratedSheetId, GeneratedSheetState>;
  return { plan: readPlanSource(raw), settings: readSettingsSource(raw), generated };
}
