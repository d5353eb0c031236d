// Problems found while reading a plan: each names where it is and carries an i18n key.

import type { YearMonth } from "./model";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** i18n message key, e.g. `core.diag.unknownStatus` (see src/i18n). */
  code: string;
  /** Values for the message's `{placeholders}`. */
  params?: Record<string, string | number>;
  /**
   * Placeholders that are months: formatted in the language the message is shown in (a
   * Danish plan's message read in English says "March 2024"), over the params of that name.
   */
  months?: Record<string, YearMonth>;
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  /** Column header as it appears in the sheet. */
  column?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
