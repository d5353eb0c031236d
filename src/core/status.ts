// Status symbols: the three canonical symbols and the typed variants users write instead.

import type { StatusSymbol } from "./model";
import { isErrorCell, type RawCell } from "./raw";

/** What a status is counted as in the pane's summary (FocusAreaSummary). */
export type StatusField = "done" | "partlyDone" | "notDone";

/** Everything about one status symbol, in one place. */
export interface StatusSpec {
  symbol: StatusSymbol;
  /**
   * Accepted spellings, compared after `normalizeStatusText`. Only what clearly means this
   * symbol is listed. Deliberately NOT accepted anywhere (reported, never guessed): "x" (done
   * or not done?), "?", "ja"/"nej"/"yes"/"no" (answers, not states), and "in progress"/"i
   * gang"/"igangsat" — those say work has started, not that part of the action is done, so
   * (√) would be a guess; the user is asked to pick a symbol instead.
   */
  variants: readonly string[];
  /** Position in the overview's legend (the seed's order: done, not done, partly done). */
  legendPosition: number;
  /** The summary count it adds to. */
  summaryField: StatusField;
  /** The overview legend's text (src/i18n/…/overview.json). */
  legendKey: string;
  /** The task pane's label of its count (src/i18n/…/taskpane.json). */
  paneLabelKey: string;
}

/**
 * The statuses. Keyed by StatusSymbol, so a new symbol in that type does not compile until it
 * has its entry here, and every consumer (reading, legend, summary, pane, validation list)
 * takes it from this table.
 */
export const STATUSES: { readonly [S in StatusSymbol]: StatusSpec & { symbol: S } } = {
  "√": {
    symbol: "√",
    variants: [
      "√",
      "v",
      "✓",
      "✔",
      "☑",
      "ok",
      "gennemført",
      "færdig",
      "udført",
      "done",
      "complete",
      "completed",
      "finished",
    ],
    legendPosition: 0,
    summaryField: "done",
    legendKey: "core.overview.legend.done",
    paneLabelKey: "taskpane.summary.done",
  },
  "(√)": {
    symbol: "(√)",
    variants: [
      "(√)",
      "(v)",
      "(✓)",
      "(✔)",
      "delvis",
      "delvist",
      "delvis gennemført",
      "delvist gennemført",
      "til dels",
      "til dels gennemført",
      "partly",
      "partly done",
      "partial",
      "partially",
      "partially done",
    ],
    legendPosition: 2,
    summaryField: "partlyDone",
    legendKey: "core.overview.legend.partlyDone",
    paneLabelKey: "taskpane.summary.partlyDone",
  },
  "%": {
    symbol: "%",
    variants: ["%", "(%)", "ikke gennemført", "ikke udført", "not done", "not completed"],
    legendPosition: 1,
    summaryField: "notDone",
    legendKey: "core.overview.legend.notDone",
    paneLabelKey: "taskpane.summary.notDone",
  },
};

/**
 * The canonical symbols in the order of the validation list and of messages (done, partly
 * done, not done); the legend has its own order (`legendPosition`).
 */
export const STATUS_SYMBOLS: readonly StatusSymbol[] = Object.keys(STATUSES) as StatusSymbol[];

/** The statuses in the legend's order. */
export const LEGEND_ORDER: readonly StatusSpec[] = Object.values(STATUSES).sort(
  (a, b) => a.legendPosition - b.legendPosition
);

export type StatusParse =
  | { kind: "symbol"; symbol: StatusSymbol; canonical: boolean }
  | { kind: "empty" }
  | { kind: "unknown"; text: string };

const LOOKUP: ReadonlyMap<string, StatusSymbol> = new Map(
  STATUS_SYMBOLS.flatMap((symbol) =>
    STATUSES[symbol].variants.map((v) => [normalizeStatusText(v), symbol] as const)
  )
);

const CANONICAL: ReadonlyMap<string, StatusParse> = new Map(
  STATUS_SYMBOLS.map((symbol) => [symbol, { kind: "symbol", symbol, canonical: true }] as const)
);

/** Lower case, trimmed, one space between words, no space inside brackets, no trailing period. */
export function normalizeStatusText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\uFE0E\uFE0F]/g, "") // emoji variation selectors (✔️)
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\.+$/, "")
    .replace(/\(\s+/g, "(")
    .replace(/\s+\)/g, ")")
    .trim();
}

/** Reads a Status cell: a symbol (canonical or a recognised variant), empty, or unknown text. */
export function parseStatus(raw: RawCell): StatusParse {
  if (raw === null || raw === undefined) return { kind: "empty" };
  if (isErrorCell(raw)) return { kind: "unknown", text: raw.error };
  const text = String(raw);
  if (text.trim() === "") return { kind: "empty" };
  const exact = CANONICAL.get(text);
  if (exact) return exact; // fast path: most cells already hold a symbol
  const symbol = LOOKUP.get(normalizeStatusText(text));
  if (!symbol) return { kind: "unknown", text: text.trim() };
  return { kind: "symbol", symbol, canonical: text === symbol };
}
