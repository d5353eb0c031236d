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
import { matchHistoryColumns } from "../core/rounds/historyColumns";
import { historyGrid, type RoundWrite } from "../core/rounds/roundsPort";
import { addMessages, t } from "../i18n";
import daCoauthoringRounds from "../i18n/da/coauthoringRounds.json";
import enCoauthoringRounds from "../i18n/en/coauthoringRounds.json";

// The rounds' share of the co-authoring messages loads with the rounds' writes.
addMessages({ da: daCoauthoringRounds, en: enCoauthoringRounds });
import type { OfficeLike } from "../officeHost";
import { queueCharts } from "./charts";
import { COLUMN_NAMES } from "../core/columns";
import { planIdTargets, queuePlanIds, writeHistoryInExcel, type HistoryPart } from "./history";
import { expectedTable, planRowProof } from "./planProofs";
import { AbandonedWriteError, ProvenSession, type ExpectedCell } from "./provenWrite";
import { UserFacingError } from "../core/operations";
import { HISTORY_TABLE } from "../core/port";
import { columnLetters } from "../core/a1";
import type { HistoryTableLocation } from "./history";
import type { WorkbookRead } from "./readWorkbook";
import { isSupported } from "./requirements";
import { setCurrentStatusDateInExcel } from "./statusDate";

/** A proven write's share for the plan's IDs (see provenWrite.ts). */
export interface ProvenPart {
  expect: ExpectedCell[];
  tables: { name: string; address: string }[];
  targets(): Excel.Range[];
  write(targets: Excel.Range[]): void;
  undo(): void;
}

/**
 * The plan's new IDs as a proven part: each target row must still hold its action (and an
 * empty ID) as read; a column ID to add must find the cells right of the plan empty.
 */
export function planIdPart(
  context: Excel.RequestContext,
  read: WorkbookRead,
  idIndex: number | null,
  assignments: readonly IdAssignment[],
  lang: Language
): ProvenPart | null {
  const plan = read.plan;
  const source = read.snapshot.plan;
  if (!plan || !source || (assignments.length === 0 && idIndex !== null)) return null;
  const location = {
    sheet: plan.sheet,
    headerRow: plan.headerRow,
    firstColumn: plan.firstColumn,
    columnCount: plan.columnCount,
    table: plan.kind === "table" ? PLAN_TABLE : null,
  };
  const column = plan.firstColumn + (idIndex ?? plan.columnCount);
  const expect: ExpectedCell[] = assignments.flatMap((a) =>
    planRowProof(source, a.row, idIndex === null ? [] : [idIndex])
  );
  if (idIndex === null) {
    // Where column ID goes: the header's neighbour and every body row's, empty as read.
    for (let row = plan.headerRow; row <= plan.headerRow + plan.bodyRowCount; row++) {
      expect.push({ sheet: plan.sheet, row, column, value: null });
    }
  }
  const idName = COLUMN_NAMES.id[lang];
  // The column added is found again by its id, loaded with the write: an ID written by
  // position into a header that moved (rows inserted above the table meanwhile) renames the
  // column, so its name may not find it.
  let added: Excel.TableColumn | undefined;
  return {
    expect,
    tables: expectedTable(PLAN_TABLE, plan.tableAddress),
    targets: () => planIdTargets(context, location, idIndex, assignments),
    write: () => {
      added = queuePlanIds(context, location, idIndex, assignments, lang)?.load("id");
    },
    undo: () => {
      if (idIndex === null && location.table) {
        const columns = context.workbook.tables.getItem(location.table).columns;
        columns.getItem(addedId(added) ?? idName).delete();
      }
    },
  };
}

/** The loaded id of a column added, if its request completed. */
function addedId(column: Excel.TableColumn | undefined): number | undefined {
  try {
    return column?.id;
  } catch {
    return undefined; // not loaded: the write's request failed
  }
}

/**
 * Name Statusoversigt_HoejesteID set to `formula` (a constant such as `=41`), queued with the
 * IDs it records: replaced (delete, add) when it exists, as the generated sheets' markers are.
 * The undo puts the earlier value back.
 */
export function highestIdPart(
  context: Excel.RequestContext,
  read: WorkbookRead,
  formula: string | undefined,
  lang: Language
): { write(): void; undo(): void } | null {
  if (!formula) return null;
  const names = context.workbook.names;
  const comment = t(lang, "rounds.name.highestIdComment");
  const earlier = read.raw.highestId;
  return {
    write: () => {
      if (earlier !== undefined) names.getItem(HIGHEST_ID_NAME).delete();
      names.add(HIGHEST_ID_NAME, formula, comment);
    },
    undo: () => {
      names.getItem(HIGHEST_ID_NAME).delete();
      if (earlier !== undefined) names.add(HIGHEST_ID_NAME, `=${String(earlier)}`, comment);
    },
  };
}

/**
 * IDs and history rows of a closed round, proven (provenWrite.ts): the IDs and the name travel
 * with the history's first chunk. Returns the syncs it took.
 */
export async function writeRoundInExcel(
  context: Excel.RequestContext,
  read: WorkbookRead,
  write: RoundWrite,
  lang: Language,
  office: OfficeLike | undefined
): Promise<number> {
  if (!read.plan) throw new Error("writeRound without a plan");
  const canResize = isSupported(office, "1.13");
  const session = new ProvenSession(context, { canResize });
  const parts: HistoryPart[] = [];
  const ids = planIdPart(context, read, write.ids.idIndex, write.ids.assignments, lang);
  if (ids) parts.push(ids);
  const name = highestIdPart(context, read, write.highestIdFormula, lang);
  if (name) parts.push({ write: () => name.write(), undo: () => name.undo() });
  await assertFreeBelowHistory(context, read.history ?? null, write);
  let syncs: number;
  try {
    syncs = await writeHistoryInExcel(context, write.history, read.history ?? null, {
      canResize,
      lang,
      session,
      withFirst: parts,
      grid: read.raw.historyTable ?? null,
      unreadColumns: unreadIndexes(read),
    });
  } catch (error) {
    // Filled meanwhile below the table (the write was undone): the same message, no retry.
    if (error instanceof AbandonedWriteError && error.mismatch.below) {
      throw historyRowTaken(error.mismatch.sheet, error.mismatch.row!, error.mismatch.column!);
    }
    throw error;
  }
  if (write.next) await setCurrentStatusDateInExcel(context, write.next, lang, office);
  return syncs;
}

function historyRowTaken(sheet: string, row: number, column: number): UserFacingError {
  return new UserFacingError("coauthoring.historyRowTaken", {
    sheet,
    table: HISTORY_TABLE,
    cell: `${columnLetters(column)}${row}`,
  });
}

/**
 * Rows go just below table Statusrunder, and a write there overwrites what is there: when the
 * sheet holds anything below the table (its used range says so), the cells the rows would take
 * are read, and the first filled one stops the round before anything is written.
 */
async function assertFreeBelowHistory(
  context: Excel.RequestContext,
  location: HistoryTableLocation | null,
  write: RoundWrite
): Promise<void> {
  if (!location || write.history.create || location.usedLastRow === undefined) return;
  const tableEnd = location.headerRow + location.bodyRowCount;
  const rows = write.history.rows.length;
  if (location.usedLastRow <= tableEnd || rows === 0) return;
  // In the sheet as it is now: the deletions move these cells up onto the rows written.
  const band = context.workbook.worksheets
    .getItem(location.sheet)
    .getRangeByIndexes(tableEnd + 1, location.firstColumn, rows, location.columnCount)
    .load("values");
  await context.sync();
  for (let r = 0; r < band.values.length; r++) {
    const c = band.values[r].findIndex((value) => value !== "" && value !== null);
    if (c >= 0) throw historyRowTaken(location.sheet, tableEnd + 2 + r, location.firstColumn + c);
  }
}

/** Header indexes of the history columns the read left out. */
function unreadIndexes(read: WorkbookRead): number[] {
  const unread = read.raw.historyUnread ?? [];
  const header = read.raw.historyTable?.values[0] ?? [];
  const columns = matchHistoryColumns(header).columns as Record<string, number | undefined>;
  return unread.map((key) => columns[key]).filter((i): i is number => i !== undefined);
}

/** Replaces the add-in's charts on the sheet: one sync to see them, one to draw. */
export async function writeChartsInExcel(
  context: Excel.RequestContext,
  sheet: string,
  charts: readonly ChartDescription[],
  /** The names of the charts on the sheet, when the sheet's write loaded them. */
  existing?: readonly string[]
): Promise<number> {
  const ws = context.workbook.worksheets.getItem(sheet);
  let names = existing;
  if (!names) {
    const loaded = ws.charts.load("items/name");
    await context.sync();
    names = loaded.items.map((chart) => chart.name);
  }
  queueCharts(ws, charts, names);
  await context.sync();
  return existing ? 1 : 2;
}

/**
 * Anvend statusformatering's share of column ID, as parts of its proven write: empty IDs
 * filled past the history, the column added if missing; duplicates reported. `count` is how
 * many IDs it fills.
 */
export function idFillParts(
  context: Excel.RequestContext,
  read: WorkbookRead,
  lang: Language,
  diagnostics: Diagnostic[]
): { parts: ProvenPart[]; names: { write(): void; undo(): void }[]; count: number } {
  const none = { parts: [], names: [], count: 0 };
  const source = read.snapshot.plan;
  if (!source) return none;
  const grid = historyGrid(read.raw);
  const ids = describeIdFill(
    readPlan(source),
    source.sheet,
    grid.source ? readHistory(grid.source) : null,
    read.raw.highestId
  );
  if (!ids) return none;
  if (ids.idIndex === null && firstFilledCell(read.raw.planNextColumn)) {
    // Column ID would go over the user's data: formatting goes on, the IDs wait.
    diagnostics.push({
      severity: "warning",
      code: "rounds.diag.idColumnBlocked",
      sheet: source.sheet,
    });
    diagnostics.push(...ids.diagnostics);
    return none;
  }
  diagnostics.push(...ids.diagnostics);
  const part = planIdPart(context, read, ids.idIndex, ids.assignments, lang);
  const name = highestIdPart(context, read, ids.highestIdFormula, lang);
  return {
    parts: part ? [part] : [],
    names: name ? [name] : [],
    count: ids.assignments.length,
  };
}
