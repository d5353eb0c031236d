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
