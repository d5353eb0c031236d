// `npm run bench [-- --json] [-- --only core,cli,excel,taskpane]`: measures the overview build,
// the command line against ExcelJS alone, Office round trips per refresh, and the task pane's
// budgets. Prints a table, or one JSON object {"figures":[…]} with --json.

import type { Figure } from "./figures";

type Suite = { name: string; run: () => Promise<Figure[]> };

const suites: Suite[] = [
  { name: "core", run: async () => (await import("./core")).benchCore() },
  { name: "cli", run: async () => (await import("./cli")).benchCli() },
  { name: "excel", run: async () => (await import("./excel")).benchExcel() },
  { name: "word", run: async () => (await import("./word")).benchWord() },
  { name: "taskpane", run: async () => (await import("./taskpane")).benchTaskpane() },
  { name: "rounds", run: async () => (await import("./rounds")).benchRounds() },
  { name: "limits", run: async () => (await import("./limits")).benchLimits() },
  { name: "input-limits", run: async () => (await import("./inputLimits")).benchInputLimits() },
];

async function main(argv: string[]): Promise<void> {
  const json = argv.includes("--json");
  const onlyArg = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const only = onlyArg ? new Set(onlyArg.split(",")) : null;
  const figures: Figure[] = [];
  for (const suite of suites) {
    if (only && !only.has(suite.name)) continue;
    if (!json) process.stderr.write(`bench: ${suite.name}…\n`);
    figures.push(...(await suite.run()));
  }
  if (json) {
    process.stdout.write(JSON.stringify({ figures }) + "\n");
  } else {
    const width = Math.max(...figures.map((f) => f.name.length));
    for (const f of figures)
      process.stdout.write(`${f.name.padEnd(width)}  ${String(f.value).padStart(12)} ${f.unit}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
