// The words and signs a status document uses: initiative and action headings, the status symbol
// at the end of an action, the legend, and the sentence naming the round that is marked in red.

import { COLUMN_ALIASES } from "../columns";
import { normalizeKey } from "../keys";
import { parseMonth } from "../dates";
import type { Language, StatusSymbol, YearMonth } from "../model";
import { parseStatus } from "../status";

// The headings are the plan's column names followed by a colon ("Indsats:", "Initiative:",
// "Handling/aktivitet:", "Action/activity:"), so both languages and their aliases are known.
const INITIATIVE_WORDS: ReadonlyMap<string, Language> = new Map([
  ["indsats", "da"],
  ["indsatser", "da"],
  ["initiative", "en"],
  ["initiatives", "en"],
]);
const ACTION_WORDS: ReadonlySet<string> = new Set(
  [...COLUMN_ALIASES.action, "Handlinger", "Aktiviteter", "Actions", "Activities"].map(normalizeKey)
);

export interface HeadingCue {
  kind: "initiative" | "actionHeading";
  /** Text after the colon, trimmed (line breaks kept); "" when the name follows on its own line. */
  rest: string;
  language?: Language;
}

/** "Indsats: Nyt skolenetværk" → initiative cue; "Handling/aktivitet:" → action heading. */
export function headingCue(text: string): HeadingCue | null {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > 40) return null;
  const head = normalizeKey(text.slice(0, colon));
  const rest = text.slice(colon + 1).trim();
  const language = INITIATIVE_WORDS.get(head);
  if (language) return { kind: "initiative", rest, language };
  if (ACTION_WORDS.has(head)) return { kind: "actionHeading", rest };
  return null;
}

// A status symbol closing an action: √ (or ✓ ✔, which the plan also accepts), (√), % or (%),
// after a space, tab, comma or line break — "%" only when not a percentage ("50 %").
const END_TOKEN = /(\(\s*[√✓✔]\s*\)|\(\s*%\s*\)|[√✓✔]|%)[\s.]*$/u;
const LONE_SYMBOL = /^\s*(\(\s*[√✓✔]\s*\)|\(\s*%\s*\)|[√✓✔]|%)\s*\.?\s*$/u;

export interface TrailingSymbol {
  symbol: StatusSymbol;
  /** The text before the symbol, without the separating comma and spaces. */
  text: string;
  /** Offsets of the symbol within the paragraph text. */
  start: number;
  end: number;
}

function canonical(token: string): StatusSymbol | null {
  const parsed = parseStatus(token.replace(/\s+/g, ""));
  return parsed.kind === "symbol" ? parsed.symbol : null;
}

/**
 * Whether the symbol at [start, end) is set apart by the document's formatting (a run of its
 * own, or a colour or weight unlike the text before it): the caller knows the runs.
 */
export type SetApart = (start: number, end: number) => boolean;

/**
 * The symbol ending an action's paragraph, or null. A bare "%" that closes a number ("50 %")
 * or is glued to a word is a percentage — unless a stronger cue says it is the status: a tab
 * before it, or `setApart` (a run of its own, a colour or format unlike the text before).
 */
export function trailingSymbol(text: string, setApart?: SetApart): TrailingSymbol | null {
  const match = END_TOKEN.exec(text);
  if (!match) return null;
  const token = match[1];
  const start = match.index;
  const before = text.slice(0, start);
  if (
    token === "%" &&
    (!/(^|[\s,;])$/u.test(before) || /\d\s*$/u.test(before)) &&
    !/\t[ \u00a0]*$/u.test(before) &&
    !setApart?.(start, start + token.length)
  )
    return null;
  const symbol = canonical(token);
  if (!symbol) return null;
  const rest = withoutTabs(before.replace(/[\s,;]+$/u, "").trim());
  return { symbol, text: rest, start, end: start + token.length };
}

/** Tabs read as one space: a name, action or note never keeps one. */
export function withoutTabs(text: string): string {
  return text.replace(/[ \u00a0]*\t[\t \u00a0]*/gu, " ");
}

/** A paragraph that is only a symbol (printed on its own line, or in a symbol column). */
export function loneSymbol(text: string): StatusSymbol | null {
  const match = LONE_SYMBOL.exec(text);
  return match ? canonical(match[1]) : null;
}

/** A legend line: "√ = Handlingen gennemført", "(√) = …", "% = …". */
export function isLegendLine(text: string): boolean {
  return /^\s*(\(\s*[√✓✔%]\s*\)|[√✓✔%])\s*=/u.test(text);
}

// "Status for disse handlinger og aktiviteter december 2019 er markeret med rødt",
// "The status for March 2020 is marked in red": a status word, a marking word and a month.
const MARKING_SENTENCE = /\bstatus/iu;
const MARKED = /\b(markeret|markerede|marked|highlighted)\b/iu;
const MONTH_CANDIDATES = /(\d{4}-\d{1,2}\b|\b\d{1,2}[./-]\d{4}\b|\p{L}+\.?\s*\d{4}\b)/gu;

/** The month a marking sentence names, or null when the text is not such a sentence. */
export function markingSentenceMonth(text: string): YearMonth | null {
  if (!MARKING_SENTENCE.test(text) || !MARKED.test(text)) return null;
  for (const match of text.matchAll(MONTH_CANDIDATES)) {
    const parsed = parseMonth(match[1]);
    if (parsed.kind === "month") return parsed.value;
  }
  return null;
}

/** A paragraph wrapped in parentheses: "(Aktivitet blev ikke relevant)". */
export function isParenthesised(text: string): boolean {
  const s = text.trim();
  return s.length > 2 && s.startsWith("(") && s.endsWith(")");
}
