// `statusoversigt export PLAN.xlsx [-o STATUS.docx] [--status-date 2019-12 | --round 2019-09]
// [--lang da|en] [--strict]`: the overview as the familiar Word document (core description,
// docx package); with --round, a closed round's from the history (Historik). The plan file is
// only read. Exit codes: 0 written, 1 nothing written (also: a round the history does not hold,
// a history with a missing column), 2 usage error (also: --round with --status-date, since a
// round's document is marked for that round).

import type { Language, YearMonth } from "../../core/model";
import { t } from "../../i18n";
import { EXIT_NOT_WRITTEN, EXIT_OK, line, type Command, type RunContext } from "../command";
import { usageError, type ParsedWords, type UsageError } from "../options";
import { parseLanguageOption, parseMonthOption } from "../values";
import { printDiagnostics, refusedByStrict } from "../diagnostics";
import { exists, withExtension, writeBytes } from "../wordFiles";

export interface ExportInput {
  plan: string;
  output?: string;
  statusDate?: YearMonth;
  /** Export this closed round from the history instead of the plan as it is. */
  round?: YearMonth;
  lang?: Language;
  strict: boolean;
}

function parse(words: ParsedWords): ExportInput | UsageError {
  const [plan, ...extra] = words.positionals;
  if (plan === undefined) return usageError("cli.usageError.noPlan");
  if (extra.length > 0) return usageError("cli.usageError.extraArgument", { argument: extra[0] });
  const { output, statusDate, lang, round } = words.values;
  const input: ExportInput = { plan, strict: words.values.strict === true };
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
    if (input.statusDate) return usageError("cli.usageError.roundWithStatusDate");
    const parsed = parseMonthOption(round);
    if ("kind" in parsed) return parsed;
    input.round = parsed;
  }
  return input;
}

async function run(input: ExportInput, context: RunContext): Promise<number> {
  // Loaded here: `statusoversigt --help` must not pay for ExcelJS or the docx package.
  const [
    { describeOverviewDocument },
    { describeRoundDocument },
    { GENERATED_SHEETS },
    files,
    port,
    { writeDocx },
  ] = await Promise.all([
    import("../../core/word/exportUseCase"),
    import("../../core/word/roundDocument"),
    import("../../core/port"),
    import("../../xlsx/files"),
    import("../../xlsx/XlsxWorkbookPort"),
    import("../../word/writeDocx"),
  ]);
  const { io, lang } = context;
  const output = input.output ?? withExtension(input.plan, ".docx");
  if (input.output === undefined && (await exists(output))) {
    line(io.stderr, t(lang, "cli.error.outputExists", { path: output }));
    return EXIT_NOT_WRITTEN;
  }
  // The overview is not read: its XML is dropped unparsed.
  const workbook = await files.openWorkbook(input.plan, {
    dropGeneratedSheets: [GENERATED_SHEETS.overview],
  });
  const workbookPort = new port.XlsxWorkbookPort(workbook);
  const language = input.lang ? { language: input.lang } : {};
  const result = input.round
    ? await describeRoundDocument(workbookPort, input.round, language)
    : await describeOverviewDocument(workbookPort, {
        ...(input.statusDate ? { statusDate: input.statusDate } : {}),
        ...language,
      });
  printDiagnostics(context, result.diagnostics);
  if (!result.document) {
    line(io.stderr, t(lang, input.round ? "cli.export.roundNotWritten" : "cli.export.notWritten"));
    return EXIT_NOT_WRITTEN;
  }
  if (refusedByStrict(context, input.strict, result.diagnostics)) return EXIT_NOT_WRITTEN;
  await writeBytes(output, await writeDocx(result.document));
  line(io.stdout, t(lang, "cli.export.written", { path: output }));
  return EXIT_OK;
}

export const exportCommand: Command<ExportInput> = {
  name: "export",
  summaryKey: "cli.export.summary",
  helpKey: "cli.export.help",
  options: [
    { key: "output", flags: ["-o", "--output"], takesValue: true },
    { key: "statusDate", flags: ["--status-date"], takesValue: true },
    { key: "round", flags: ["--round"], takesValue: true },
    { key: "strict", flags: ["--strict"], takesValue: false },
  ],
  parse,
  run,
};
