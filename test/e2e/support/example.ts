// The Bycirklen example as the fake workbook in the page, and what the core says about it:
// the expectations of the browser tests come from the plan, not from copied numbers.

import * as path from "path";
import { readPlan } from "../../../src/core/readPlan";
import {
  orderedFocusAreas,
  readSettings,
  resolveCurrentStatusDate,
} from "../../../src/core/settings";
import { summarize } from "../../../src/core/summarize";
import { sameMonth } from "../../../src/core/dates";
import { OVERVIEW_SHEET, PLAN_SHEET } from "../../../src/core/port";
import type { Settings } from "../../../src/core/model";
import type { PlanSummary } from "../../../src/core/summary";
import { openWorkbook, readSnapshot } from "../../../src/xlsx";
import type { FakeWorkbookInit, InitCell } from "../../fake-excel";
import { initFromXlsx } from "../../excel/support";
import { ROOT } from "./dist";
import { encodeInit, type PageSetup } from "./pageSetup";

export const EXAMPLE_XLSX = path.join(ROOT, "examples", "bycirklen-kina-2017-2020.xlsx");

/** The example's plan and settings (its generated Oversigt left out: the pane makes it). */
export function exampleInit(): Promise<FakeWorkbookInit> {
  return initFromXlsx(EXAMPLE_XLSX, [OVERVIEW_SHEET]);
}

export function pageSetup(
  init: FakeWorkbookInit,
  displayLanguage = "da-DK",
  settings?: Record<string, unknown>,
  officeTheme?: PageSetup["officeTheme"]
): PageSetup {
  return {
    init: encodeInit(init),
    displayLanguage,
    ...(settings ? { settings } : {}),
    ...(officeTheme ? { officeTheme } : {}),
  };
}

/** Office's dark theme as Office.context.officeTheme reports it. */
export const DARK_OFFICE_THEME = { isDarkTheme: true, bodyBackgroundColor: "#1F1F1F" };

export interface ExampleFacts {
  settings: Settings;
  summary: PlanSummary;
  /** Notes of the actions dated in the current status round (shown red and bold). */
  currentNotes: string[];
  /** Header of the plan table, e.g. ["Fokusområde", …, "Statusdato"]. */
  header: string[];
  /** 1-based sheet row of the plan header. */
  headerRow: number;
}

/** What the core reads from the example file: settings, counts, the current round's notes. */
export async function exampleFacts(): Promise<ExampleFacts> {
  const snapshot = readSnapshot(await openWorkbook(EXAMPLE_XLSX));
  if (!snapshot.plan) throw new Error("the example has no plan");
  const read = readPlan(snapshot.plan);
  const settings = resolveCurrentStatusDate(
    readSettings(snapshot.settings).settings,
    read.plan
  ).settings;
  const focusAreas = orderedFocusAreas(read.plan, settings);
  const summary = summarize({ focusAreas }, settings.currentStatusDate);
  const currentNotes = focusAreas
    .flatMap((area) => area.initiatives.flatMap((initiative) => initiative.actions))
    .filter(
      (action) => action.note !== "" && sameMonth(action.statusDate, settings.currentStatusDate)
    )
    .map((action) => action.note);
  return {
    settings,
    summary,
    currentNotes,
    header: snapshot.plan.header.map((cell) => String(cell ?? "")),
    headerRow: snapshot.plan.headerRow,
  };
}

/** Column letter (A, B, …) of a plan column by its header. */
export function planColumn(facts: ExampleFacts, name: string): string {
  const index = facts.header.indexOf(name);
  if (index < 0 || index > 25) throw new Error(`plan column ${name} not found`);
  return String.fromCharCode(65 + index);
}

/** The init with one plan cell replaced (e.g. an unknown status on one row). */
export function withPlanCell(
  init: FakeWorkbookInit,
  facts: ExampleFacts,
  sheetRow: number,
  column: string,
  value: InitCell
): FakeWorkbookInit {
  const copy = structuredClone(init);
  const plan = copy.sheets?.find((sheet) => sheet.name === PLAN_SHEET);
  const index = facts.header.indexOf(column);
  if (!plan?.cells || index < 0) throw new Error(`no plan cell ${column}${sheetRow}`);
  plan.cells[sheetRow - 1][index] = value;
  return copy;
}
