// The history's Lukket column: a date and time as Excel stores it, a serial number of days
// whose fraction is the time of day. Excel has no time zones, so a timestamp is the closing
// user's wall clock: written from local parts, read back as the same parts.

import { isErrorCell, type RawCell } from "../raw";

const DAY_MS = 86_400_000;
/** Serial 0 of the 1900 system for serials ≥ 61 (Excel counts a non-existent 29 Feb 1900). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's date-time number format for the Lukket column. */
export const CLOSED_NUMBER_FORMAT = "yyyy-mm-dd hh:mm";

/** Wall-clock parts of a timestamp, as the user's clock showed them. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The serial of a local time (seconds dropped: the column shows minutes). */
export function localDateToSerial(date: Date): number {
  const wall = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes()
  );
  return (wall - EXCEL_EPOCH_MS) / DAY_MS;
}

/** Wall-clock parts of a serial (serials from 1 March 1900 on, as every real timestamp). */
export function serialToWallClock(serial: number): WallClock {
  // Round to the minute: serials carry binary fractions that read back as hh:mm:59.999.
  const minutes = Math.round(serial * 1440);
  const date = new Date(EXCEL_EPOCH_MS + minutes * 60_000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** "2019-12-02 12:00", the column's own format. */
export function formatWallClock(serial: number): string {
  const w = serialToWallClock(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
}

const TEXT_FORM = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?z?$/i;

export type TimestampParse =
  { kind: "serial"; value: number } | { kind: "empty" } | { kind: "invalid"; text: string };

/**
 * Reads a Lukket cell: an Excel serial (both hosts deliver dates as serials), or text
 * `2019-12-02 12:00` / `2019-12-02`.
 */
export function parseTimestamp(raw: RawCell): TimestampParse {
  if (raw === null || raw === undefined) return { kind: "empty" };
  if (isErrorCell(raw)) return { kind: "invalid", text: raw.error };
  if (typeof raw === "boolean") return { kind: "invalid", text: String(raw) };
  if (typeof raw === "number") {
    return Number.isFinite(raw) && raw >= 61 && raw < 2958466
      ? { kind: "serial", value: raw }
      : { kind: "invalid", text: String(raw) };
  }
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  const m = TEXT_FORM.exec(text);
  if (!m) return { kind: "invalid", text };
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0"].map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const back = new Date(ms);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || year < 1900) {
    return { kind: "invalid", text };
  }
  return { kind: "serial", value: (ms - EXCEL_EPOCH_MS) / DAY_MS };
}
