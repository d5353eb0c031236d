// User-visible strings live in the JSON files beside this one (Danish default, English),
// one file per area so each part of the product owns its messages. Pure: usable from the core.

import daCore from "./da/core.json";
import enCore from "./en/core.json";
import daOverview from "./da/overview.json";
import enOverview from "./en/overview.json";
import daCli from "./da/cli.json";
import enCli from "./en/cli.json";
import daExcel from "./da/excel.json";
import enExcel from "./en/excel.json";
import daTaskpane from "./da/taskpane.json";
import enTaskpane from "./en/taskpane.json";
import daWord from "./da/word.json";
import enWord from "./en/word.json";
import daCoauthoring from "./da/coauthoring.json";
import enCoauthoring from "./en/coauthoring.json";

/** The languages of the product and of its sheets: Danish first, English as well. */
export type Language = "da" | "en";
export type Messages = Record<string, string>;

export const MESSAGES: Record<Language, Messages> = {
  da: {
    ...daCore,
    ...daOverview,
    ...daCli,
    ...daExcel,
    ...daTaskpane,
    ...daWord,
    ...daCoauthoring,
  },
  en: {
    ...enCore,
    ...enOverview,
    ...enCli,
    ...enExcel,
    ...enTaskpane,
    ...enWord,
    ...enCoauthoring,
  },
};

export const DEFAULT_LANG: Language = "da";

/**
 * Adds the messages of an area whose code loads later (the rounds, a chunk of the pane after
 * first render) to both languages; its modules call this when they load.
 */
export function addMessages(extra: Record<Language, Messages>): void {
  Object.assign(MESSAGES.da, extra.da);
  Object.assign(MESSAGES.en, extra.en);
}

/** Danish unless the tag names English (`en`, `en-US`, …). */
export function langFromTag(tag: string | undefined | null): Language {
  return tag && /^en\b/i.test(tag.trim()) ? "en" : DEFAULT_LANG;
}

/** The message for `key` with `{name}` placeholders filled; unknown keys show the key itself. */
export function t(lang: Language, key: string, params?: Record<string, string | number>): string {
  const template = MESSAGES[lang][key] ?? MESSAGES[DEFAULT_LANG][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
