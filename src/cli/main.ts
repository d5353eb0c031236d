// The command line: `statusoversigt COMMAND [options]`, `statusoversigt --help`, and
// `statusoversigt COMMAND --help`. Finds the command in the registry, parses its options,
// prints usage errors with its help, and turns thrown file problems into messages.

import type { Language } from "../core/model";
import { langFromTag, t } from "../i18n";
import "../package/messages";
import { PackageError } from "../package/packageError";
import { XlsxFileError } from "../xlsx/fileError";
import {
  EXIT_NOT_WRITTEN,
  EXIT_OK,
  EXIT_USAGE,
  line,
  type AnyCommand,
  type CliIo,
} from "./command";
import { parseWords, type UsageError } from "./options";
import { COMMANDS, findCommand } from "./registry";
import { parseLanguageOption } from "./values";

export { EXIT_NOT_WRITTEN, EXIT_OK, EXIT_USAGE, type CliIo } from "./command";

/** Language of the messages: --lang, else LANG (da…/en…, e.g. en_US.UTF-8), else Danish. */
export function messageLanguage(explicit: Language | undefined, env: CliIo["env"]): Language {
  if (explicit) return explicit;
  const tag = (env ?? process.env).LANG;
  return langFromTag(tag ? tag.replace(/_/g, "-") : tag);
}

/** The --lang value if given and valid, so even usage errors are shown in that language. */
function preScanLang(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value =
      arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined) {
      const parsed = parseLanguageOption(value);
      return typeof parsed === "string" ? parsed : undefined;
    }
  }
  return undefined;
}

/** The position of the command word: the first word that is neither --lang's nor --help. */
function commandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang") i++;
    else if (argv[i].startsWith("--lang=") || argv[i] === "-h" || argv[i] === "--help") continue;
    else return argv[i].startsWith("-") ? -1 : i;
  }
  return -1;
}

/** `statusoversigt --help`: the usage line and every command with its one-line summary. */
export function generalHelp(lang: Language): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}${t(lang, c.summaryKey)}`).join(
    "\n"
  );
  return t(lang, "cli.help", { commands });
}

function usage(io: CliIo, lang: Language, error: UsageError, help: string): number {
  line(io.stderr, t(lang, error.key, error.params));
  line(io.stderr, "");
  line(io.stderr, help);
  return EXIT_USAGE;
}

async function runCommand(
  command: AnyCommand,
  argv: readonly string[],
  io: CliIo,
  lang: Language,
  explicitLang: Language | undefined
): Promise<number> {
  const help = t(lang, command.helpKey);
  const words = parseWords(argv, command.options);
  if (words.kind === "usageError") return usage(io, lang, words, help);
  if (words.values.help === true) {
    line(io.stdout, help);
    return EXIT_OK;
  }
  if (typeof words.values.lang === "string") {
    const parsed = parseLanguageOption(words.values.lang);
    if (typeof parsed !== "string") return usage(io, lang, parsed, help);
  }
  const input = command.parse(words);
  if (input && typeof input === "object" && (input as UsageError).kind === "usageError")
    return usage(io, lang, input as UsageError, help);
  try {
    return await command.run(input, { io, lang, ...(explicitLang ? { explicitLang } : {}) });
  } catch (error) {
    // Clear message, no stack: file problems are explained, anything else is reported briefly.
    if (error instanceof XlsxFileError) {
      const params = { path: error.filePath, detail: error.detail };
      line(io.stderr, t(lang, `cli.error.${error.problem}`, params));
    } else if (error instanceof PackageError) {
      const where = error.filePath ? `${error.filePath}: ` : "";
      line(io.stderr, `${where}${t(lang, error.key, error.params)}`);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      line(io.stderr, t(lang, "cli.error.unexpected", { detail }));
    }
    return EXIT_NOT_WRITTEN;
  }
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const explicitLang = preScanLang(argv);
  const lang = messageLanguage(explicitLang, io.env);
  const at = commandIndex(argv);
  if (at < 0) {
    if (argv.some((arg) => arg === "-h" || arg === "--help")) {
      line(io.stdout, generalHelp(lang));
      return EXIT_OK;
    }
    const first = argv.find((arg) => arg.startsWith("-") && !arg.startsWith("--lang"));
    const error: UsageError = first
      ? { kind: "usageError", key: "cli.usageError.unknownOption", params: { option: first } }
      : { kind: "usageError", key: "cli.usageError.noCommand", params: {} };
    return usage(io, lang, error, generalHelp(lang));
  }
  const command = findCommand(argv[at]);
  if (!command) {
    const error: UsageError = {
      kind: "usageError",
      key: "cli.usageError.unknownCommand",
      params: { command: argv[at] },
    };
    return usage(io, lang, error, generalHelp(lang));
  }
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  return runCommand(command, rest, io, lang, explicitLang);
}

/** Runs with the process's arguments and streams and sets the exit code. */
export function runFromProcess(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  return main(argv, { stdout: process.stdout, stderr: process.stderr }).then((code) => {
    process.exitCode = code;
  });
}
