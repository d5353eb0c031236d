// The settings table (sheet Indstillinger): key/value rows, every value with a default.

import {
  compareMonths,
  formatMonth,
  formatMonthIso,
  parseMonth,
  yearMonthToExcelSerial,
} from "./dates";
import type { Diagnostic } from "./diagnostics";
import { t } from "../i18n";
import type { Language, Plan, Settings, YearMonth } from "./model";
import { SETTINGS_SHEET, type SettingsSource } from "./port";
import { normalizeKey } from "./keys";
import { isErrorCell, type RawCell } from "./raw";
import { cellText, nameKey } from "./cellText";

export const DEFAULT_MARKING_COLOR = "#C00000";

/** The key written for each setting (Danish) and its English alias. */
export const SETTING_KEYS: Record<keyof Settings, { da: string; en: string }> = {
  title: { da: "Titel", en: "Title" },
  intro: { da: "Indledning", en: "Introduction" },
  currentStatusDate: { da: "Aktuel statusdato", en: "Current status date" },
  focusAreaOrder: { da: "Rækkefølge af fokusområder", en: "Focus area order" },
  initiativeHeading: { da: "Overskrift for indsats", en: "Initiative heading" },
  actionHeading: { da: "Overskrift for handling", en: "Action heading" },
  markingColor: { da: "Markeringsfarve", en: "Marking colour" },
  language: { da: "Sprog", en: "Language" },
};

/** Further keys users may write (compared like headers: case, spacing, ":" ignored). */
const EXTRA_KEY_ALIASES: Record<keyof Settings, readonly string[]> = {
  title: ["Overskrift"],
  intro: ["Intro", "Introtekst", "Indledende tekst", "Intro text"],
  currentStatusDate: ["AktuelStatusdato", "Statusdato", "Status date"],
  focusAreaOrder: ["Fokusområder", "Focus areas", "Rækkefølge"],
  initiativeHeading: ["Indsatsoverskrift", "Overskrift indsats"],
  actionHeading: [
    "Handlingsoverskrift",
    "Overskrift handling",
    "Overskrift for handling/aktivitet",
  ],
  markingColor: ["Marking color", "Farve", "Markering"],
  language: ["Language/sprog"],
};

/** Header row of the settings table: workbook contract words, like the plan's column names. */
export const SETTINGS_HEADERS: Record<Language, [string, string]> = {
  da: ["Indstilling", "Værdi"],
  en: ["Setting", "Value"],
};

const KEY_LOOKUP: ReadonlyMap<string, keyof Settings> = new Map(
  (Object.keys(SETTING_KEYS) as (keyof Settings)[]).flatMap((key) =>
    [SETTING_KEYS[key].da, SETTING_KEYS[key].en, ...EXTRA_KEY_ALIASES[key]].map(
      (alias) => [normalizeKey(alias), key] as const
    )
  )
);

/** Whether `text` names the setting `key` (its keys or any alias). */
export function isSettingKey(text: string, key: keyof Settings): boolean {
  return KEY_LOOKUP.get(normalizeKey(text)) === key;
}

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

export function defaultSettings(lang: Language = "da"): Settings {
  return {
    title: t(lang, "core.default.title"),
    intro: "",
    currentStatusDate: null,
    focusAreaOrder: [],
    initiativeHeading: t(lang, "core.default.initiativeHeading"),
    actionHeading: t(lang, "core.default.actionHeading"),
    markingColor: DEFAULT_MARKING_COLOR,
    language: lang,
  };
}

export interface SettingsRead {
  settings: Settings;
  diagnostics: Diagnostic[];
}

interface Entry {
  value: RawCell;
  row: number;
}

/**
 * Reads the settings rows. `fallbackLanguage` is the language when no valid Sprog is set (the
 * use case passes the language of the plan's headers); default Danish.
 */
export function readSettings(
  source: SettingsSource | null,
  fallbackLanguage: Language = "da"
): SettingsRead {
  if (!source) return { settings: defaultSettings(fallbackLanguage), diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const entries = new Map<keyof Settings, Entry>();

  source.rows.forEach((cells, i) => {
    const row = source.firstRow + i;
    const keyText = cellText(cells[0] ?? null);
    const value = cells[1] ?? null;
    if (keyText === "") return; // blank row, or a value without a key: nothing to apply
    const key = KEY_LOOKUP.get(normalizeKey(keyText));
    if (!key) {
      diagnostics.push({
        severity: "info",
        code: "core.diag.unknownSetting",
        params: { key: keyText },
        sheet: source.sheet,
        row,
      });
      return;
    }
    const first = entries.get(key);
    if (first) {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.duplicateSetting",
        params: { key: keyText, firstRow: first.row },
        sheet: source.sheet,
        row,
      });
      return;
    }
    if (isErrorCell(value)) {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.settingErrorValue",
        params: { key: keyText, error: value.error },
        sheet: source.sheet,
        row,
      });
      return;
    }
    entries.set(key, { value, row });
  });

  const at = (entry: Entry) => ({ sheet: source.sheet, row: entry.row });
  const text = (key: keyof Settings) => {
    const entry = entries.get(key);
    return entry ? cellText(entry.value) : "";
  };

  let language: Language = fallbackLanguage;
  const languageEntry = entries.get("language");
  if (languageEntry && text("language") !== "") {
    const parsed = parseLanguage(text("language"));
    if (parsed) language = parsed;
    else {
      language = "da"; // as the diagnostic says
      diagnostics.push({
        severity: "warning",
        code: "core.diag.invalidLanguage",
        params: { text: text("language") },
        ...at(languageEntry),
      });
    }
  }

  const settings = defaultSettings(language);
  if (text("title") !== "") settings.title = text("title");
  if (text("intro") !== "") settings.intro = text("intro");
  if (text("initiativeHeading") !== "") settings.initiativeHeading = text("initiativeHeading");
  if (text("actionHeading") !== "") settings.actionHeading = text("actionHeading");
  if (text("focusAreaOrder") !== "")
    settings.focusAreaOrder = parseFocusAreaOrder(text("focusAreaOrder"));

  const colorEntry = entries.get("markingColor");
  if (colorEntry && text("markingColor") !== "") {
    const color = parseColor(text("markingColor"));
    if (color) settings.markingColor = color;
    else {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.invalidColor",
        params: { text: text("markingColor"), default: DEFAULT_MARKING_COLOR },
        ...at(colorEntry),
      });
    }
  }

  settings.currentStatusDate = readCurrentStatusDate(
    source,
    entries.get("currentStatusDate"),
    diagnostics,
    language
  );
  return { settings, diagnostics };
}

/** The workbook name AktuelStatusdato wins over the settings row when both are readable. */
function readCurrentStatusDate(
  source: SettingsSource,
  entry: Entry | undefined,
  diagnostics: Diagnostic[],
  lang: Language
): YearMonth | null {
  let fromName: YearMonth | null = null;
  if (source.currentStatusDate !== undefined) {
    const parsed = parseMonth(source.currentStatusDate);
    if (parsed.kind === "month") fromName = parsed.value;
    else if (parsed.kind === "invalid") {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.invalidStatusDateName",
        params: { text: parsed.text },
      });
    }
  }
  let fromRow: YearMonth | null = null;
  if (entry) {
    const parsed = parseMonth(entry.value);
    if (parsed.kind === "month") fromRow = parsed.value;
    else if (parsed.kind === "invalid") {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.invalidSettingDate",
        params: { text: parsed.text },
        sheet: source.sheet,
        row: entry.row,
      });
    }
  }
  if (fromName && fromRow && compareMonths(fromName, fromRow) !== 0 && entry) {
    diagnostics.push({
      severity: "info",
      code: "core.diag.statusDateConflict",
      params: { name: formatMonth(fromName, lang), value: formatMonth(fromRow, lang) },
      sheet: source.sheet,
      row: entry.row,
    });
  }
  return fromName ?? fromRow;
}

/** The latest status date of any action, or null when no action is dated. */
export function latestStatusDate(plan: Plan): YearMonth | null {
  let latest: YearMonth | null = null;
  for (const area of plan.focusAreas) {
    for (const initiative of area.initiatives) {
      for (const action of initiative.actions) {
        if (action.statusDate && (!latest || compareMonths(action.statusDate, latest) > 0)) {
          latest = action.statusDate;
        }
      }
    }
  }
  return latest;
}

/** Fills an unset current status date from the plan's latest status date, and says so. */
export function resolveCurrentStatusDate(settings: Settings, plan: Plan): SettingsRead {
  if (settings.currentStatusDate) return { settings, diagnostics: [] };
  const latest = latestStatusDate(plan);
  if (!latest) {
    return {
      settings,
      diagnostics: [{ severity: "info", code: "core.diag.noStatusDate", sheet: SETTINGS_SHEET }],
    };
  }
  return {
    settings: { ...settings, currentStatusDate: { ...latest } },
    diagnostics: [
      {
        severity: "info",
        code: "core.diag.statusDateFromPlan",
        params: { month: formatMonth(latest, settings.language), iso: formatMonthIso(latest) },
        sheet: SETTINGS_SHEET,
      },
    ],
  };
}

/** Key/value rows for a new settings table; the status date as the serial of the month's 1st. */
export function settingsRows(
  settings: Settings,
  lang: Language = "da"
): [string, string | number][] {
  const key = (k: keyof Settings) => SETTING_KEYS[k][lang];
  return [
    [key("title"), settings.title],
    [key("intro"), settings.intro],
    [
      key("currentStatusDate"),
      settings.currentStatusDate ? yearMonthToExcelSerial(settings.currentStatusDate) : "",
    ],
    [key("focusAreaOrder"), settings.focusAreaOrder.join("; ")],
    [key("initiativeHeading"), settings.initiativeHeading],
    [key("actionHeading"), settings.actionHeading],
    [key("markingColor"), settings.markingColor],
    [key("language"), t(lang, `core.language.${settings.language}`)],
  ];
}

/**
 * Info for each plan focus area the order leaves out (its column follows the listed ones) and
 * each order entry that names no focus area of the plan. Nothing when no order is set.
 */
export function checkFocusAreaOrder(plan: Plan, settings: Settings): Diagnostic[] {
  if (settings.focusAreaOrder.length === 0) return [];
  const listed = new Set(settings.focusAreaOrder.map(nameKey));
  const inPlan = new Set(plan.focusAreas.map((area) => nameKey(area.name)));
  const diagnostics: Diagnostic[] = [];
  for (const area of plan.focusAreas) {
    if (!listed.has(nameKey(area.name))) {
      diagnostics.push({
        severity: "info",
        code: "core.diag.focusAreaNotInOrder",
        params: { focusArea: area.name },
        sheet: SETTINGS_SHEET,
      });
    }
  }
  for (const name of settings.focusAreaOrder) {
    if (!inPlan.has(nameKey(name))) {
      diagnostics.push({
        severity: "info",
        code: "core.diag.orderEntryUnknown",
        params: { focusArea: name },
        sheet: SETTINGS_SHEET,
      });
    }
  }
  return diagnostics;
}

/** The plan's focus areas in overview order: the listed ones first, the rest in plan order. */
export function orderedFocusAreas(plan: Plan, settings: Settings): Plan["focusAreas"] {
  const rank = new Map(settings.focusAreaOrder.map((name, i) => [nameKey(name), i]));
  const listed = plan.focusAreas
    .filter((area) => rank.has(nameKey(area.name)))
    .sort((a, b) => (rank.get(nameKey(a.name)) as number) - (rank.get(nameKey(b.name)) as number));
  return [...listed, ...plan.focusAreas.filter((area) => !rank.has(nameKey(area.name)))];
}
