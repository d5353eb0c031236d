// One option parser for every subcommand: each declares its options, this turns the words into
// values and positionals. Parsing never prints; a usage error is an i18n key
// (cli.usageError.*) with its parameters, shown by main.ts with the command's help.

export interface OptionSpec {
  /** Name of the value in the result, e.g. `output`. */
  key: string;
  /** Spellings, e.g. `["-o", "--output"]`. */
  flags: readonly string[];
  /** A value follows (`-o FILE`, `--output=FILE`); otherwise a switch. */
  takesValue: boolean;
}

export interface UsageError {
  kind: "usageError";
  key: string;
  params: Record<string, string>;
}

export interface ParsedWords {
  kind: "parsed";
  values: Record<string, string | true>;
  positionals: string[];
}

export function usageError(key: string, params: Record<string, string> = {}): UsageError {
  return { kind: "usageError", key, params };
}

/** Options every command accepts: the message language, and help. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { key: "lang", flags: ["--lang"], takesValue: true },
  { key: "help", flags: ["-h", "--help"], takesValue: false },
];

export function parseWords(
  argv: readonly string[],
  specs: readonly OptionSpec[]
): ParsedWords | UsageError {
  const byFlag = new Map<string, OptionSpec>();
  for (const spec of [...COMMON_OPTIONS, ...specs])
    for (const flag of spec.flags) byFlag.set(flag, spec);
  const values: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byFlag.get(flag);
    if (!spec) return usageError("cli.usageError.unknownOption", { option: arg });
    if (!spec.takesValue) {
      if (eq > 0) return usageError("cli.usageError.unexpectedValue", { option: flag });
      values[spec.key] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "")
      return usageError("cli.usageError.missingValue", { option: flag });
    values[spec.key] = value;
  }
  return { kind: "parsed", values, positionals };
}
