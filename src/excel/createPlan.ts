// "Opret plan": the core's sheet Plan (an empty table Handlinger with one empty body row, or the
// rows of a plan imported from Word with their IDs), its status formatting already in place so that rows the
// user adds inherit it, and the core's sheet Indstillinger with the default (or imported)
// settings and the name AktuelStatusdato. One read, one write; refused when a plan exists; an
// existing sheet Indstillinger is kept.

import type { Language } from "../core/model";
import { UserFacingError, type PlanSeed } from "../core/operations";
import { PLAN_SHEET, PLAN_TABLE } from "../core/port";
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
  const ws = queueNewSheet(context, description);

  // The settings and the name AktuelStatusdato before the rule that reads the name.
  if (!read.settings && !read.settingsSheetExists) {
    queueSettingsSheet(context, lang, null, !read.currentStatusDateName.exists, seed?.settings);
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
  ws.activate();
  ws.getRange("A2").select();
  await syncEndingWithFocus(context);
}
