// `statusoversigt overview PLAN.xlsx [-o OUT.xlsx] [--status-date 2019-12] [--lang da|en]
// [--strict] [--no-status-formatting]`: reads the plan through the ExcelJS adapter, runs the
// same use case as the add-in (refreshOverview) and saves the workbook with its overview.
//
// Exit codes: 0 written (warnings allowed), 1 nothing written (no plan, unreadable file, foreign
// Oversigt, unwritable output, or --strict with any warning), 2 usage error.

import type { Language, YearMonth } from "../../core/model";
import { t } from "../../i18n";
import { EXIT_NOT_WRITTEN, EXIT_OK, line, type Command, type RunContext } from "../command";
import { printDiagnostics, refusedByStrict } from "../diagnostics";
import { usageError, type ParsedWords, type UsageError } from "../options";
import { parseLanguageOption, parseMonthOption } from "../values";
import { defaultOutputPath } from "../outputPath";
import { saveOutput } from "../saveOutput";

export interface OverviewInput {
  plan: string;
  output?: string;
  statusDate?: YearMonth;
  lang?: Language;
  strict: boolean;
  /** Apply the plan's status formatting in the output (default); off with --no-status-formatting. */
  statusFormatting: boolean;
  /** Build the overview of this closed round from the history (Historik) instead. */
  round?: YearMonth;
  /** Write over the input file (-o) even when the output lacks some of its content. */
  force: boolean;
}

function parse(words: ParsedWords): OverviewInput | UsageError {
  const [plan, ...extra] = words.positionals;
  if (plan === undefined) return usageError("cli.usageError.noPlan");
  if (extra.length > 0) return usageError("cli.usageError.extraArgument", { argument: extra[0] });
  const { output, statusDate, lang, round } = words.values;
  const input: OverviewInput = {
    plan,
    strict: words.values.strict === true,
    statusFormatting: words.values.noStatusFormatting !== true,
    force: words.values.force === true,
  };
  if (typeof output === "string") input.output = output;
  if (typeof lang === "string") {
    const parsed = parseLanguageOption(lang);
    if (typeof parsed !== "string") return parsed;
    input.lang = parsed;
  }
  if (typeof statusDate === "string") {
    const parsed = parseMonthOption(statusDate);
    if ("kind" in parsed) return parsed;
    input.statusDate = parsed;
  }
  if (typeof round === "string") {
    const parsed = parseMonthOption(round);
    if ("kind" in parsed) return parsed;
    input.round = parsed;
  }
  return input;
}

async function run(input: OverviewInput, context: RunContext): Promise<number> {
  // Loaded here, not at the top: `statusoversigt --help` must not pay for ExcelJS.
  const [{ refreshOverview }, { GENERATED_SHEETS }, files, port, formatting] = await Promise.all([
    import("../../core/refresh"),
    import("../../core/port"),
    import("../../xlsx/files"),
    import("../../xlsx/XlsxWorkbookPort"),
    import("../../xlsx/statusFormatting"),
  ]);
  const { io, lang } = context;
  const output = input.output ?? defaultOutputPath(input.plan);
  // The old overview is rebuilt anyway: its XML is dropped unparsed (the bulk of a rebuild).
  const workbook = await files.openWorkbook(input.plan, {
    dropGeneratedSheets: [GENERATED_SHEETS.overview],
  });

  if (input.round) return runForRound(input, input.round, output, context);

  // Like --status-date, --lang overrides the workbook's setting (Sprog) for this output: it sets
  // the overview's language as well as the messages'. Without it the workbook's setting rules.
  const result = await refreshOverview(new port.XlsxWorkbookPort(workbook), {
    ...(input.statusDate ? { statusDate: input.statusDate } : {}),
    ...(input.lang ? { language: input.lang } : {}),
  });
  const diagnostics = [...result.diagnostics];
  let symbols = { changed: 0, sheet: "" };
  if (result.written && input.statusFormatting) {
    // The output carries the plan's status formatting too, as the add-in's button gives it,
    // with the name its current-round rule refers to, for the round the overview marks. Only
    // the formatting's own findings are added: the plan's are among the refresh's already.
    const applied = formatting.applyStatusFormattingToWorkbook(workbook, {
      language: input.lang,
      currentStatusDate: result.statusDate ?? undefined,
    });
    diagnostics.push(...applied.diagnostics.filter((d) => !d.code.startsWith("core.")));
    symbols = { changed: applied.symbolsChanged, sheet: applied.sheet ?? "" };
  }
  printDiagnostics(context, diagnostics);
  if (!result.written) {
    line(io.stderr, t(lang, "cli.error.notWritten"));
    return EXIT_NOT_WRITTEN;
  }
  if (refusedByStrict(context, input.strict, diagnostics)) return EXIT_NOT_WRITTEN;
  if (!(await saveOutput(context, files, workbook, output, input.force))) return EXIT_NOT_WRITTEN;
  line(io.stdout, t(lang, "cli.written", { path: output }));
  // Said only once saved: the symbols are rewritten in the saved copy.
  if (symbols.changed > 0) {
    line(
      io.stdout,
      t(lang, "cli.symbolsChanged", { count: symbols.changed, sheet: symbols.sheet })
    );
  }
  return EXIT_OK;
}

/**
 * `--round`: the overview as the history holds that closed round, marked as that round's (the
 * plan's own status formatting is left as it is: it belongs to the current round).
 */
async function runForRound(
  input: OverviewInput,
  round: YearMonth,
  output: string,
  context: RunContext
): Promise<number> {
  const [{ overviewForRound }, { GENERATED_SHEETS }, files, port] = await Promise.all([
    import("../../core/rounds/useCases"),
    import("../../core/port"),
    import("../../xlsx/files"),
    import("../../xlsx/XlsxWorkbookPort"),
  ]);
  const { io, lang } = context;
  const workbook = await files.openWorkbook(input.plan, {
    dropGeneratedSheets: [GENERATED_SHEETS.overview],
  });
  const result = await overviewForRound(new port.XlsxWorkbookPort(workbook), round, {
    ...(input.lang ? { language: input.lang } : {}),
  });
  printDiagnostics(context, result.diagnostics);
  if (!result.written) {
    line(io.stderr, t(lang, "cli.error.notWritten"));
    return EXIT_NOT_WRITTEN;
  }
  if (refusedByStrict(context, input.strict, result.diagnostics)) return EXIT_NOT_WRITTEN;
  if (!(await saveOutput(context, files, workbook, output, input.force))) return EXIT_NOT_WRITTEN;
  line(io.stdout, t(lang, "cli.written", { path: output }));
  return EXIT_OK;
}

export const overviewCommand: Command<OverviewInput> = {
  name: "overview",
  summaryKey: "cli.overview.summary",
  helpKey: "cli.overview.help",
  options: [
    { key: "output", flags: ["-o", "--output"], takesValue: true },
    { key: "statusDate", flags: ["--status-date"], takesValue: true },
    { key: "strict", flags: ["--strict"], takesValue: false },
    { key: "noStatusFormatting", flags: ["--no-status-formatting"], takesValue: false },
    { key: "round", flags: ["--round"], takesValue: true },
    { key: "force", flags: ["--force"], takesValue: false },
  ],
  parse,
  run,
};
