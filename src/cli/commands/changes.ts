// `statusoversigt changes PLAN.xlsx [--from YYYY-MM] [--to YYYY-MM|now] [--json] [-o OUT.xlsx]`:
// what changed from one closed round (default: the last) to a later one or now (default: the
// plan as it is). Prints a readable table, or with --json the contract's JSON; with -o it also
// writes the sheet Ændringer into a copy of the workbook (the input is never changed). ExcelJS
// cannot write charts: the file gets the counts tables, and the add-in's *Skriv ændringsark*
// adds the native charts.
//
// Exit codes: 0 done, 1 nothing done (an unknown round, a history with a missing column,
// duplicate IDs, unreadable file, unwritable output), 2 usage error.

import "../roundsMessages";
import type { YearMonth } from "../../core/model";
import type { RoundRef } from "../../core/rounds/model";
import { t } from "../../i18n";
import { EXIT_NOT_WRITTEN, EXIT_OK, line, type Command, type RunContext } from "../command";
import { printDiagnostics } from "../diagnostics";
import { usageError, type ParsedWords, type UsageError } from "../options";
import { saveOutput } from "../saveOutput";
import { parseMonthOption } from "../values";

export interface ChangesInput {
  plan: string;
  output?: string;
  from?: YearMonth;
  to?: RoundRef;
  json: boolean;
  /** Write over the input file (-o) even when the output lacks some of its content. */
  force: boolean;
}

function parse(words: ParsedWords): ChangesInput | UsageError {
  const [plan, ...extra] = words.positionals;
  if (plan === undefined) return usageError("cli.usageError.noPlanFor", { command: "changes" });
  if (extra.length > 0) return usageError("cli.usageError.extraArgument", { argument: extra[0] });
  const input: ChangesInput = {
    plan,
    json: words.values.json === true,
    force: words.values.force === true,
  };
  const { output, from, to } = words.values;
  if (typeof output === "string") input.output = output;
  if (typeof from === "string") {
    const parsed = parseMonthOption(from);
    if ("kind" in parsed) return parsed;
    input.from = parsed;
  }
  if (typeof to === "string") {
    if (to.trim().toLowerCase() === "now") input.to = "now";
    else {
      const parsed = parseMonthOption(to);
      if ("kind" in parsed) return parsed;
      input.to = parsed;
    }
  }
  return input;
}

async function run(input: ChangesInput, context: RunContext): Promise<number> {
  const [rounds, files, port] = await Promise.all([
    import("../../core/rounds"),
    import("../../xlsx/files"),
    import("../../xlsx/XlsxWorkbookPort"),
  ]);
  const { io, lang } = context;
  const workbook = await files.openWorkbook(input.plan);
  const xlsx = new port.XlsxWorkbookPort(workbook);
  const result = await rounds.compareRounds(xlsx, {
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
    writeSheet: input.output !== undefined,
    ...(context.explicitLang ? { language: context.explicitLang } : {}),
  });
  printDiagnostics(context, result.diagnostics);
  if (!result.ok || !result.from) {
    line(io.stderr, t(lang, "cli.changes.failed"));
    return EXIT_NOT_WRITTEN;
  }
  if (input.output !== undefined && !result.written) {
    line(io.stderr, t(lang, "cli.changes.failed"));
    return EXIT_NOT_WRITTEN;
  }
  if (input.json) {
    io.stdout.write(`${JSON.stringify(rounds.changesJson({ ...result, from: result.from }))}\n`);
  } else {
    io.stdout.write(rounds.formatChangesText(result, lang));
  }
  if (input.output !== undefined) {
    if (!(await saveOutput(context, files, workbook, input.output, input.force)))
      return EXIT_NOT_WRITTEN;
    // Said on stderr with --json, so stdout stays pure JSON.
    const out = input.json ? io.stderr : io.stdout;
    line(out, t(lang, "cli.changes.written", { path: input.output }));
    line(out, t(lang, "cli.changes.noCharts"));
  }
  return EXIT_OK;
}

export const changesCommand: Command<ChangesInput> = {
  name: "changes",
  summaryKey: "cli.changes.summary",
  helpKey: "cli.changes.help",
  options: [
    { key: "output", flags: ["-o", "--output"], takesValue: true },
    { key: "from", flags: ["--from"], takesValue: true },
    { key: "to", flags: ["--to"], takesValue: true },
    { key: "json", flags: ["--json"], takesValue: false },
    { key: "force", flags: ["--force"], takesValue: false },
  ],
  parse,
  run,
};
