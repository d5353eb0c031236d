// One line per diagnostic for people: "<sheet>, række <row>, kolonne <column>: <message>".

import { formatMonth } from "./dates";
import type { Diagnostic } from "./diagnostics";
import { t } from "../i18n";
import type { Language } from "./model";

/** The location parts present, then the message; just the message when it has no location. */
export function formatDiagnostic(d: Diagnostic, lang: Language): string {
  const location: string[] = [];
  if (d.sheet) location.push(d.sheet);
  if (d.row !== undefined) location.push(t(lang, "core.location.row", { row: d.row }));
  if (d.column) location.push(t(lang, "core.location.column", { column: d.column }));
  const months = Object.entries(d.months ?? {}).map(([k, m]) => [k, formatMonth(m, lang)]);
  const message = t(lang, d.code, { ...d.params, ...Object.fromEntries(months) });
  return location.length > 0 ? `${location.join(", ")}: ${message}` : message;
}
