// The plan's columns: which header names are accepted for which field.

import { normalizeKey } from "./keys";
import type { Language } from "./model";
import { isErrorCell, type RawCell } from "./raw";

export type ColumnKey =
  "focusArea" | "initiative" | "action" | "status" | "note" | "statusDate" | "id" | "owner";

export const REQUIRED_COLUMNS: readonly ColumnKey[] = [
  "focusArea",
  "initiative",
  "action",
  "status",
  "note",
  "statusDate",
];

/** The name a column gets when the add-in creates a plan (Danish) and its English alias. */
export const COLUMN_NAMES: Record<ColumnKey, { da: string; en: string }> = {
  focusArea: { da: "Fokusområde", en: "Focus area" },
  initiative: { da: "Indsats", en: "Initiative" },
  action: { da: "Handling/aktivitet", en: "Action" },
  status: { da: "Status", en: "Status" },
  note: { da: "Statusnote", en: "Status note" },
  statusDate: { da: "Statusdato", en: "Status date" },
  id: { da: "ID", en: "ID" },
  owner: { da: "Ansvarlig", en: "Owner" },
};

/** Every header accepted for a column, the two names of COLUMN_NAMES first. */
export const COLUMN_ALIASES: Record<ColumnKey, readonly string[]> = {
  focusArea: ["Fokusområde", "Focus area"],
  initiative: ["Indsats", "Initiative"],
  action: ["Handling/aktivitet", "Action", "Handling", "Aktivitet", "Action/activity", "Activity"],
  status: ["Status"],
  note: ["Statusnote", "Status note", "Note"],
  statusDate: ["Statusdato", "Status date"],
  id: ["ID"],
  owner: ["Ansvarlig", "Owner", "Ansvarlige", "Owners", "Responsible"],
};

export interface ColumnMatch {
  /** 0-based index in the header row of each recognised column. */
  columns: Partial<Record<ColumnKey, number>>;
  /** Required columns not found, in REQUIRED_COLUMNS order. */
  missing: ColumnKey[];
  /** Further columns with an already-matched name: ignored (the first one counts). */
  duplicates?: { key: ColumnKey; index: number }[];
}

const HEADER_LOOKUP: ReadonlyMap<string, ColumnKey> = new Map(
  (Object.keys(COLUMN_ALIASES) as ColumnKey[]).flatMap((key) =>
    COLUMN_ALIASES[key].map((alias) => [normalizeKey(alias), key] as const)
  )
);

/** The column a header cell names, or undefined for the user's own columns. */
export function columnKeyOf(cell: RawCell): ColumnKey | undefined {
  if (cell === null || cell === undefined || isErrorCell(cell)) {
    return undefined;
  }
  return HEADER_LOOKUP.get(normalizeKey(String(cell)));
}

/** Finds the known columns in a header row; unknown columns are the user's and ignored. */
export function matchColumns(header: RawCell[]): ColumnMatch {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const duplicates: { key: ColumnKey; index: number }[] = [];
  header.forEach((cell, index) => {
    const key = columnKeyOf(cell);
    if (!key) return;
    if (columns[key] === undefined) columns[key] = index;
    else duplicates.push({ key, index });
  });
  const missing = REQUIRED_COLUMNS.filter((key) => columns[key] === undefined);
  return { columns, missing, duplicates };
}

/**
 * The language a header row is written in: English when more of its cells are English column
 * names (COLUMN_NAMES.en) than Danish ones, else Danish; null when it names neither. Names the
 * two languages share (Status, ID) do not count.
 */
export function headerLanguage(header: readonly RawCell[]): Language | null {
  let da = 0;
  let en = 0;
  for (const cell of header) {
    if (typeof cell !== "string") continue;
    const text = normalizeKey(cell);
    for (const names of Object.values(COLUMN_NAMES)) {
      if (normalizeKey(names.da) === normalizeKey(names.en)) continue;
      if (text === normalizeKey(names.da)) da++;
      else if (text === normalizeKey(names.en)) en++;
    }
  }
  if (da === 0 && en === 0) return null;
  return en > da ? "en" : "da";
}
