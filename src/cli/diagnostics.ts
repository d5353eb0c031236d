// Diagnostics on stderr, one line each: "advarsel: Plan, række 4, kolonne Status: …".

import type { Diagnostic } from "../core/diagnostics";
import { formatDiagnostic } from "../core/formatDiagnostic";
import { t } from "../i18n";
import { line, type RunContext } from "./command";

export function printDiagnostics(context: RunContext, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const severity = t(context.lang, `cli.severity.${d.severity}`);
    line(context.io.stderr, `${severity}: ${formatDiagnostic(d, context.lang)}`);
  }
}

/**
 * --strict: every warning or error printed counts; when there is any, says so and returns true
 * (the command then writes nothing and exits 1).
 */
export function refusedByStrict(
  context: RunContext,
  strict: boolean,
  diagnostics: readonly Diagnostic[]
): boolean {
  const problems = diagnostics.filter((d) => d.severity !== "info").length;
  if (!strict || problems === 0) return false;
  line(context.io.stderr, t(context.lang, "cli.error.strict", { count: problems }));
  return true;
}
