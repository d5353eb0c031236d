// The command line on a generated 1,000-action workbook against ExcelJS merely reading and
// writing the same file: the ratio says what the product adds to the unavoidable file I/O.
// Target: within 1.5×. Both run in this process (no node start-up in either figure).

import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { defaultSettings } from "../src/core/settings";
import { createPlanWorkbook, saveWorkbook } from "../src/xlsx";
import type { PlanRowInput } from "../src/xlsx/createPlanWorkbook";
import { generatedPlanRows } from "../test/support/generatedPlan";
import { type Figure, median, round, timeMs } from "./figures";

const ACTIONS = 1000;
const RUNS = 9;
const TARGET_RATIO = 1.5;

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

export async function benchCli(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-bench-"));
  try {
    const plan = path.join(dir, "plan.xlsx");
    const settings = { ...defaultSettings("da"), currentStatusDate: { year: 2019, month: 12 } };
    await saveWorkbook(createPlanWorkbook(planRows(ACTIONS), settings), plan);

    const cliOut = path.join(dir, "cli-out.xlsx");
    const plainOut = path.join(dir, "exceljs-out.xlsx");
    const runCli = async () => {
      const code = await main(["overview", plan, "-o", cliOut], { stdout: silent, stderr: silent });
      if (code !== 0) throw new Error(`statusoversigt overview exited ${code}`);
    };
    const runExcelJs = async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(plan);
      await workbook.xlsx.writeFile(plainOut);
    };
    // Alternate the two, so that a load change on the machine hits both alike; the ratio is
    // the median of the per-pair ratios.
    await runCli();
    await runExcelJs();
    const cliTimes: number[] = [];
    const exceljsTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      cliTimes.push(await timeMs(runCli));
      exceljsTimes.push(await timeMs(runExcelJs));
    }
    const cliMs = round(median(cliTimes));
    const exceljsMs = round(median(exceljsTimes));
    const ratio = round(median(cliTimes.map((t, i) => t / exceljsTimes[i])));
    return [
      { name: `cli.overview.ms.${ACTIONS}`, value: cliMs, unit: "ms" },
      { name: `exceljs.read-write.ms.${ACTIONS}`, value: exceljsMs, unit: "ms" },
      { name: `cli.overview.ratio-to-exceljs.${ACTIONS}`, value: ratio, unit: "×" },
      { name: "cli.overview.target-ratio", value: TARGET_RATIO, unit: "×" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
