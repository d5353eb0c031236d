// The columns of table Statusrunder (sheet Historik), in the order the add-in writes them,
// with the header names accepted when reading. The plan's own columns accept the plan's
// aliases, so a header copied from Handlinger is recognised.

import { COLUMN_ALIASES, COLUMN_NAMES } from "../columns";
import { normalizeKey } from "../keys";
import { isErrorCell, type RawCell } from "../raw";

export { HISTORY_MARKER_NAME, HISTORY_SHEET, HISTORY_TABLE } from "../port";

export type HistoryColumnKey =
  | "round"
  | "id"
  | "focusArea"
  | "initiative"
  | "action"
  | "status"
  | "note"
  | "statusDate"
  | "closedAt"
  | "owner";

/** Written order; every column is required when reading. */
export const HISTORY_COLUMNS: readonly HistoryColumnKey[] = [
  "round",
  "id",
  "focusArea",
  "initiative",
  "action",
  "status",
  "note",
  "statusDate",
  "closedAt",
];

/**
 * Optional columns, written after the required ones into a new table: column Ansvarlig, the
 * plan's owners as they stood. A history without it reads as before and is not widened.
 */
export const HISTORY_OPTIONAL_COLUMNS: readonly HistoryColumnKey[] = ["owner"];

/** What a new table Statusrunder is made of, in order. */
export const HISTORY_WRITTEN_COLUMNS: readonly HistoryColumnKey[] = [
  ...HISTORY_COLUMNS,
  ...HISTORY_OPTIONAL_COLUMNS,
];

export const HISTORY_COLUMN_NAMES: Record<HistoryColumnKey, { da: string; en: string }> = {
  round: { da: "Statusrunde", en: "Status round" },
  id: COLUMN_NAMES.id,
  focusArea: COLUMN_NAMES.focusArea,
  initiative: COLUMN_NAMES.initiative,
  action: COLUMN_NAMES.action,
  status: COLUMN_NAMES.status,
  note: COLUMN_NAMES.note,
  statusDate: COLUMN_NAMES.statusDate,
  closedAt: { da: "Lukket", en: "Closed" },
  owner: COLUMN_NAMES.owner,
};

export const HISTORY_COLUMN_ALIASES: Record<HistoryColumnKey, readonly string[]> = {
  round: ["Statusrunde", "Status round", "Runde", "Round"],
  id: COLUMN_ALIASES.id,
  focusArea: COLUMN_ALIASES.focusArea,
  initiative: COLUMN_ALIASES.initiative,
  action: COLUMN_ALIASES.action,
  status: COLUMN_ALIASES.status,
  note: COLUMN_ALIASES.note,
  statusDate: COLUMN_ALIASES.statusDate,
  closedAt: ["Lukket", "Closed", "Closed at", "Lukket den"],
  owner: COLUMN_ALIASES.owner,
};

const LOOKUP: ReadonlyMap<string, HistoryColumnKey> = new Map(
  HISTORY_WRITTEN_COLUMNS.flatMap((key) =>
    HISTORY_COLUMN_ALIASES[key].map((alias) => [normalizeKey(alias), key] as const)
  )
);

export interface HistoryColumnMatch {
  /** 0-based index in the header row of each recognised column (the first of a name). */
  columns: Partial<Record<HistoryColumnKey, number>>;
  missing: HistoryColumnKey[];
}

export function matchHistoryColumns(header: readonly RawCell[]): HistoryColumnMatch {
  const columns: Partial<Record<HistoryColumnKey, number>> = {};
  header.forEach((cell, index) => {
    if (cell === null || cell === undefined || isErrorCell(cell)) return;
    const key = LOOKUP.get(normalizeKey(String(cell)));
    if (key !== undefined && columns[key] === undefined) columns[key] = index;
  });
  return { columns, missing: HISTORY_COLUMNS.filter((key) => columns[key] === undefined) };
}
