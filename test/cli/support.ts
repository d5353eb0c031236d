// Helpers for command-line tests: plan files in temp dirs and a captured io.

import { promises as fs } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { createPlanWorkbook, type PlanRowInput } from "../../src/xlsx/createPlanWorkbook";
import { saveWorkbook } from "../../src/xlsx/files";
import { smallPlan, smallSettings } from "../xlsx/support";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() with captured streams; LANG is unset unless given. */
export async function run(
  argv: string[],
  env: Record<string, string | undefined> = {}
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
  });
  return { code, stdout, stderr };
}

export async function writePlan(
  dir: string,
  name: string,
  rows: PlanRowInput[] = smallPlan(),
  edit?: (workbook: ExcelJS.Workbook) => void
): Promise<string> {
  const workbook = createPlanWorkbook(rows, smallSettings());
  edit?.(workbook);
  const file = path.join(dir, name);
  await saveWorkbook(workbook, file);
  return file;
}

export async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false
  );
}
