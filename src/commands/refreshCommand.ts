// The ribbon's "Opdater oversigt" (ExecuteFunction): refreshes without the pane. When it fails
// the user is told why in a small dialog; event.completed() is called in every case.

import type { Diagnostic } from "../core/diagnostics";
import { formatDiagnostic } from "../core/formatDiagnostic";
import type { AddinOperations, RefreshOutcome } from "../core/operations";
import { t, type Language } from "../i18n";
import { errorMessage } from "../core/errorMessage";
import type { CommandMessage } from "./message";

/** How many problems the dialog lists before pointing to the pane. */
const PROBLEMS_SHOWN = 5;

/**
 * An ExecuteFunction command's runtime lives at most 5 minutes in total ("Add-in commands":
 * the function must call event.completed() within that time), counted from the click.
 */
export const COMMAND_LIFETIME_MS = 5 * 60_000;
/** Time kept back to call event.completed() before the runtime ends. */
const COMPLETION_MARGIN_MS = 10_000;

export interface CommandEvent {
  completed(options?: unknown): void;
}

export interface RefreshCommandDeps {
  /** Created on first use, after Office is ready. */
  operations: () => AddinOperations;
  lang: () => Language;
  /**
   * Shows the message; resolves when the user has closed it, when it could not be shown, or
   * after `waitMs` at the latest (what is left of the command's lifetime).
   */
  showMessage: (message: CommandMessage, waitMs: number) => Promise<void>;
  /** Clock in milliseconds (tests); default Date.now. */
  now?: () => number;
}

function message(lang: Language, lines: string[]): CommandMessage {
  return {
    lang,
    title: t(lang, "taskpane.command.failedTitle"),
    lines: [...lines, t(lang, "taskpane.command.openPane")],
    ok: t(lang, "taskpane.command.ok"),
  };
}

/** The message for an outcome that did not write the overview (errors in the plan). */
export function notWrittenMessage(outcome: RefreshOutcome, lang: Language): CommandMessage {
  const severityRank = (d: Diagnostic) =>
    d.severity === "error" ? 0 : d.severity === "warning" ? 1 : 2;
  const problems = [...outcome.diagnostics].sort((a, b) => severityRank(a) - severityRank(b));
  const lines = [t(lang, "taskpane.command.notWritten")];
  lines.push(...problems.slice(0, PROBLEMS_SHOWN).map((d) => formatDiagnostic(d, lang)));
  if (problems.length > PROBLEMS_SHOWN) {
    lines.push(t(lang, "taskpane.command.more", { count: problems.length - PROBLEMS_SHOWN }));
  }
  return message(lang, lines);
}

export function errorCommandMessage(error: unknown, lang: Language): CommandMessage {
  return message(lang, [errorMessage(error, lang)]);
}

export function createRefreshCommand(
  deps: RefreshCommandDeps
): (event: CommandEvent) => Promise<void> {
  const now = deps.now ?? Date.now;
  return async (event) => {
    const started = now();
    try {
      let failure: CommandMessage | null = null;
      try {
        // Bounded: the write must fit in what is left of the command's lifetime.
        const outcome = await deps
          .operations()
          .refreshOverview({ deadline: started + COMMAND_LIFETIME_MS - COMPLETION_MARGIN_MS });
        if (!outcome.written) {
          failure = notWrittenMessage(outcome, deps.lang());
        }
      } catch (error) {
        console.error("refreshOverview failed", error);
        failure = errorCommandMessage(error, deps.lang());
      }
      if (failure) {
        const left = started + COMMAND_LIFETIME_MS - COMPLETION_MARGIN_MS - now();
        await deps.showMessage(failure, Math.max(0, left));
      }
    } catch (error) {
      // Showing the message failed too: nothing more the user can be shown from here.
      console.error("refreshOverview: could not show the failure", error);
    } finally {
      event.completed();
    }
  };
}
