// `statusoversigt requests PLAN.xlsx [--round YYYY-MM] [--json]`: per owner (column Ansvarlig)
// the actions to update in the round, then the unassigned ones, for a mail merge or a Power
// Automate flow. Reads the file and writes nothing. With --json it prints exactly the contract
// of src/core/requests/json.ts.
//
// Exit codes (those of `changes`): 0 done, 1 nothing done (unreadable file or plan, no round),
// 2 usage error.

import "../requestsMessages";
import type { YearMonth } from "../../core/model";
import type { RequestAction, RequestList } from "../../core/requests/requests";
import { formatMonth } from "../../core/dates";
import { t, type Language } from "../../i18n";
import { EXIT_NOT_WRITTEN, EXIT_OK, line, type Command, type RunContext } from "../command";
import { printDiagnostics } from "../diagnostics";
import { usageError, type ParsedWords, type UsageError } from "../options";
import { parseMonthOption } from "../values";

export interface RequestsInput {
  plan: string;
  round?: YearMonth;
  json: boolean;
}

function parse(words: ParsedWords): RequestsInput | UsageError {
  const [plan, ...extra] = words.positionals;
  if (plan === undefined) return usageError("cli.usageError.noPlanFor", { command: "requests" });
  if (extra.length > 0) return usageError("cli.usageError.extraArgument", { argument: extra[0] });
  const input: RequestsInput = { plan, json: words.values.json === true };
  const { round } = words.values;
  if (typeof round === "string") {
    const parsed = parseMonthOption(round);
    if ("kind" in parsed) return parsed;
    input.round = parsed;
  }
  return input;
}

function count(lang: Language, n: number): string {
  return n === 1 ? t(lang, "cli.requests.countOne") : t(lang, "cli.requests.count", { count: n });
}

function actionLine(lang: Language, a: RequestAction): string {
  const status = a.status ?? t(lang, "cli.requests.noStatus");
  const id = a.id ? `${a.id}  ` : "";
  return `  ${id}${t(lang, "cli.requests.row", { row: a.row })}  ${a.focusArea} / ${a.initiative}: ${a.action}  [${status}]`;
}

/** The readable list: a title, each owner with their actions, then the unassigned. */
export function formatRequestsText(list: RequestList, lang: Language): string {
  const round = formatMonth(list.round, lang);
  const assigned = new Set(list.owners.flatMap((o) => o.actions.map((a) => a.row))).size;
  if (list.owners.length === 0 && list.unassigned.length === 0)
    return `${t(lang, "cli.requests.none", { round })}\n`;
  const lines = [
    t(lang, "cli.requests.title", {
      round,
      owners: list.owners.length,
      assigned,
      unassigned: list.unassigned.length,
    }),
  ];
  for (const owner of list.owners) {
    const who = owner.name ? `${owner.name} <${owner.email}>` : owner.email;
    lines.push("", `${who} — ${count(lang, owner.actions.length)}`);
    lines.push(...owner.actions.map((a) => actionLine(lang, a)));
  }
  if (list.unassigned.length > 0) {
    lines.push(
      "",
      `${t(lang, "cli.requests.unassigned")} — ${count(lang, list.unassigned.length)}`
    );
    lines.push(...list.unassigned.map((a) => actionLine(lang, a)));
  }
  return `${lines.join("\n")}\n`;
}

async function run(input: RequestsInput, context: RunContext): Promise<number> {
  const [requests, json, files, port] = await Promise.all([
    import("../../core/requests/readRequests"),
    import("../../core/requests/json"),
    import("../../xlsx/files"),
    import("../../xlsx/XlsxWorkbookPort"),
  ]);
  const { io, lang } = context;
  const workbook = await files.openWorkbook(input.plan);
  const raw = await new port.XlsxWorkbookPort(workbook).read();
  const read = requests.readRequests(raw, input.round ? { round: input.round } : {});
  printDiagnostics(context, read.diagnostics);
  if (!read.ok || !read.list) {
    line(io.stderr, t(lang, "cli.requests.failed"));
    return EXIT_NOT_WRITTEN;
  }
  if (input.json) io.stdout.write(`${JSON.stringify(json.requestsJson(read.list))}\n`);
  else io.stdout.write(formatRequestsText(read.list, lang));
  return EXIT_OK;
}

export const requestsCommand: Command<RequestsInput> = {
  name: "requests",
  summaryKey: "cli.requests.summary",
  helpKey: "cli.requests.help",
  options: [
    { key: "round", flags: ["--round"], takesValue: true },
    { key: "json", flags: ["--json"], takesValue: false },
  ],
  parse,
  run,
};
