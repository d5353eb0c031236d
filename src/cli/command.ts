// What a subcommand is: its name, its help, its options, how it checks its words and how it
// runs. A new subcommand is one module under commands/ plus one line in registry.ts.
// Command modules load heavy libraries (ExcelJS, JSZip) inside run(), never at the top, so
// `statusoversigt --help` starts fast.

import type { Language } from "../core/model";
import type { OptionSpec, ParsedWords, UsageError } from "./options";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Environment for LANG; defaults to process.env. */
  env?: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_NOT_WRITTEN = 1;
export const EXIT_USAGE = 2;

export interface RunContext {
  io: CliIo;
  /** Language of the messages (--lang, else LANG, else Danish). */
  lang: Language;
  /** --lang when given: commands may also use it for what they write. */
  explicitLang?: Language;
}

export interface Command<Input> {
  /** The word after `statusoversigt`. */
  name: string;
  /** i18n key of the one line shown for it in `statusoversigt --help`. */
  summaryKey: string;
  /** i18n key of its own help (`statusoversigt NAME --help`), from its usage line on. */
  helpKey: string;
  /** Its options besides the common --lang and --help. */
  options: readonly OptionSpec[];
  /** Turns the parsed words into the command's input, or a usage error. */
  parse(words: ParsedWords): Input | UsageError;
  /** Runs it and returns the exit code. */
  run(input: Input, context: RunContext): Promise<number>;
}

/** Any command, whatever its input (run and parse are methods, so this accepts each). */
export type AnyCommand = Command<unknown>;

export function line(stream: { write(text: string): unknown }, text: string): void {
  stream.write(`${text}\n`);
}
