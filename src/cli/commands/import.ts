// `statusoversigt import DOCUMENT.docx [-o PLAN.xlsx] [--round 2019-12] [--lang da|en]
// [--strict]`: a Word status document becomes the workbook contract's plan — sheet Plan with
// table Handlinger (IDs H-001 … filled) and sheet Indstillinger (Opret plan's descriptions), the name
// AktuelStatusdato, the status formatting and the overview.
//
// Exit codes: 0 written (doubts are warnings), 1 nothing written (not a .docx, protected, no
// table or header row, an existing output not named with -o, or --strict with any doubt), 2
// usage error.

import type { Language, YearMonth } from "../../core/model";
import { t } from "../../i18n";
import { PackageError } from "../../package/packageError";
import { EXIT_NOT_WRITTEN, EXIT_OK, line, type Command, type RunContext } from "../command";
import { printDiagnostics } from "../diagnostics";
import { usageError, type ParsedWords, type UsageError } from "../options";
import { parseLanguageOption, parseMonthOption } from "../values";
import { exists, readBytes, withExtension } from "../wordFiles";

export interface ImportInput {
  document: string;
  output?: string;
  round?: YearMonth;
  lang?: Language;
  strict: boolean;
}

function parse(words: ParsedWords): ImportInput | UsageError {
  const [document, ...extra] = words.positionals;
  if (document === undefined) return usageError("cli.usageError.noDocument");
  if (extra.length > 0) return usageError("cli.usageError.extraArgument", { argument: extra[0] });
  const { output, round, lang } = words.values;
  const input: ImportInput = { document, strict: words.values.strict === true };
  if (typeof output === "string") input.output = output;
  if (typeof lang === "string") {
    const parsed = parseLanguageOption(lang);
    if (typeof parsed !== "string") return parsed;
    input.lang = parsed;
  }
  if (typeof round === "string") {
    const parsed = parseMonthOption(round);
    if ("kind" in parsed) return parsed;
    input.round = parsed;
  }
  return input;
}

async function run(input: ImportInput, context: RunContext): Promise<number> {
  // Loaded here: `statusoversigt --help` must not pay for ExcelJS, JSZip or xmldom.
  const [word, imp, { describeSeededPlanSheet }, xlsx] = await Promise.all([
    import("../../word/node"),
    import("../../core/word/importDocument"),
    import("../../core/sheets/planRows"),
    import("../wordWorkbook"),
  ]);
  const { io, lang } = context;
  const output = input.output ?? withExtension(input.document, ".xlsx");
  if (input.output === undefined && (await exists(output))) {
    line(io.stderr, t(lang, "cli.error.outputExists", { path: output }));
    return EXIT_NOT_WRITTEN;
  }
  const bytes = await readBytes(input.document);
  let imported: Awaited<ReturnType<typeof word.importWordBytes>>;
  try {
    imported = await word.importWordBytes(bytes, input.lang ? { language: input.lang } : {});
  } catch (error) {
    if (error instanceof PackageError) error.filePath = input.document;
    if (!(error instanceof word.WordFileError)) throw error;
    line(io.stderr, `${input.document}: ${t(lang, `word.error.${error.problem}`)}`);
    return EXIT_NOT_WRITTEN;
  }
  if (!imported.ok) {
    line(io.stderr, `${input.document}: ${t(lang, imported.code)}`);
    return EXIT_NOT_WRITTEN;
  }

  const round = imp.importRound(imported, input.round);
  const doubts = [...imported.doubts];
  if (imported.markedCount > 0 && !round) {
    doubts.push({
      severity: "warning",
      code: "word.roundMissing",
      params: { count: imported.markedCount },
    });
  }
  printDiagnostics(context, doubts);
  if (input.strict && doubts.length > 0) {
    line(io.stderr, t(lang, "cli.error.strict", { count: doubts.length }));
    return EXIT_NOT_WRITTEN;
  }

  const plan = imp.importedPlan(imported, round);
  const settings = imp.importedSettings(imported, round);
  const planSheet = describeSeededPlanSheet(plan, settings.language);
  const result = await xlsx.saveImportedWorkbook(planSheet, settings, output);
  printDiagnostics(context, result.diagnostics);
  line(
    io.stdout,
    t(lang, "cli.import.written", {
      path: output,
      actions: imported.actionCount,
      focusAreas: plan.focusAreas.length,
      marked: imported.markedCount,
    })
  );
  return EXIT_OK;
}

export const importCommand: Command<ImportInput> = {
  name: "import",
  summaryKey: "cli.import.summary",
  helpKey: "cli.import.help",
  options: [
    { key: "output", flags: ["-o", "--output"], takesValue: true },
    { key: "round", flags: ["--round"], takesValue: true },
    { key: "strict", flags: ["--strict"], takesValue: false },
  ],
  parse,
  run,
};
