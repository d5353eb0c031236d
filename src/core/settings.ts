// The settings table (sheet Indstillinger): key/value rows, every value with a default.

import { compareMonths, formatMonth, formatMonthIso, parseMonth } from "./dates";
import type { Diagnostic } from "./diagnostics";
import { t } from "../i18n";
import type { Language, Plan, Settings, YearMonth } from "./model";
import { SETTINGS_SHEET, type SettingsSource } from "./port";
import { normalizeKey } from "./keys";
import { isErrorCell, type RawCell } from "./raw";
import { cellText, nameKey } from "./cellText";
import { SETTING_FIELDS, SETTINGS_SPEC, type SettingParse } from "./settingsSpec";

export {
  DEFAULT_MARKING_COLOR,
  parseColor,
  parseFocusAreaOrder,
  parseLanguage,
  SETTINGS_SPEC,
} from "./settingsSpec";

/** The key written for each setting (Danish) and its English alias. */
export const SETTING_KEYS = Object.fromEntries(
  SETTING_FIELDS.map((field) => [field, SETTINGS_SPEC[field].names])
) as Record<keyof Settings, Record<Language, string>>;

const KEY_LOOKUP: ReadonlyMap<string, keyof Settings> = new Map(
  SETTING_FIELDS.flatMap((field) => {
    const spec = SETTINGS_SPEC[field];
    return [spec.names.da, spec.names.en, ...spec.aliases].map(
      (alias) => [normalizeKey(alias), field] as const
    );
  })
);

/** Header row of the settings table in each language (both are recognised when reading). */
export const SETTINGS_HEADERS: Record<Language, [string, string]> = {
  da: [t("da", "core.settings.keyHeader"), t("da", "core.settings.valueHeader")],
  en: [t("en", "core.settings.keyHeader"), t("en", "core.settings.valueHeader")],
};

/** The setting a key cell names (any alias), or null for an unknown key. */
export function settingKeyOf(text: string): keyof Settings | null {
  return KEY_LOOKUP.get(normalizeKey(text)) ?? null;
}

/** Whether `text` names the setting `key` (its keys or any alias). */
export function isSettingKey(text: string, key: keyof Settings): boolean {
  return settingKeyOf(text) === key;
}

export function defaultSettings(lang: Language = "da"): Settings {
  const entries = SETTING_FIELDS.map((field) => [field, SETTINGS_SPEC[field].default(lang)]);
  return Object.fromEntries(entries) as Settings;
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

  /** The entry's value read by its spec; a warning (and the default) when unreadable. */
  const read = <K extends keyof Settings>(key: K): SettingParse<Settings[K]> | null => {
    const entry = entries.get(key);
    if (!entry || text(key) === "") return null;
    const parsed = SETTINGS_SPEC[key].parse(entry.value, text(key));
    if (!parsed.ok) {
      diagnostics.push({
        severity: "warning",
        code: parsed.code,
        params: parsed.params,
        ...at(entry),
      });
    }
    return parsed;
  };

  // The language first: the other defaults are in it. An unreadable Sprog means Danish (as
  // its diagnostic says); no Sprog means the caller's fallback (the plan's header language).
  const languageRead = read("language");
  const language: Language = languageRead
    ? languageRead.ok
      ? languageRead.value
      : "da"
    : fallbackLanguage;
  const settings = defaultSettings(language);
  const assign = <K extends keyof Settings>(key: K) => {
    const parsed = read(key);
    if (parsed?.ok) settings[key] = parsed.value;
  };
  for (const field of SETTING_FIELDS) {
    // The status date combines the row with the name (readCurrentStatusDate).
    if (field !== "language" && field !== "currentStatusDate") assign(field);
  }

  settings.currentStatusDate = readCurrentStatusDate(
    source,
    entries.get("currentStatusDate"),
    read("currentStatusDate"),
    diagnostics,
    language
  );
  return { settings, diagnostics };
}

/** The workbook name AktuelStatusdato wins over the settings row when both are readable. */
function readCurrentStatusDate(
  source: SettingsSource,
  entry: Entry | undefined,
  rowValue: SettingParse<YearMonth | null> | null,
  diagnostics: Diagnostic[],
  lang: Language
): YearMonth | null {
  let fromName: YearMonth | null = null;
  if (source.currentStatusDate !== undefined) {
    const parsed = parseMonth(source.currentStatusDate);
    if (parsed.kind === "month") fromName = parsed.value;
    else if (parsed.kind === "invalid") {
      // #REF!: the name refers to a cell on a sheet that was deleted.
      diagnostics.push({
        severity: "warning",
        code:
          parsed.text === "#REF!"
            ? "core.diag.statusDateNameBroken"
            : "core.diag.invalidStatusDateName",
        params: { text: parsed.text },
      });
    }
  }
  const fromRow = rowValue?.ok ? rowValue.value : null;
  if (fromName && fromRow && compareMonths(fromName, fromRow) !== 0 && entry) {
    diagnostics.push({
      severity: "info",
      code: "core.diag.statusDateConflict",
      params: { name: formatMonth(fromName, lang), value: formatMonth(fromRow, lang) },
      months: { name: fromName, value: fromRow },
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

/**
 * Fills an unset current status date from the plan's latest status date, and says so; the
 * diagnostics name `settingsSheet`, the sheet the setting would be in, only when it exists.
 */
export function resolveCurrentStatusDate(
  settings: Settings,
  plan: Plan,
  settingsSheet?: string
): SettingsRead {
  if (settings.currentStatusDate) return { settings, diagnostics: [] };
  const latest = latestStatusDate(plan);
  const at = settingsSheet ? { sheet: settingsSheet } : {};
  if (!latest) {
    return {
      settings,
      diagnostics: [{ severity: "info", code: "core.diag.noStatusDate", ...at }],
    };
  }
  return {
    settings: { ...settings, currentStatusDate: { ...latest } },
    diagnostics: [
      {
        severity: "info",
        code: "core.diag.statusDateFromPlan",
        params: { month: formatMonth(latest, settings.language), iso: formatMonthIso(latest) },
        months: { month: latest },
        ...at,
      },
    ],
  };
}

/** Key/value rows for a new settings table; the status date as the serial of the month's 1st. */
export function settingsRows(
  settings: Settings,
  lang: Language = "da"
): [string, string | number][] {
  return SETTING_FIELDS.map((field) => [
    SETTINGS_SPEC[field].names[lang],
    SETTINGS_SPEC[field].row(settings, lang),
  ]);
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
