// Reads table Statusrunder (sheet Historik) from a raw grid into closed rounds. A row that
// cannot be placed is reported with its sheet and row and left where it is: the history is
// only ever appended to, so nothing a user wrote is lost.

import "./messages";
import { parseMonth, compareMonths, formatMonthIso } from "../dates";
import type { Diagnostic } from "../diagnostics";
import { cellText } from "../readPlan";
import { readableCell, statusCell, statusDateCell } from "../cellRules";
import type { RawCell } from "../raw";
import {
  HISTORY_COLUMN_ALIASES,
  HISTORY_COLUMN_NAMES,
  HISTORY_COLUMNS,
  matchHistoryColumns,
  type HistoryColumnKey,
  type HistoryColumnMatch,
} from "./historyColumns";
import type { History, HistoryEntry, HistoryRound } from "./model";
import { parseTimestamp } from "./timestamps";

/** The history table as a host delivers it: a header row and data rows of raw values. */
export interface HistorySource {
  sheet: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  header: RawCell[];
  /** `rows[i]` is sheet row `headerRow + 1 + i`. */
  rows: RawCell[][];
  /** Columns the host did not read (empty here, but not empty in the workbook). */
  unread?: readonly HistoryColumnKey[];
  /** Rows [from, to) (indexes into `rows`) read in every column despite `unread`. */
  wholeRows?: readonly [number, number][];
}

export interface ReadHistoryResult {
  /** False when a required column is missing: nothing can be read. */
  ok: boolean;
  history: History;
  diagnostics: Diagnostic[];
  columns: HistoryColumnMatch;
}

export function readHistory(source: HistorySource): ReadHistoryResult {
  const columns = matchHistoryColumns(source.header);
  const diagnostics: Diagnostic[] = [];
  const history: History = { rounds: [] };
  for (const key of columns.missing) {
    diagnostics.push({
      severity: "error",
      code: "rounds.diag.historyMissingColumn",
      params: {
        column: HISTORY_COLUMN_NAMES[key].da,
        aliases: HISTORY_COLUMN_ALIASES[key].join(", "),
      },
      sheet: source.sheet,
      row: source.headerRow,
    });
  }
  if (columns.missing.length > 0) return { ok: false, history, diagnostics, columns };

  const headerText = (key: HistoryColumnKey) =>
    cellText(source.header[columns.columns[key] as number]);
  const at = (row: number, key: HistoryColumnKey) => ({
    sheet: source.sheet,
    row,
    column: headerText(key),
  });
  const byRound = new Map<string, HistoryRound>();
  const partly = new Set(source.unread ?? []);
  const whole = source.wholeRows ?? [];
  const none = new Set<HistoryColumnKey>();

  source.rows.forEach((cells, i) => {
    const row = source.headerRow + 1 + i;
    const unread = whole.some(([from, to]) => i >= from && i < to) ? none : partly;
    const read = HISTORY_COLUMNS.filter((key) => !unread.has(key));
    const missingText = (key: HistoryColumnKey, text: string) => text === "" && !unread.has(key);
    const raw = {} as Record<HistoryColumnKey, RawCell>;
    for (const key of HISTORY_COLUMNS) {
      raw[key] = readableCell(
        cells[columns.columns[key] as number] ?? null,
        at(row, key),
        diagnostics
      );
    }
    if (read.every((key) => cellText(raw[key]) === "")) return;

    const round = parseMonth(raw.round);
    if (round.kind !== "month") {
      diagnostics.push({
        severity: "warning",
        code:
          round.kind === "empty"
            ? "rounds.diag.historyRowWithoutRound"
            : "rounds.diag.historyInvalidRound",
        params: round.kind === "invalid" ? { text: round.text } : {},
        ...at(row, "round"),
      });
      return;
    }
    const action = cellText(raw.action);
    const focusArea = cellText(raw.focusArea);
    const initiative = cellText(raw.initiative);
    if (
      missingText("action", action) ||
      missingText("focusArea", focusArea) ||
      missingText("initiative", initiative)
    ) {
      diagnostics.push({
        severity: "warning",
        code: "rounds.diag.historyIncompleteRow",
        params: { action },
        ...at(row, action === "" ? "action" : focusArea === "" ? "focusArea" : "initiative"),
      });
      return;
    }

    const entry: HistoryEntry = {
      round: round.value,
      id: cellText(raw.id) || null,
      focusArea,
      initiative,
      action,
      status: null,
      note: cellText(raw.note),
      statusDate: null,
      closedAt: null,
      row,
    };
    const status = statusCell(raw.status, at(row, "status"), diagnostics);
    if (status.kind === "symbol") entry.status = status.symbol;
    entry.statusDate = statusDateCell(raw.statusDate, at(row, "statusDate"), diagnostics);
    const closed = parseTimestamp(raw.closedAt);
    if (closed.kind === "serial") entry.closedAt = closed.value;
    else if (closed.kind === "invalid") {
      diagnostics.push({
        severity: "warning",
        code: "rounds.diag.historyInvalidClosed",
        params: { text: closed.text },
        ...at(row, "closedAt"),
      });
    }

    const key = formatMonthIso(entry.round);
    let target = byRound.get(key);
    if (!target) {
      target = { round: entry.round, closedAt: null, entries: [] };
      byRound.set(key, target);
    }
    target.entries.push(entry);
    if (entry.closedAt !== null && (target.closedAt === null || entry.closedAt > target.closedAt)) {
      target.closedAt = entry.closedAt;
    }
  });

  history.rounds = [...byRound.values()].sort((a, b) => compareMonths(a.round, b.round));
  return { ok: true, history, diagnostics, columns };
}

/** The closed round of that month, if any. */
export function findRound(history: History, month: { year: number; month: number }) {
  return history.rounds.find((r) => r.round.year === month.year && r.round.month === month.month);
}
