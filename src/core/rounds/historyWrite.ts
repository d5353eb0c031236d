// What closing a round writes into table Statusrunder. Rows go just below the table, which is
// then resized to take them in: never TableRowCollection.add, which co-authoring does not
// tolerate. Closing a round that is already in the history first deletes that round's rows
// (the caller has asked the user); every other row, and every column of the user's, stays.

import { formatMonthIso, yearMonthToExcelSerial } from "../dates";
import type { Language, YearMonth } from "../model";
import { STATUS_DATE_NUMBER_FORMAT } from "../statusFormatting";
import {
  HISTORY_COLUMN_NAMES,
  HISTORY_SHEET,
  HISTORY_WRITTEN_COLUMNS,
  HISTORY_TABLE,
  type HistoryColumnKey,
} from "./historyColumns";
import type { HistoryEntry } from "./model";
import type { ReadHistoryResult } from "./readHistory";
import { findRound } from "./readHistory";
import { CLOSED_NUMBER_FORMAT } from "./timestamps";

/** Text columns are written as text (`@`), so a note starting with `=` stays a note. */
const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

const NUMBER_FORMATS: Record<HistoryColumnKey, string> = {
  round: STATUS_DATE_NUMBER_FORMAT,
  id: TEXT_FORMAT,
  focusArea: TEXT_FORMAT,
  initiative: TEXT_FORMAT,
  action: TEXT_FORMAT,
  status: TEXT_FORMAT,
  note: TEXT_FORMAT,
  statusDate: STATUS_DATE_NUMBER_FORMAT,
  closedAt: CLOSED_NUMBER_FORMAT,
  owner: TEXT_FORMAT,
};

/** Widths (Excel characters) of a new table's columns. */
const COLUMN_WIDTHS: Record<HistoryColumnKey, number> = {
  round: 16,
  id: 9,
  focusArea: 20,
  initiative: 28,
  action: 50,
  status: 8,
  note: 50,
  statusDate: 16,
  closedAt: 17,
  owner: 30,
};

export type HistoryValue = string | number;

export interface HistoryTableCreation {
  sheet: string;
  table: string;
  header: string[];
  columnWidths: number[];
}

export interface HistoryWrite {
  /** Sheet Historik and table Statusrunder to create first (none exists yet). */
  create: HistoryTableCreation | null;
  /** 1-based sheet rows of the table to delete first, descending (the replaced round). */
  deleteRows: number[];
  /** Rows to write just below the table (after the deletions), one value per table column. */
  rows: HistoryValue[][];
  /** Number format per table column for the new rows. */
  numberFormats: string[];
  round: YearMonth;
  /** True when the round was already closed and its rows are replaced. */
  replaced: boolean;
}

function value(entry: HistoryEntry, key: HistoryColumnKey): HistoryValue {
  switch (key) {
    case "round":
      return yearMonthToExcelSerial(entry.round);
    case "id":
      return entry.id ?? "";
    case "focusArea":
      return entry.focusArea;
    case "initiative":
      return entry.initiative;
    case "action":
      return entry.action;
    case "status":
      return entry.status ?? "";
    case "note":
      return entry.note;
    case "statusDate":
      return entry.statusDate ? yearMonthToExcelSerial(entry.statusDate) : "";
    case "closedAt":
      return entry.closedAt ?? "";
    case "owner":
      return entry.owner ?? "";
  }
}

/** The header of a new history table, in the workbook's language. */
export function historyHeader(lang: Language): string[] {
  return HISTORY_WRITTEN_COLUMNS.map((key) => HISTORY_COLUMN_NAMES[key][lang]);
}

/**
 * The write that puts `entries` (one round) into the history: `existing` is the table as read
 * (null when there is none yet) with its width in columns.
 */
export function describeHistoryWrite(
  existing: { read: ReadHistoryResult; width: number } | null,
  entries: readonly HistoryEntry[],
  round: YearMonth,
  lang: Language
): HistoryWrite {
  const columns: Partial<Record<HistoryColumnKey, number>> = existing
    ? existing.read.columns.columns
    : Object.fromEntries(HISTORY_WRITTEN_COLUMNS.map((key, i) => [key, i]));
  const width = existing ? existing.width : HISTORY_WRITTEN_COLUMNS.length;
  const slots = new Array<HistoryColumnKey | null>(width).fill(null);
  for (const key of HISTORY_WRITTEN_COLUMNS) {
    const index = columns[key];
    if (index !== undefined && index < width) slots[index] = key;
  }
  const previous = existing ? findRound(existing.read.history, round) : undefined;
  return {
    create: existing
      ? null
      : {
          sheet: HISTORY_SHEET,
          table: HISTORY_TABLE,
          header: historyHeader(lang),
          columnWidths: HISTORY_WRITTEN_COLUMNS.map((key) => COLUMN_WIDTHS[key]),
        },
    deleteRows: previous ? previous.entries.map((e) => e.row).sort((a, b) => b - a) : [],
    rows: entries.map((entry) => slots.map((key) => (key ? value(entry, key) : ""))),
    numberFormats: slots.map((key) => (key ? NUMBER_FORMATS[key] : GENERAL_FORMAT)),
    round: { ...round },
    replaced: previous !== undefined,
  };
}

/** "2019-12": how rounds are named on the command line and in the changes JSON. */
export const roundKey = formatMonthIso;
