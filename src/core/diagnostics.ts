// Problems found while reading a plan: each names where it is and carries an i18n key.

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  /** i18n message key, e.g. `core.diag.unknownStatus` (see src/i18n). */
  code: string;
  /** Values for the message's `{placeholders}`. */
  params?: Record<string, string | number>;
  sheet?: string;
  /** 1-based sheet row. */
  row?: number;
  /** Column header as it appears in the sheet. */
  column?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
