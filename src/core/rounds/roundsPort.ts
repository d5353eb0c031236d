// What the rounds use cases need from a host, beyond reading the plan and writing the
// overview: the history table as a raw grid, one write per closed round (IDs into the plan,
// rows into the history, optionally the next status date), and the changes sheet.

import type { YearMonth } from "../model";
import type { WorkbookPort, WorkbookSnapshot } from "../port";
import type { ChangesSheet } from "./changesSheet";
import type { HistoryWrite } from "./historyWrite";
import type { IdAssignment } from "./ids";
import type { HistorySource } from "./readHistory";

export interface HistoryGrid {
  /** Table Statusrunder as read; null when the workbook has none. */
  source: HistorySource | null;
  /** Its width in columns. */
  width: number;
  /** A sheet called Historik exists without the table. */
  foreignSheet: boolean;
}

export interface RoundsSnapshot extends WorkbookSnapshot {
  history: HistoryGrid;
}

export interface RoundWrite {
  /** New IDs for the plan's rows; `idIndex` null: add column ID first. */
  ids: { assignments: IdAssignment[]; idIndex: number | null };
  history: HistoryWrite;
  /** Start the next round: the new current status date (settings cell and name). */
  next?: YearMonth;
}

export interface RoundsPort extends WorkbookPort {
  /** Plan, settings, overview state and the history (one round trip where the host can). */
  readRounds(): Promise<RoundsSnapshot>;
  /** The plan's IDs and the round's history rows (and the next status date), together. */
  writeRound(write: RoundWrite): Promise<void>;
  /** The generated sheet Ændringer with its charts (hosts that cannot draw charts skip them). */
  writeChangesSheet(sheet: ChangesSheet): Promise<void>;
}
