// `statusoversigt close-round PLAN.xlsx [--round YYYY-MM] [--next YYYY-MM] [-o OUT.xlsx]`:
// fills the plan's empty IDs, snapshots every action into table Statusrunder (sheet Historik)
// for the round, optionally starts the next round, rebuilds the overview, and saves — to a new
// file by default, the input untouched (the same output rules as `overview`).
//
// Exit codes: 0 written, 1 nothing written (no plan, a history with a missing column, a sheet
// Historik that is not the add-in's, unreadable file, unwritable output), 2 usage error.

import "../roundsMessages";
import type { YearMonth } from "../../core/model";
import { formatMonth } from "../../core/dates";
import { formatDiagnostic } from "../../core/formatDiagnostic";
import { t } from "../../i18n";
import { EXIT_NOT_WRITTEN, EXIT_OK, line, type Command, type RunContext } from "../command";
import { printDiagnostics } from "../diagnostics";
import { usageError, type ParsedWords, type UsageError } from "../options";
import { defaultOutputPath } from "../outputPath";
import { saveOutput } from "../saveOutput";
import { parseMonthOption } from "../values";

export interface CloseRoundInput {
  plan: string;
  output?: string;
  round?: YearMonth;
  next?: YearMonth;
  /** Write over the input file (-o) even when the output lacks some of its content. */
  force: boolean;
}

function parse(words: ParsedWords): CloseRoundInput | UsageError {
  const [plan, ...extra] = words.positionals;
  if (plan === undefined) return usageError("cli.usageError.noPlanFor", { command: "close-round" });
  if (extra.length > 0) return usageError("cli.usageError.extraArgument", { argument: extra[0] });
  const input: CloseRoundInput = { plan, force: words.values.force === true };
  const { output, round, next } = words.values;
  if (typeof output === "string") input.output = output;
  for (const [key, value] of [
    ["round", round],
    ["next", next],
  ] as const) {
    if (typeof value !== "string") continue;
    const parsed = parseMonthOption(value);
    if ("kind" in parsed) return parsed;
    input[key] = parsed;
  }
  return input;
}

async function run(input: CloseRoundInput, context: RunContext): Promise<number> {
  const [{ closeRound }, { refreshOverview }, { GENERATED_SHEETS }, files, port, formatting] =
    await Promise.all([
      import("../../core/rounds/useCases"),
      import("../../core/refresh"),
      import("../../core/port"),
      import("../../xlsx/files"),
      import("../../xlsx/XlsxWorkbookPort"),
      import("../../xlsx/statusFormatting"),
    ]);
  const { io, lang } = context;
  const output = input.output ?? defaultOutputPath(input.plan);
  const workbook = await files.openWorkbook(input.plan, {
    dropGeneratedSheets: [GENERATED_SHEETS.overview],
  });
  const xlsx = new port.XlsxWorkbookPort(workbook);
  const result = await closeRound(xlsx, {
    ...(input.round ? { round: input.round } : {}),
    ...(input.next ? { next: input.next } : {}),
  });
  const diagnostics = [...result.diagnostics];
  if (result.written) {
    // The overview is rebuilt too (for the round now current), and the output carries the
    // plan's status formatting, as `overview` gives it. Findings already printed are not
    // repeated.
    const refreshed = await refreshOverview(xlsx, {});
    const applied = formatting.applyStatusFormattingToWorkbook(workbook, {
      currentStatusDate: refreshed.statusDate ?? undefined,
    });
    const seen = new Set(diagnostics.map((d) => formatDiagnostic(d, lang)));
    for (const d of [...refreshed.diagnostics, ...applied.diagnostics]) {
      const text = formatDiagnostic(d, lang);
      if (!seen.has(text)) {
        seen.add(text);
        diagnostics.push(d);
      }
    }
  }
  printDiagnostics(context, diagnostics);
  if (!result.written || !result.round) {
    line(io.stderr, t(lang, "cli.closeRound.notWritten"));
    return EXIT_NOT_WRITTEN;
  }
  if (!(await saveOutput(context, files, workbook, output, input.force))) return EXIT_NOT_WRITTEN;
  const round = formatMonth(result.round, lang);
  if (result.replaced) line(io.stdout, t(lang, "cli.closeRound.replaced", { round }));
  line(
    io.stdout,
    t(lang, "cli.closeRound.written", {
      round,
      actions: result.actions,
      ids: result.newIds,
      path: output,
    })
  );
  if (input.next)
    line(io.stdout, t(lang, "cli.closeRound.next", { round: formatMonth(input.next, lang) }));
  return EXIT_OK;
}

export const closeRoundCommand: Command<CloseRoundInput> = {
  name: "close-round",
  summaryKey: "cli.closeRound.summary",
  helpKey: "cli.closeRound.help",
  options: [
    { key: "output", flags: ["-o", "--output"], takesValue: true },
    { key: "round", flags: ["--round"], takesValue: true },
    { key: "next", flags: ["--next"], takesValue: true },
    { key: "force", flags: ["--force"], takesValue: false },
  ],
  parse,
  run,
};
