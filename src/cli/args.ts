// Command-line arguments: `overview PLAN.xlsx [-o OUT.xlsx] [--status-date 2019-12]
// [--lang da|en] [--strict] [--no-status-formatting]`, or `--help`. Parsing never prints; main() turns results into text.

import { parseMonth } from "../core/dates";
import type { Language, YearMonth } from "../core/model";

export interface OverviewCommand {
  kind: "overview";
  plan: string;
  output?: string;
  statusDate?: YearMonth;
  lang?: Language;
  strict: boolean;
  /** Apply the plan's status formatting in the output (default); off with --no-status-formatting. */
  statusFormatting: boolean;
}

export type ParsedArgs =
  | OverviewCommand
  | { kind: "help"; lang?: Language }
  /** A usage error: an i18n key (cli.usageError.*) and its parameters. */
  | { kind: "usageError"; key: string; params: Record<string, string>; lang?: Language };

export const COMMANDS = ["overview"] as const;

const VALUE_OPTIONS: Record<string, "output" | "statusDate" | "lang"> = {
  "-o": "output",
  "--output": "output",
  "--status-date": "statusDate",
  "--lang": "lang",
};

function parseLang(value: string): Language | null {
  const v = value.trim().toLowerCase();
  return v === "da" || v === "en" ? v : null;
}

/** The --lang value if given and valid, so usage errors can be shown in that language. */
function preScanLang(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value =
      arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined) return parseLang(value) ?? undefined;
  }
  return undefined;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = preScanLang(argv);
  const fail = (key: string, params: Record<string, string> = {}): ParsedArgs => ({
    kind: "usageError",
    key,
    params,
    lang,
  });
  if (argv.some((arg) => arg === "-h" || arg === "--help")) return { kind: "help", lang };

  const positional: string[] = [];
  const values: { output?: string; statusDate?: string; lang?: string } = {};
  let strict = false;
  let statusFormatting = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--strict") {
      strict = true;
      continue;
    }
    if (arg === "--no-status-formatting") {
      statusFormatting = false;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const field = VALUE_OPTIONS[name];
    if (field) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "")
        return fail("cli.usageError.missingValue", { option: name });
      values[field] = value;
      continue;
    }
    if (arg.startsWith("-") && arg !== "-")
      return fail("cli.usageError.unknownOption", { option: arg });
    positional.push(arg);
  }

  if (positional.length === 0) return fail("cli.usageError.noCommand");
  const [command, plan, ...extra] = positional;
  if (command !== "overview") return fail("cli.usageError.unknownCommand", { command });
  if (plan === undefined) return fail("cli.usageError.noPlan");
  if (extra.length > 0) return fail("cli.usageError.extraArgument", { argument: extra[0] });

  const result: OverviewCommand = { kind: "overview", plan, strict, statusFormatting };
  if (values.output !== undefined) result.output = values.output;
  if (values.lang !== undefined) {
    const parsed = parseLang(values.lang);
    if (!parsed) return fail("cli.usageError.lang", { value: values.lang });
    result.lang = parsed;
  }
  if (values.statusDate !== undefined) {
    const parsed = parseMonth(values.statusDate);
    if (parsed.kind !== "month")
      return fail("cli.usageError.statusDate", { value: values.statusDate });
    result.statusDate = parsed.value;
  }
  return result;
}
