// The message catalogue and `t`, without the messages themselves: index.ts brings every area's
// JSON and hands it over (adoptMessages); a bundle that must stay small (the task pane before
// its first render) registers only its own area with addMessages, and the rest arrives with
// the code that needs it (the Excel adapter and the core import index.ts). Pure.

/** The languages of the product and of its sheets: Danish first, English as well. */
export type Language = "da" | "en";
export type Messages = Record<string, string>;

export const DEFAULT_LANG: Language = "da";

let catalogue: Record<Language, Messages> = { da: {}, en: {} };

/**
 * Adds the messages of an area whose code loads later (the rounds, a chunk of the pane after
 * first render) to both languages; its modules call this when they load.
 */
export function addMessages(extra: Record<Language, Messages>): void {
  Object.assign(catalogue.da, extra.da);
  Object.assign(catalogue.en, extra.en);
}

/** Makes `all` the catalogue, keeping what was added before it. */
export function adoptMessages(all: Record<Language, Messages>): void {
  if (all === catalogue) return;
  for (const lang of ["da", "en"] as const) {
    for (const [key, text] of Object.entries(catalogue[lang])) {
      if (!(key in all[lang])) all[lang][key] = text;
    }
  }
  catalogue = all;
}

/** Danish unless the tag names English (`en`, `en-US`, …). */
export function langFromTag(tag: string | undefined | null): Language {
  return tag && /^en\b/i.test(tag.trim()) ? "en" : DEFAULT_LANG;
}

/** The message for `key` with `{name}` placeholders filled; unknown keys show the key itself. */
export function t(lang: Language, key: string, params?: Record<string, string | number>): string {
  const template = catalogue[lang][key] ?? catalogue[DEFAULT_LANG][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}
