// The rounds' writes in Excel, loaded on first use (not with the pane's first render): a closed
// round (IDs and history rows), the changes sheet's charts, and the ID column that Anvend
// statusformatering manages.

import type { Diagnostic } from "../core/diagnostics";
import type { Language } from "../core/model";
import { HIGHEST_ID_NAME, PLAN_TABLE } from "../core/port";
import { readPlan } from "../core/readPlan";
import type { ChartDescription } from "../core/rounds/chart";
import { describeIdFill, firstFilledCell } from "../core/rounds/closeRound";
import type { IdAssignment } from "../core/rounds/ids";
import { readHistory } from "../core/rounds/readHistory";
import { historyGrid, type RoundWrite } from "../core/rounds/roundsPort";
import { t } from "../i18n";
import type { OfficeLike } from "../officeHost";
import { queueCharts } from "./charts";
import { queuePlanIds, writeHistoryInExcel } from "./history";
import type { WorkbookRead } from "./readWorkbook";
import { isSupported } from "./requirements";
import { setCurrentStatusDateInExcel } from "./statusDate";

function queueIds(
  context: Excel.RequestContext,
  read: WorkbookRead,
  idIndex: number | null,
  assignments: readonly IdAssignment[],
  lang: Language
): void {
  const plan = read.plan;
  if (!plan || (assignments.length === 0 && idIndex !== null)) return;
  queuePlanIds(
    context,
    {
      sheet: plan.sheet,
      headerRow: plan.headerRow,
      firstColumn: plan.firstColumn,
      columnCount: plan.columnCount,
      table: plan.kind === "table" ? PLAN_TABLE : null,
    },
    idIndex,
    assignments,
    lang
  );
}

/**
 * Name Statusoversigt_HoejesteID set to `formula` (a constant such as `=41`), queued with the
 * IDs it records: replaced (delete, add) when it exists, as the generated sheets' markers are.
 */
function queueHighestId(
  context: Excel.RequestContext,
  read: WorkbookRead,
  formula: string | undefined,
  lang: Language
): void {
  if (!formula) return;
  const names = context.workbook.names;
  if (read.raw.highestId !== undefined) names.getItem(HIGHEST_ID_NAME).delete();
  names.add(HIGHEST_ID_NAME, formula, t(lang, "rounds.name.highestIdComment"));
}

/** IDs and history rows of a closed round; returns the syncs it took. */
export async function writeRoundInExcel(
  context: Excel.RequestContext,
  read: WorkbookRead,
  write: RoundWrite,
  lang: Language,
  office: OfficeLike | undefined
): Promise<number> {
  if (!read.plan) throw new Error("writeRound without a plan");
  // The IDs travel with the history's first chunk: one sync for both in the usual case.
  queueIds(context, read, write.ids.idIndex, write.ids.assignments, lang);
  queueHighestId(context, read, write.highestIdFormula, lang);
  const syncs = await writeHistoryInExcel(context, write.history, read.history ?? null, {
    canResize: isSupported(office, "1.13"),
    lang,
  });
  if (write.next) await setCurrentStatusDateInExcel(context, write.next, lang, office);
  return syncs;
}

/** Replaces the add-in's charts on the sheet: one sync to see them, one to draw. */
export async function writeChartsInExcel(
  context: Excel.RequestContext,
  sheet: string,
  charts: readonly ChartDescription[]
): Promise<number> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const existing = ws.charts.load("items/name");
  await context.sync();
  queueCharts(
    ws,
    charts,
    existing.items.map((chart) => chart.name)
  );
  await context.sync();
  return 2;
}

/**
 * Anvend statusformatering's share of column ID, queued with its other writes: empty IDs
 * filled past the history, the column added if missing; duplicates reported. Returns how many.
 */
export function queueIdFill(
  context: Excel.RequestContext,
  read: WorkbookRead,
  lang: Language,
  diagnostics: Diagnostic[]
): number {
  const source = read.snapshot.plan;
  if (!source) return 0;
  const grid = historyGrid(read.raw);
  const ids = describeIdFill(
    readPlan(source),
    source.sheet,
    grid.source ? readHistory(grid.source) : null,
    read.raw.highestId
  );
  if (!ids) return 0;
  if (ids.idIndex === null && firstFilledCell(read.raw.planNextColumn)) {
    // Column ID would go over the user's data: formatting goes on, the IDs wait.
    diagnostics.push({
      severity: "warning",
      code: "rounds.diag.idColumnBlocked",
      sheet: source.sheet,
    });
    diagnostics.push(...ids.diagnostics);
    return 0;
  }
  queueIds(context, read, ids.idIndex, ids.assignments, lang);
  queueHighestId(context, read, ids.highestIdFormula, lang);
  diagnostics.push(...ids.diagnostics);
  return ids.assignments.length;
}
