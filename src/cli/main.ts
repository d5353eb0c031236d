// The command line: `statusoversigt overview PLAN.xlsx [-o OUT.xlsx] [--status-date 2019-12]
// [--lang da|en] [--strict]`. Reads the plan through the ExcelJS adapter, runs the same use
// case as the add-in (refreshOverview) and saves the workbook with its overview.
//
// Exit codes: 0 written (warnings allowed), 1 nothing written (no plan, unreadable file, foreign
// Oversigt, unwritable output, or --strict with warnings), 2 usage error.

import type { Diagnostic } from "../core/diagnostics";
import { formatDiagnostic } from "../core/formatDiagnostic";
import type { Language } from "../core/model";
import { refreshOverview } from "../core/refresh";
import { langFromTag, t } from "../i18n";
import { openWorkbook, saveWorkbook, XlsxFileError } from "../xlsx/files";
import { applyStatusFormattingToWorkbook } from "../xlsx/statusFormatting";
import { XlsxWorkbookPort } from "../xlsx/XlsxWorkbookPort";
import { parseArgs, type OverviewCommand } from "./args";
import { defaultOutputPath } from "./outputPath";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Environment for LANG; defaults to process.env. */
  env?: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_NOT_WRITTEN = 1;
export const EXIT_USAGE = 2;

/** Language of the messages: --lang, else LANG (da…/en…, e.g. en_US.UTF-8), else Danish. */
export function messageLanguage(explicit: Language | undefined, env: CliIo["env"]): Language {
  if (explicit) return explicit;
  const tag = (env ?? process.env).LANG;
  return langFromTag(tag ? tag.replace(/_/g, "-") : tag);
}

function line(stream: { write(text: string): unknown }, text: string): void {
  stream.write(`${text}\n`);
}

function printDiagnostics(io: CliIo, diagnostics: readonly Diagnostic[], lang: Language): void {
  for (const d of diagnostics) {
    line(io.stderr, `${t(lang, `cli.severity.${d.severity}`)}: ${formatDiagnostic(d, lang)}`);
  }
}

function fileErrorMessage(error: XlsxFileError, lang: Language): string {
  return t(lang, `cli.error.${error.problem}`, { path: error.filePath, detail: error.detail });
}

async function runOverview(command: OverviewCommand, io: CliIo, lang: Language): Promise<number> {
  const output = command.output ?? defaultOutputPath(command.plan);
  const workbook = await openWorkbook(command.plan);
  const port = new XlsxWorkbookPort(workbook);
  // Like --status-date, --lang overrides the workbook's setting (Sprog) for this output: it sets
  // the overview's language as well as the messages'. Without it the workbook's setting rules.
  const result = await refreshOverview(port, {
    ...(command.statusDate ? { statusDate: command.statusDate } : {}),
    ...(command.lang ? { language: command.lang } : {}),
  });
  printDiagnostics(io, result.diagnostics, lang);
  if (!result.written) {
    line(io.stderr, t(lang, "cli.error.notWritten"));
    return EXIT_NOT_WRITTEN;
  }
  // The output carries the plan's status formatting too (choice list, current-round colour,
  // canonical symbols), as the add-in's button gives it. Only its own findings are printed:
  // the plan's problems were reported above already.
  if (command.statusFormatting) {
    const formatting = applyStatusFormattingToWorkbook(workbook, { language: command.lang });
    const own = formatting.diagnostics.filter((d) => !d.code.startsWith("core."));
    printDiagnostics(io, own, lang);
    if (formatting.symbolsChanged > 0) {
      line(io.stdout, t(lang, "cli.symbolsChanged", { count: formatting.symbolsChanged }));
    }
  }
  const warnings = result.diagnostics.filter((d) => d.severity !== "info").length;
  if (command.strict && warnings > 0) {
    line(io.stderr, t(lang, "cli.error.strict", { count: warnings }));
    return EXIT_NOT_WRITTEN;
  }
  await saveWorkbook(workbook, output);
  line(io.stdout, t(lang, "cli.written", { path: output }));
  return EXIT_OK;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  const lang = messageLanguage(args.lang, io.env);
  if (args.kind === "help") {
    io.stdout.write(`${t(lang, "cli.usage")}\n`);
    return EXIT_OK;
  }
  if (args.kind === "usageError") {
    line(io.stderr, t(lang, args.key, args.params));
    io.stderr.write(`${t(lang, "cli.usage")}\n`);
    return EXIT_USAGE;
  }
  try {
    return await runOverview(args, io, lang);
  } catch (error) {
    // Clear message, no stack: file problems are explained, anything else is reported briefly.
    if (error instanceof XlsxFileError) line(io.stderr, fileErrorMessage(error, lang));
    else {
      const detail = error instanceof Error ? error.message : String(error);
      line(io.stderr, t(lang, "cli.error.unexpected", { detail }));
    }
    return EXIT_NOT_WRITTEN;
  }
}

/** Runs with the process's arguments and streams and sets the exit code. */
export function runFromProcess(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return main(argv, { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) void runFromProcess();
