// Status symbols: the three canonical symbols and the typed variants users write instead.

import type { StatusSymbol } from "./model";
import { isErrorCell, type RawCell } from "./raw";

/** Canonical symbols in legend order: done, partly done, not done. */
export const STATUS_SYMBOLS: readonly StatusSymbol[] = ["√", "(√)", "%"];

export type StatusParse =
  | { kind: "symbol"; symbol: StatusSymbol; canonical: boolean }
  | { kind: "empty" }
  | { kind: "unknown"; text: string };

// Accepted spellings, compared after `normalizeStatusText`. Only what clearly means one of the
// three legend entries is listed. Deliberately NOT accepted (reported, never guessed):
// "x" (done or not done?), "?", "ja"/"nej"/"yes"/"no" (answers, not states), and
// "in progress"/"i gang"/"igangsat" — those say work has started, not that part of the action
// is done, so (√) would be a guess; the user is asked to pick a symbol instead.
const VARIANTS: Record<StatusSymbol, readonly string[]> = {
  "√": [
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
  "(√)": [
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
  "%": ["%", "(%)", "ikke gennemført", "ikke udført", "not done", "not completed"],
};

const LOOKUP: ReadonlyMap<string, StatusSymbol> = new Map(
  STATUS_SYMBOLS.flatMap((symbol) => VARIANTS[symbol].map((v) => [v, symbol] as const))
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
  if (raw instanceof Date) return { kind: "unknown", text: raw.toISOString().slice(0, 10) };
  const text = String(raw);
  if (text.trim() === "") return { kind: "empty" };
  const exact = CANONICAL.get(text);
  if (exact) return exact; // fast path: most cells already hold a symbol
  const symbol = LOOKUP.get(normalizeStatusText(text));
  if (!symbol) return { kind: "unknown", text: text.trim() };
  return { kind: "symbol", symbol, canonical: text === symbol };
}
