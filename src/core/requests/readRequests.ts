// The requests as both hosts read them: the plan and its settings (the current status date
// resolved as for the overview), the round (given, else the current status date), then the
// rule of requests.ts. Reads nothing itself: hosts hand in what they fetched.

import "./messages";
import { cellText } from "../cellText";
import { matchColumns, type ColumnMatch } from "../columns";
import type { Diagnostic } from "../diagnostics";
import type { Language, YearMonth } from "../model";
import type { PlanSource, RawWorkbook } from "../port";
import type { RawCell } from "../raw";
import { readWorkbook } from "../readWorkbook";
import { readPlanAndSettings } from "../refresh";
import { collectRequests, type RequestList } from "./requests";
import type { PlanCells } from "./threads";

export interface RequestsRead {
  /** False when there is no readable plan or no round: nothing to ask. */
  ok: boolean;
  list: RequestList | null;
  /** The plan's language: the language of the comments and mails. */
  language: Language;
  diagnostics: Diagnostic[];
  source: PlanSource | null;
  columns: ColumnMatch | null;
  /** Sheet and columns of Status and Statusnote (for the comments' cells). */
  cells: PlanCells | null;
}

export interface ReadRequestsOptions {
  /** Default: the current status date. */
  round?: YearMonth;
}

export function readRequests(raw: RawWorkbook, options: ReadRequestsOptions = {}): RequestsRead {
  const snapshot = readWorkbook(raw);
  const read = readPlanAndSettings(snapshot);
  const out: RequestsRead = {
    ok: false,
    list: null,
    language: read.settings?.language ?? "da",
    diagnostics: read.diagnostics,
    source: snapshot.plan,
    columns: null,
    cells: null,
  };
  const source = snapshot.plan;
  if (!read.plan || !read.settings || !source) return out;
  const round = options.round ?? read.settings.currentStatusDate;
  if (!round) {
    out.diagnostics.push({ severity: "error", code: "requests.diag.noRound" });
    return out;
  }
  const columns = matchColumns(source.header);
  out.columns = columns;
  const ownerIndex = columns.columns.owner;
  const collected = collectRequests(read.plan, round, {
    sheet: source.sheet,
    ...(ownerIndex !== undefined ? { ownerColumn: cellText(source.header[ownerIndex]) } : {}),
  });
  out.diagnostics.push(...collected.diagnostics);
  if (ownerIndex === undefined) {
    out.diagnostics.push({
      severity: "info",
      code: "requests.diag.noOwnerColumn",
      sheet: source.sheet,
      row: source.headerRow,
    });
  }
  out.list = collected.list;
  out.cells = {
    sheet: source.sheet,
    statusColumn: source.firstColumn + (columns.columns.status as number),
    noteColumn: source.firstColumn + (columns.columns.note as number),
  };
  out.ok = true;
  return out;
}

/**
 * What identifies the action in a plan row: its ID, focus area, initiative and text. A write
 * by position compares this before and after: a row that no longer says the same is not the
 * row the request was decided for.
 */
export function rowIdentity(columns: ColumnMatch, values: readonly RawCell[]): string {
  const at = (index: number | undefined) => (index === undefined ? "" : cellText(values[index]));
  const c = columns.columns;
  return JSON.stringify([at(c.id), at(c.focusArea), at(c.initiative), at(c.action)]);
}

/** The identity of sheet row `row` as read (undefined when the row is not in the source). */
export function readIdentity(
  source: PlanSource,
  columns: ColumnMatch,
  row: number
): string | undefined {
  const values = source.rows[row - source.headerRow - 1];
  return values ? rowIdentity(columns, values) : undefined;
}
