// "Opret plan": the core's sheet Plan (an empty table Handlinger with one empty body row, or the
// rows of a plan imported from Word with their IDs), its status formatting already in place so that rows the
// user adds inherit it, and the core's sheet Indstillinger with the default (or imported)
// settings and the name AktuelStatusdato. One read, one write; refused when a plan exists; an
// existing sheet Indstillinger is kept.

import type { Language } from "../core/model";
import { UserFacingError, type PlanSeed } from "../core/operations";
import { CURRENT_STATUS_DATE_NAME, PLAN_SHEET, PLAN_TABLE, SETTINGS_SHEET } from "../core/port";
import { isOfficeError } from "./errors";
import { AbandonedWriteError } from "./provenWrite";
import { readSettings } from "../core/settings";
import { describePlanSheet, planSourceOf } from "../core/sheets/planSheet";
import { describeStatusFormatting } from "../core/statusFormatting";
import { queueNewSheet } from "./addSheet";
import { readWorkbook } from "./readWorkbook";
import { queueSettingsSheet } from "./settingsSheet";
import { queueStatusFormatting } from "./statusFormatting";
import { syncEndingWithFocus } from "./bestEffortFocus";

export async function createPlanInExcel(
  context: Excel.RequestContext,
  userLang: Language,
  seed?: PlanSeed
): Promise<void> {
  // An imported plan keeps its document's language (column names, settings keys).
  const lang = seed?.settings.language ?? userLang;
  const read = await readWorkbook(context, { planBody: false });
  if (read.plan || read.planSheetExists) {
    throw new UserFacingError("excel.createPlan.exists", {
      sheet: read.plan?.sheet ?? PLAN_SHEET,
      table: PLAN_TABLE,
    });
  }

  // An imported plan gets its IDs (column ID) here; an empty plan gets them from the rounds.
  // Loaded only for an imported plan: the ID rule stays out of the pane's first JavaScript.
  const description = seed
    ? (await import("../core/sheets/planRows")).describeSeededPlanSheet(seed.plan, lang)
    : describePlanSheet({ language: lang });
  // The sheets are made under names of their own and renamed at the end of the request: a
  // sheet that a co-author made since the read (Plan, Indstillinger) makes Excel refuse the
  // rename (ItemAlreadyExists), and the sheets under our temporary names, certainly ours, go
  // again (abandonCreatedPlan); the attempt is then retried from a fresh read.
  const withSettings = !read.settings && !read.settingsSheetExists;
  const stamp = Date.now().toString(36);
  const temporary = [`SO-plan-${stamp}`, `SO-settings-${stamp}`];
  const planAdded = context.workbook.worksheets.add(temporary[0]);
  const settingsAdded = withSettings ? context.workbook.worksheets.add(temporary[1]) : undefined;
  const ws = queueNewSheet(context, description, planAdded);

  // The settings and the name AktuelStatusdato before the rule that reads the name.
  if (withSettings) {
    queueSettingsSheet(
      context,
      lang,
      null,
      !read.currentStatusDateName.exists,
      seed?.settings,
      settingsAdded
    );
  }

  // The one (empty) body row carries validation and the current-round rule, so rows the user
  // adds inherit them.
  const { description: formatting } = describeStatusFormatting(planSourceOf(description), {
    markingColor:
      seed?.settings.markingColor ?? readSettings(read.snapshot.settings).settings.markingColor,
    language: lang,
  });
  if (formatting) queueStatusFormatting(ws, formatting);
  // Last statements, best effort (see bestEffortFocus.ts).
  // Plan first: when Indstillinger's rename is the one refused, sheet Plan is ours (renamed).
  planAdded.name = description.name;
  if (settingsAdded) settingsAdded.name = SETTINGS_SHEET;
  ws.activate();
  ws.getRange("A2").select();
  try {
    await syncEndingWithFocus(context);
  } catch (error) {
    if (isOfficeError(error) && (error as { code?: string }).code === "ItemAlreadyExists") {
      await abandonCreatedPlan(context, temporary, description.name);
    }
    throw error;
  }
}

/**
 * The sheets still under our temporary names go again, and the name AktuelStatusdato when it is
 * ours (on our temporary settings sheet: deleting the sheet would leave it as #REF!); the
 * attempt is abandoned.
 */
async function abandonCreatedPlan(
  context: Excel.RequestContext,
  temporary: readonly string[],
  planName: string
): Promise<never> {
  const sheets = temporary.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name).load("name")
  );
  const name = context.workbook.names.getItemOrNullObject(CURRENT_STATUS_DATE_NAME).load("formula");
  await context.sync();
  // A name a co-author made before our write (which then stopped at our add) stays.
  if (!name.isNullObject && String(name.formula).includes(temporary[1])) name.delete();
  // A null object cannot be deleted: only the sheets that exist. When the plan's sheet is no
  // longer under its temporary name, its rename went through (the settings' was refused).
  for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
  if (sheets[0].isNullObject) context.workbook.worksheets.getItem(planName).delete();
  await context.sync();
  throw new AbandonedWriteError({ sheet: PLAN_SHEET, expected: "(no sheet)", found: "a sheet" });
}
