// The command line as users meet it:
// - start-up: `statusoversigt --help` (the built file, a new node process) against a bare
//   `node -e 0`; target within 250 ms of it;
// - a 10,000-action plan: the first build, the rebuild of its own output (target ≤ 1.3× the
//   first build), and the whole run against its I/O floor: ExcelJS reading the plan plus
//   writing the produced workbook (target ≤ 1.5×).
// The overview runs in this process (main()), like the floor, so neither pays node's start-up.

import { execFileSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { defaultSettings } from "../src/core/settings";
import { GENERATED_SHEETS } from "../src/core/port";
import { refreshOverview } from "../src/core/refresh";
import {
  applyStatusFormattingToWorkbook,
  createPlanWorkbook,
  openWorkbook,
  saveWorkbook,
  XlsxWorkbookPort,
} from "../src/xlsx";
import type { PlanRowInput } from "../src/xlsx/createPlanWorkbook";
import { generatedPlanRows } from "../test/support/generatedPlan";
import { type Figure, median, round, timeMs } from "./figures";

const ROOT = path.join(__dirname, "..");
const ACTIONS = 10000;
const RUNS = 5;
const START_RUNS = 15;
const TARGETS = { helpOverNodeMs: 250, rebuildRatio: 1.3, ioFloorRatio: 1.5 };

function planRows(actions: number): PlanRowInput[] {
  return generatedPlanRows(actions).map(
    ([focusArea, initiative, action, status, note, statusDate]) => ({
      focusArea: focusArea as string,
      initiative: initiative as string,
      action: action as string,
      status: status as string,
      note: note as string,
      statusDate: statusDate as number,
    })
  );
}

const silent = { write: () => true };

/** Median wall time of a new node process running `args`. */
function processMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < START_RUNS + 1; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    if (i > 0) times.push(performance.now() - start); // the first warms the file cache
  }
  return median(times);
}

function benchStartUp(): Figure[] {
  (require("../scripts/build-cli.js") as { ensureBuilt(): string }).ensureBuilt();
  const nodeMs = processMs(["-e", "0"]);
  const helpMs = processMs([path.join(ROOT, "bin", "statusoversigt.js"), "--help"]);
  return [
    { name: "node.start.ms", value: round(nodeMs), unit: "ms" },
    { name: "cli.help.ms", value: round(helpMs), unit: "ms" },
    { name: "cli.help.over-node.ms", value: round(helpMs - nodeMs), unit: "ms" },
    { name: "cli.help.target-over-node.ms", value: TARGETS.helpOverNodeMs, unit: "ms" },
  ];
}

async function overview(plan: string, out: string): Promise<void> {
  const code = await main(["overview", plan, "-o", out], { stdout: silent, stderr: silent });
  if (code !== 0) throw new Error(`statusoversigt overview exited ${code}`);
}

/** The workbook `overview` saves, made in memory by the same steps (see commands/overview.ts). */
async function producedWorkbook(plan: string): Promise<ExcelJS.Workbook> {
  const workbook = await openWorkbook(plan, { dropGeneratedSheets: [GENERATED_SHEETS.overview] });
  const result = await refreshOverview(new XlsxWorkbookPort(workbook));
  applyStatusFormattingToWorkbook(workbook, {
    currentStatusDate: result.statusDate ?? undefined,
  });
  return workbook;
}

async function benchLargePlan(dir: string): Promise<Figure[]> {
  const plan = path.join(dir, "plan.xlsx");
  const settings = { ...defaultSettings("da"), currentStatusDate: { year: 2019, month: 12 } };
  await saveWorkbook(createPlanWorkbook(planRows(ACTIONS), settings), plan);
  const built = path.join(dir, "built.xlsx");
  const rebuilt = path.join(dir, "rebuilt.xlsx");
  const floorOut = path.join(dir, "floor.xlsx");
  await overview(plan, built); // warm-up, and the output the rebuild starts from

  // The floor: ExcelJS reads the plan, and writes the workbook the command produces. That
  // workbook is made in memory by the command's own steps, untimed (loading the saved output
  // instead would take ExcelJS far longer than the whole command: its merges), and let go
  // after each round, so no large heap is kept alive across the measured runs.
  const floor = async () => {
    const readMs = await timeMs(async () => new ExcelJS.Workbook().xlsx.readFile(plan));
    const produced = await producedWorkbook(plan);
    const writeMs = await timeMs(async () => produced.xlsx.writeFile(floorOut));
    return readMs + writeMs;
  };

  // Interleaved, so that a load change on the shared machine hits all three alike; each
  // ratio is the median of the per-round ratios.
  const first: number[] = [];
  const again: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    first.push(await timeMs(() => overview(plan, built)));
    again.push(await timeMs(() => overview(built, rebuilt)));
    floors.push(await floor());
  }
  const n = ACTIONS;
  return [
    { name: `cli.overview.ms.${n}`, value: round(median(first)), unit: "ms" },
    { name: `cli.overview.rebuild.ms.${n}`, value: round(median(again)), unit: "ms" },
    {
      name: `cli.overview.rebuild-ratio.${n}`,
      value: round(median(again.map((t, i) => t / first[i]))),
      unit: "×",
    },
    { name: "cli.overview.rebuild-target-ratio", value: TARGETS.rebuildRatio, unit: "×" },
    { name: `exceljs.io-floor.ms.${n}`, value: round(median(floors)), unit: "ms" },
    {
      name: `cli.overview.ratio-to-io-floor.${n}`,
      value: round(median(first.map((t, i) => t / floors[i]))),
      unit: "×",
    },
    { name: "cli.overview.io-floor-target-ratio", value: TARGETS.ioFloorRatio, unit: "×" },
  ];
}

export async function benchCli(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-bench-"));
  try {
    return [...benchStartUp(), ...(await benchLargePlan(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
