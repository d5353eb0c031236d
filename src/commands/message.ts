// What the ribbon command tells the user when a refresh fails: built from i18n in the function
// file, shown as plain text by the small dialog page (message.html).

import type { Language } from "../i18n";

export interface CommandMessage {
  lang: Language;
  title: string;
  lines: string[];
  ok: string;
}

/** Longest text per line and most lines carried in the dialog URL (kept well under URL limits). */
const MAX_LINE = 300;
const MAX_LINES = 8;

export function encodeMessage(message: CommandMessage): string {
  const clipped: CommandMessage = {
    ...message,
    lines: message.lines
      .slice(0, MAX_LINES)
      .map((line) => (line.length > MAX_LINE ? `${line.slice(0, MAX_LINE - 1)}…` : line)),
  };
  return encodeURIComponent(JSON.stringify(clipped));
}

/** The message from a `?m=` query value; null when missing or malformed. */
export function decodeMessage(value: string | null): CommandMessage | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<CommandMessage>;
    if (typeof parsed.title !== "string" || !Array.isArray(parsed.lines)) return null;
    return {
      lang: parsed.lang === "en" ? "en" : "da",
      title: parsed.title,
      lines: parsed.lines.filter((l): l is string => typeof l === "string"),
      ok: typeof parsed.ok === "string" ? parsed.ok : "OK",
    };
  } catch {
    return null;
  }
}
