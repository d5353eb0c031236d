// What the rounds use cases need from a host beyond the WorkbookPort: table Statusrunder comes
// with read({ history: true }); one write per closed round (IDs into the plan, rows into the
// history, optionally the next status date); native charts on a generated sheet where the host
// can draw them. The core decides what the raw history grid means.

import { sameName } from "../keys";
import type { YearMonth } from "../model";
import { HISTORY_SHEET, type RawWorkbook, type WorkbookPort } from "../port";
import type { ChartDescription } from "./chart";
import type { HistoryWrite } from "./historyWrite";
import type { IdAssignment } from "./ids";
import type { HistorySource } from "./readHistory";
import type { HistoryColumnKey } from "./historyColumns";

export interface HistoryGrid {
  /** Table Statusrunder as read; null when the workbook has none. */
  source: HistorySource | null;
  /** Its width in columns. */
  width: number;
  /** A sheet called Historik exists without the table: it is the user's. */
  foreignSheet: boolean;
}

/** The history part of what a host fetched (read with `{ history: true }`). */
export function historyGrid(raw: RawWorkbook): HistoryGrid {
  const grid = raw.historyTable ?? null;
  if (!grid || grid.values.length === 0) {
    return {
      source: null,
      width: 0,
      foreignSheet: raw.sheets.some((name) => sameName(name, HISTORY_SHEET)),
    };
  }
  const [header, ...rows] = grid.values;
  return {
    source: {
      sheet: grid.sheet,
      headerRow: grid.row + 1,
      header,
      rows,
      ...(raw.historyUnread?.length ? { unread: raw.historyUnread as HistoryColumnKey[] } : {}),
      ...(raw.historyUnread?.length && raw.historyWholeRows
        ? { wholeRows: raw.historyWholeRows }
        : {}),
    },
    width: header.length,
    foreignSheet: false,
  };
}

export interface RoundWrite {
  /** New IDs for the plan's rows; `idIndex` null: add column ID first. */
  ids: { assignments: IdAssignment[]; idIndex: number | null };
  history: HistoryWrite;
  /**
   * The new formula (`=41`) of name Statusoversigt_HoejesteID, the highest ID number handed
   * out; absent when it stays as it is.
   */
  highestIdFormula?: string;
  /** Start the next round: the new current status date (settings cell and name). */
  next?: YearMonth;
}

export interface RoundsPort extends WorkbookPort {
  /** The plan's IDs and the round's history rows (and the next status date), together. */
  writeRound(write: RoundWrite): Promise<void>;
  /**
   * Native charts on a generated sheet just written (replacing the add-in's earlier ones).
   * Absent where the host cannot draw charts (ExcelJS): the sheet then has the tables only.
   */
  writeCharts?(sheet: string, charts: readonly ChartDescription[]): Promise<void>;
}
