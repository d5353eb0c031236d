// `npm run example`: builds examples/bycirklen-kina-2017-2020.xlsx from the readable source —
// sheet Plan (table Handlinger, with IDs), sheet Indstillinger (table Indstillinger, name
// AktuelStatusdato), sheet Historik (the closed September 2019 round) and the overview, made the way users make it (adapter + refreshOverview).
// The output is deterministic: fixed workbook dates, zip entry dates and clock.

import type ExcelJS from "exceljs";
import * as path from "path";
import { formatDiagnostic } from "../src/core/formatDiagnostic";
import { refreshOverview, type RefreshResult } from "../src/core/refresh";
import { defaultSettings } from "../src/core/settings";
import type { Settings } from "../src/core/model";
import { t } from "../src/i18n";
import { createPlanWorkbook, type PlanRowInput } from "../src/xlsx/createPlanWorkbook";
import { saveWorkbook, workbookBuffer } from "../src/xlsx/files";
import { XlsxWorkbookPort } from "../src/xlsx/XlsxWorkbookPort";
import { describeHistoryWrite } from "../src/core/rounds";
import { applyHistoryWrite } from "../src/xlsx/history";
import * as source from "./bycirklen-kina-2017-2020.source";
import { exampleStates, septemberEntries } from "./bycirklen-rounds";

export const EXAMPLE_PATH = path.join(__dirname, "bycirklen-kina-2017-2020.xlsx");

/** Stamped into the file (created/modified, zip entries): in the document's status month. */
export const EXAMPLE_DATE = new Date(Date.UTC(2019, 11, 2, 11, 0, 0));

/**
 * The clock of the overview's generated-by line, which shows local time: built from local
 * parts, so it reads "2019-12-02 12:00" in every time zone and the file stays the same.
 */
export function exampleClock(): Date {
  return new Date(2019, 11, 2, 12, 0, 0);
}

export function exampleRows(): PlanRowInput[] {
  return exampleStates().map((state) => ({
    id: state.id,
    focusArea: state.focusArea,
    initiative: state.initiative,
    action: state.action,
    status: state.status,
    note: state.note === "" ? null : state.note,
    statusDate: state.statusDate,
  }));
}

/** Sheet Historik with the closed September 2019 round (see the source's "The history"). */
export function addExampleHistory(workbook: ExcelJS.Workbook): void {
  const entries = septemberEntries();
  applyHistoryWrite(workbook, describeHistoryWrite(null, entries, source.SEPTEMBER_2019, "da"));
}

export function exampleSettings(): Settings {
  return {
    ...defaultSettings("da"),
    title: source.title,
    intro: source.intro,
    currentStatusDate: { ...source.currentStatusDate },
    focusAreaOrder: [...source.focusAreaOrder],
  };
}

/** The example workbook with its overview, and what refreshOverview reported. */
export async function buildExampleWorkbook(): Promise<{
  workbook: ExcelJS.Workbook;
  result: RefreshResult;
}> {
  const workbook = createPlanWorkbook(exampleRows(), exampleSettings());
  addExampleHistory(workbook);
  const result = await refreshOverview(new XlsxWorkbookPort(workbook), { now: exampleClock });
  return { workbook, result };
}

/** The bytes `npm run example` writes. */
export async function exampleBytes(): Promise<Buffer> {
  const { workbook } = await buildExampleWorkbook();
  return workbookBuffer(workbook, { fixedDate: EXAMPLE_DATE });
}

export async function buildExample(outPath: string = EXAMPLE_PATH): Promise<number> {
  const { workbook, result } = await buildExampleWorkbook();
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d, "da")}\n`);
  if (!result.written) return 1;
  await saveWorkbook(workbook, outPath, { fixedDate: EXAMPLE_DATE });
  process.stdout.write(
    `${t("da", "cli.example.written", { path: path.relative(process.cwd(), outPath) })}\n`
  );
  return 0;
}

if (require.main === module) {
  buildExample(process.argv[2] ? path.resolve(process.argv[2]) : EXAMPLE_PATH).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  );
}
