// The settings, one entry each: the key "Opret plan" writes (Danish) and its English alias,
// further aliases users may write, the default, how a value is read (and the diagnostic when
// it cannot be), and the value "Opret plan" writes. Keyed by the Settings fields, so a new
// setting does not compile until it has every part. The reading itself is settings.ts.

import { t } from "../i18n";
import { nameKey } from "./cellText";
import { parseMonth, yearMonthToExcelSerial } from "./dates";
import { DEFAULT_FONT, SUPPORTED_FONTS, supportedFont } from "./layout/fonts";
import type { Language, Settings } from "./model";
import type { RawCell } from "./raw";

export const DEFAULT_MARKING_COLOR = "#C00000";

/** A value read, or the diagnostic (a warning; the default stays) saying why it was not. */
export type SettingParse<T> =
  { ok: true; value: T } | { ok: false; code: string; params: Record<string, string | number> };

export interface SettingSpec<K extends keyof Settings> {
  /** The key written by "Opret plan" in each language (both are accepted). */
  names: Record<Language, string>;
  /** Further keys users may write (compared like headers: case, spacing, ":" ignored). */
  aliases: readonly string[];
  default(lang: Language): Settings[K];
  /** Reads a non-empty value: the cell and its trimmed text. */
  parse(cell: RawCell, text: string): SettingParse<Settings[K]>;
  /** The value "Opret plan" writes in the settings table (a month as its serial). */
  row(settings: Settings, lang: Language): string | number;
}

const ok = <T>(value: T): SettingParse<T> => ({ ok: true, value });

const text = <K extends keyof Settings>(
  spec: Omit<SettingSpec<K>, "parse" | "row"> & { field: K }
): SettingSpec<K> => ({
  ...spec,
  parse: (_cell, value) => ok(value as Settings[K]),
  row: (settings) => String(settings[spec.field]),
});

// Excel's standard colours, so "rød" looks like picking Red in Excel's palette.
const NAMED_COLORS: ReadonlyMap<string, string> = new Map([
  ["rød", "#FF0000"],
  ["red", "#FF0000"],
  ["mørkerød", "#C00000"],
  ["dark red", "#C00000"],
  ["blå", "#0070C0"],
  ["blue", "#0070C0"],
  ["grøn", "#00B050"],
  ["green", "#00B050"],
  ["orange", "#FFC000"],
]);

/** `#RRGGBB` for "#RGB", "#RRGGBB", "RRGGBB" or a colour name; null otherwise. */
export function parseColor(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, " ");
  const named = NAMED_COLORS.get(s);
  if (named) return named;
  const short = s.match(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const long = s.match(/^#?([0-9a-f]{6})$/);
  return long ? `#${long[1].toUpperCase()}` : null;
}

const LANGUAGE_NAMES: ReadonlyMap<string, Language> = new Map([
  ["da", "da"],
  ["da-dk", "da"],
  ["dansk", "da"],
  ["danish", "da"],
  ["en", "en"],
  ["en-gb", "en"],
  ["en-us", "en"],
  ["engelsk", "en"],
  ["english", "en"],
]);

export function parseLanguage(text: string): Language | null {
  return LANGUAGE_NAMES.get(text.trim().toLowerCase()) ?? null;
}

/** The focus-area order as written: one name per line or separated by ";". */
export function parseFocusAreaOrder(text: string): string[] {
  const seen = new Set<string>();
  const order: string[] = [];
  for (const part of text.split(/\r?\n|\r|;/)) {
    const name = part.trim();
    if (name === "" || seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    order.push(name);
  }
  return order;
}

/** The settings in the order "Opret plan" writes them. */
export const SETTINGS_SPEC: { readonly [K in keyof Settings]: SettingSpec<K> } = {
  title: text({
    field: "title",
    names: { da: "Titel", en: "Title" },
    aliases: ["Overskrift"],
    default: (lang) => t(lang, "core.default.title"),
  }),
  intro: text({
    field: "intro",
    names: { da: "Indledning", en: "Introduction" },
    aliases: ["Intro", "Introtekst", "Indledende tekst", "Intro text"],
    default: () => "",
  }),
  currentStatusDate: {
    names: { da: "Aktuel statusdato", en: "Current status date" },
    aliases: ["AktuelStatusdato", "Statusdato", "Status date"],
    // Resolved from the plan when not set (resolveCurrentStatusDate).
    default: () => null,
    parse: (cell) => {
      const parsed = parseMonth(cell);
      if (parsed.kind === "month") return ok(parsed.value);
      const shown = parsed.kind === "invalid" ? parsed.text : "";
      return { ok: false, code: "core.diag.invalidSettingDate", params: { text: shown } };
    },
    row: (settings) =>
      settings.currentStatusDate ? yearMonthToExcelSerial(settings.currentStatusDate) : "",
  },
  focusAreaOrder: {
    names: { da: "Rækkefølge af fokusområder", en: "Focus area order" },
    aliases: ["Fokusområder", "Focus areas", "Rækkefølge"],
    default: () => [],
    parse: (_cell, value) => ok(parseFocusAreaOrder(value)),
    row: (settings) => settings.focusAreaOrder.join("; "),
  },
  initiativeHeading: text({
    field: "initiativeHeading",
    names: { da: "Overskrift for indsats", en: "Initiative heading" },
    aliases: ["Indsatsoverskrift", "Overskrift indsats"],
    default: (lang) => t(lang, "core.default.initiativeHeading"),
  }),
  actionHeading: text({
    field: "actionHeading",
    names: { da: "Overskrift for handling", en: "Action heading" },
    aliases: ["Handlingsoverskrift", "Overskrift handling", "Overskrift for handling/aktivitet"],
    default: (lang) => t(lang, "core.default.actionHeading"),
  }),
  markingColor: {
    names: { da: "Markeringsfarve", en: "Marking colour" },
    aliases: ["Marking color", "Farve", "Markering"],
    default: () => DEFAULT_MARKING_COLOR,
    parse: (_cell, value) => {
      const color = parseColor(value);
      if (color) return ok(color);
      return {
        ok: false,
        code: "core.diag.invalidColor",
        params: { text: value, default: DEFAULT_MARKING_COLOR },
      };
    },
    row: (settings) => settings.markingColor,
  },
  language: {
    names: { da: "Sprog", en: "Language" },
    aliases: ["Language/sprog"],
    default: (lang) => lang,
    parse: (_cell, value) => {
      const language = parseLanguage(value);
      if (language) return ok(language);
      return { ok: false, code: "core.diag.invalidLanguage", params: { text: value } };
    },
    row: (settings, lang) => t(lang, `core.language.${settings.language}`),
  },
  font: {
    names: { da: "Skrifttype", en: "Font" },
    aliases: ["Font/skrifttype", "Skrift"],
    default: () => DEFAULT_FONT,
    // Only fonts the layout has widths for: any other would wrap differently from the heights.
    parse: (_cell, value) => {
      const font = supportedFont(value);
      if (font) return ok(font);
      return {
        ok: false,
        code: "core.diag.unsupportedFont",
        params: { text: value, fonts: SUPPORTED_FONTS.join(", "), default: DEFAULT_FONT },
      };
    },
    row: (settings) => settings.font,
  },
};

export const SETTING_FIELDS = Object.keys(SETTINGS_SPEC) as (keyof Settings)[];
