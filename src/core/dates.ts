// Status dates are months. Parsing accepts what users and hosts deliver; formatting uses Intl.

import type { Language, YearMonth } from "./model";
import { isErrorCell, type RawCell } from "./raw";

export type MonthParse =
  { kind: "month"; value: YearMonth } | { kind: "empty" } | { kind: "invalid"; text: string };

/** Excel serials we accept as dates: 1900-01-01 … 9999-12-31 (the 1900 date system). */
export const MIN_EXCEL_SERIAL = 1;
export const MAX_EXCEL_SERIAL = 2958465;

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 system for serials ≥ 61 (Excel counts a non-existent 29 Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial 61 = 1 March 1900, the first serial after the fictitious 29 February 1900. */
const FIRST_SERIAL_AFTER_BUG = 61;

const INTL_LOCALES: Record<Language, string> = { da: "da-DK", en: "en-GB" };
const monthFormatters = new Map<Language, Intl.DateTimeFormat>();

/** "december 2019" (da) / "December 2019" (en), from Intl — never hand-written names. */
export function formatMonth(value: YearMonth, lang: Language): string {
  let formatter = monthFormatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[lang], {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    monthFormatters.set(lang, formatter);
  }
  return formatter.format(new Date(Date.UTC(value.year, value.month - 1, 1)));
}

/** "2019-12". */
export function formatMonthIso(value: YearMonth): string {
  return `${String(value.year).padStart(4, "0")}-${String(value.month).padStart(2, "0")}`;
}

export function sameMonth(
  a: YearMonth | null | undefined,
  b: YearMonth | null | undefined
): boolean {
  return !!a && !!b && a.year === b.year && a.month === b.month;
}

/** Negative when a is earlier, 0 when the same month, positive when later. */
export function compareMonths(a: YearMonth, b: YearMonth): number {
  return (a.year - b.year) * 12 + (a.month - b.month);
}

/** The month of an Excel serial (1900 system; the time fraction is ignored). */
export function excelSerialToYearMonth(serial: number): YearMonth {
  const day = Math.floor(serial);
  if (day === 60) return { year: 1900, month: 2 }; // Excel's 29 February 1900
  // Before the fictitious leap day, serials are one day "late" against the real calendar.
  const offset = day < FIRST_SERIAL_AFTER_BUG ? day + 1 : day;
  const date = new Date(EXCEL_EPOCH_MS + offset * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** The serial of the 1st of the month (1900 system). */
export function yearMonthToExcelSerial(value: YearMonth): number {
  const days = Math.round((Date.UTC(value.year, value.month - 1, 1) - EXCEL_EPOCH_MS) / DAY_MS);
  return days < FIRST_SERIAL_AFTER_BUG ? days - 1 : days;
}

/**
 * A date-time as Excel stores it: the serial (1900 system, time as the fraction), read from
 * the Date's UTC parts as ExcelJS delivers them. Office.js delivers date cells this way, so
 * the ExcelJS host converts to it and both hosts hand the core the same values.
 */
export function dateToExcelSerial(date: Date): number {
  const days = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return days < FIRST_SERIAL_AFTER_BUG ? days - 1 : days;
}

function isValidMonth(year: number, month: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 9999 && month >= 1 && month <= 12;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Month names for parsing, derived from Intl (Danish and English, long and short forms) so
 * no spelling is hand-written; any prefix of at least three letters of a long name is also
 * accepted ("sept", "mar", "maj"), plus the Dutch-style "mrt" some Danes write. Built on the
 * first month written as text, not when the module loads: the pane's script loads this module,
 * six formatters in three locales cost its start some 15 ms beyond ICU's first load, and most
 * workbooks hold their dates as serials.
 */
let monthNames: ReadonlyMap<string, number> | null = null;
function monthNamesTable(): ReadonlyMap<string, number> {
  if (monthNames) return monthNames;
  const names = new Map<string, number>();
  for (const locale of ["da-DK", "en-GB", "en-US"]) {
    for (const style of ["long", "short"] as const) {
      const formatter = new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" });
      for (let m = 1; m <= 12; m++) {
        const name = formatter
          .format(new Date(Date.UTC(2000, m - 1, 1)))
          .toLowerCase()
          .replace(/\.$/, "");
        names.set(name, m);
        if (style === "long") {
          for (let len = 3; len < name.length; len++) names.set(name.slice(0, len), m);
        }
      }
    }
  }
  names.set("mrt", 3);
  return (monthNames = names);
}

const NUMERIC_FORMS: readonly {
  pattern: RegExp;
  read: (m: RegExpMatchArray) => { year: number; month: number; day?: number };
}[] = [
  // 2019-12, 2019-12-01, 2019-12-01T00:00:00(.000)(Z)
  {
    pattern: /^(\d{4})-(\d{1,2})(?:-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?)?$/,
    read: (m) => ({ year: +m[1], month: +m[2], day: m[3] ? +m[3] : undefined }),
  },
  // 12-2019, 12/2019, 12.2019
  { pattern: /^(\d{1,2})\s*[-/.]\s*(\d{4})$/, read: (m) => ({ year: +m[2], month: +m[1] }) },
  // 1/12/2019, 1-12-2019, 1.12.2019: day first (Danish order)
  {
    pattern: /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/,
    read: (m) => ({ year: +m[3], month: +m[2], day: +m[1] }),
  },
];

// "december 2019", "dec. 2019", "Sep 2019", "dec-2019", "1. december 2019".
const NAMED_FORM = /^(?:(\d{1,2})\.?\s*)?(\p{L}+)\.?\s*[-/,]?\s*(\d{4})$/u;

function parseMonthText(text: string): YearMonth | null {
  const s = text.toLowerCase().replace(/\s+/g, " ").trim();
  for (const form of NUMERIC_FORMS) {
    const m = s.match(form.pattern);
    if (!m) continue;
    const { year, month, day } = form.read(m);
    if (!isValidMonth(year, month)) return null;
    if (day !== undefined && !isValidDay(year, month, day)) return null;
    return { year, month };
  }
  const named = s.match(NAMED_FORM);
  if (named) {
    const month = monthNamesTable().get(named[2]);
    const year = +named[3];
    if (month === undefined || !isValidMonth(year, month)) return null;
    if (named[1] !== undefined && !isValidDay(year, month, +named[1])) return null;
    return { year, month };
  }
  return null;
}

/** Reads a status date cell as a month. */
export function parseMonth(raw: RawCell): MonthParse {
  if (raw === null || raw === undefined) return { kind: "empty" };
  if (isErrorCell(raw)) return { kind: "invalid", text: raw.error };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < MIN_EXCEL_SERIAL || raw >= MAX_EXCEL_SERIAL + 1) {
      return { kind: "invalid", text: String(raw) };
    }
    return { kind: "month", value: excelSerialToYearMonth(raw) };
  }
  if (typeof raw === "boolean") return { kind: "invalid", text: String(raw) };
  const text = String(raw).trim();
  if (text === "") return { kind: "empty" };
  const value = parseMonthText(text);
  return value ? { kind: "month", value } : { kind: "invalid", text };
}
