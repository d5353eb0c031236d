// `npm run overview`: with no plan given, builds the overview of the bundled example into out/;
// otherwise passes the arguments on (`npm run overview -- PLAN.xlsx -o OUT.xlsx …`).

import { mkdirSync } from "fs";
import * as path from "path";
import { runFromProcess } from "./main";

const EXAMPLE_PLAN = path.join("examples", "bycirklen-kina-2017-2020.xlsx");
const DEFAULT_OUTPUT = path.join("out", "bycirklen-kina-2017-2020.oversigt.xlsx");
const VALUE_OPTIONS = new Set(["-o", "--output", "--status-date", "--lang"]);

/** The arguments for main(): `overview` first, and the example's paths when no plan is given. */
export function npmOverviewArgs(args: readonly string[]): string[] {
  const rest = args[0] === "overview" ? args.slice(1) : [...args];
  const hasPlan = rest.some(
    (arg, i) => !arg.startsWith("-") && !(i > 0 && VALUE_OPTIONS.has(rest[i - 1]))
  );
  if (hasPlan) return ["overview", ...rest];
  const hasOutput = rest.some(
    (arg) => arg === "-o" || arg === "--output" || arg.startsWith("--output=")
  );
  return ["overview", EXAMPLE_PLAN, ...(hasOutput ? [] : ["-o", DEFAULT_OUTPUT]), ...rest];
}

export function runNpmOverview(argv: readonly string[]): Promise<void> {
  const args = npmOverviewArgs(argv);
  if (args.includes(DEFAULT_OUTPUT)) mkdirSync(path.dirname(DEFAULT_OUTPUT), { recursive: true });
  return runFromProcess(args);
}
