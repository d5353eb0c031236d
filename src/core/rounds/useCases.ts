// The rounds use cases both hosts run (pane, ribbon-free; command line): close a round, compare
// two rounds (and write the changes sheet), build the overview as of a closed round. Each reads
// once and writes at most once through the port; the core decides everything in between.

import "./messages";
import type { Diagnostic } from "../diagnostics";
import type { Language, Plan, Settings, YearMonth } from "../model";
import { headerLanguage } from "../columns";
import {
  CHANGES_SHEET,
  GENERATED_SHEETS,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  type RawWorkbook,
  type ReadOptions,
  type WorkbookSnapshot,
} from "../port";
import { readWorkbook } from "../readWorkbook";
import { capRowHeights } from "../rowHeights";
import { readPlan, type ReadPlanResult } from "../readPlan";
import { orderedFocusAreas, readSettings, resolveCurrentStatusDate } from "../settings";
import { overviewAsOf, planAsOf, unknownRoundDiagnostic } from "./asOf";
import { computeChanges, type ChangesResult } from "./changes";
import { historyTrend } from "./counts";
import { buildChangesSheet } from "./changesSheet";
import { planCloseRound } from "./closeRound";
import { HISTORY_SHEET } from "./historyColumns";
import type { History, RoundRef } from "./model";
import { readHistory, type ReadHistoryResult } from "./readHistory";
import { historyGrid, type HistoryGrid, type RoundsPort } from "./roundsPort";
import { planStates } from "./snapshot";
import { comparedRounds, roundAndPrevious } from "./roundBlocks";
import { highestIdFormula, recordedHighestId } from "./ids";
import type { RawCell } from "../raw";
import { COLUMN_NAMES } from "../columns";

interface Read {
  raw: RawWorkbook;
  snapshot: WorkbookSnapshot;
  historyGrid: HistoryGrid;
  plan: ReadPlanResult | null;
  settings: Settings;
  history: ReadHistoryResult | null;
  diagnostics: Diagnostic[];
}

/**
 * What each use case needs of the history's rows: the trend its round, focus area and status;
 * closing a round the IDs and rounds (numbering, the rows of a round it replaces); comparing the
 * trend's columns and its two rounds whole; the overview of a round the rounds, and that round
 * and the one before whole. Others read it all.
 */
const TREND_COLUMNS = ["round", "focusArea", "status"] as const;
const CLOSE_COLUMNS = ["round", "id"] as const;

/** Comparing and the overview of a round: these columns of every row, their rounds whole. */
const ROUND_COLUMNS = ["round"] as const;

async function readAll(
  port: RoundsPort,
  language?: Language,
  historyColumns?: readonly string[],
  historyRounds?: ReadOptions["historyRounds"]
): Promise<Read> {
  const raw = await port.read({
    history: true,
    ...(historyColumns ? { historyColumns } : {}),
    ...(historyRounds ? { historyRounds } : {}),
  });
  const snapshot = readWorkbook(raw);
  const grid = historyGrid(raw);
  // Without a Sprog setting, the texts follow the language of the plan's headers.
  const planLanguage = snapshot.plan ? headerLanguage(snapshot.plan.header) : null;
  const fromSheet = readSettings(snapshot.settings, planLanguage ?? "da");
  const diagnostics = [...fromSheet.diagnostics];
  let settings = language ? { ...fromSheet.settings, language } : fromSheet.settings;
  let plan: ReadPlanResult | null = null;
  if (snapshot.plan) {
    plan = readPlan(snapshot.plan);
    diagnostics.push(...plan.diagnostics);
    if (plan.ok) {
      const resolved = resolveCurrentStatusDate(settings, plan.plan);
      settings = resolved.settings;
      diagnostics.push(...resolved.diagnostics);
    }
  } else {
    diagnostics.push({ severity: "error", code: "rounds.diag.planUnreadable", sheet: PLAN_SHEET });
  }
  const history = grid.source ? readHistory(grid.source) : null;
  if (history) diagnostics.push(...history.diagnostics);
  return { raw, snapshot, historyGrid: grid, plan, settings, history, diagnostics };
}

const planSheetOf = (read: Read) => read.snapshot.plan?.sheet ?? PLAN_SHEET;
const historySheetOf = (read: Read) => read.historyGrid.source?.sheet ?? HISTORY_SHEET;

export interface CloseRoundOptions {
  /** Default: the current status date. */
  round?: YearMonth;
  /** Start the next round: the new current status date. */
  next?: YearMonth;
  now?: () => Date;
  language?: Language;
}

export interface CloseRoundResult {
  written: boolean;
  round: YearMonth | null;
  /** The round was already closed: its rows were replaced. */
  replaced: boolean;
  /** Actions written into the history. */
  actions: number;
  /** IDs filled in the plan. */
  newIds: number;
  diagnostics: Diagnostic[];
}

/** Luk statusrunde / `close-round`: fill the IDs, snapshot the plan into the history. */
export async function closeRound(
  port: RoundsPort,
  options: CloseRoundOptions = {}
): Promise<CloseRoundResult> {
  const read = await readAll(port, options.language, CLOSE_COLUMNS);
  const result: CloseRoundResult = {
    written: false,
    round: null,
    replaced: false,
    actions: 0,
    newIds: 0,
    diagnostics: read.diagnostics,
  };
  const round = options.round ?? read.settings.currentStatusDate;
  if (!read.plan?.ok) return finish(port, result);
  if (!round) {
    result.diagnostics.push({ severity: "error", code: "rounds.diag.noRound" });
    return finish(port, result);
  }
  result.round = round;
  const planned = planCloseRound({
    plan: read.plan,
    planSheet: planSheetOf(read),
    history: read.history ? { read: read.history, width: read.historyGrid.width } : null,
    foreignHistorySheet: read.historyGrid.foreignSheet,
    recordedHighestId: recordedHighestId(read.raw.highestId),
    planNextColumn: read.raw.planNextColumn ?? null,
    round,
    closedAt: (options.now ?? (() => new Date()))(),
    language: read.settings.language,
  });
  // The history's own errors are already among the read's diagnostics.
  result.diagnostics.push(
    ...planned.diagnostics.filter((d) => !(read.history?.diagnostics ?? []).includes(d))
  );
  if (!planned.ok || !planned.write || !planned.ids) return finish(port, result);
  await port.writeRound({
    ids: {
      assignments: planned.ids.assignments,
      idIndex: read.plan.columns.columns.id ?? null,
    },
    history: planned.write,
    ...highestIdWrite(planned.ids.highest, read.raw.highestId),
    ...(options.next ? { next: options.next } : {}),
  });
  result.written = true;
  result.replaced = planned.write.replaced;
  result.actions = planned.entries.length;
  result.newIds = planned.ids.assignments.length;
  return finish(port, result);
}

function highestIdWrite(highest: number, recorded: RawCell | undefined) {
  const formula = highestIdFormula(highest, recorded);
  return formula ? { highestIdFormula: formula } : {};
}

async function finish<T extends { diagnostics: Diagnostic[] }>(port: RoundsPort, result: T) {
  await port.report?.(result.diagnostics);
  return result;
}

/** The history as read, or an empty one; with its error when a column is missing. */
function historyOf(read: Read): { history: History; blocked: boolean } {
  if (!read.history) return { history: { rounds: [] }, blocked: false };
  return { history: read.history.history, blocked: !read.history.ok };
}

export interface CompareOptions {
  from?: YearMonth;
  to?: RoundRef;
  /** Write the changes sheet (Skriv ændringsark, `changes -o`). */
  writeSheet?: boolean;
  now?: () => Date;
  language?: Language;
}

export interface CompareResult extends ChangesResult {
  written: boolean;
  settings: Settings;
  /** The sheet of the plan, where `planRow` of each change is. */
  planSheet: string;
  /** Native charts drawn on the changes sheet (0 where the host cannot draw them). */
  charts?: number;
}

/** Ændringer / `changes`: what changed from one round to another, and the trend. */
export async function compareRounds(
  port: RoundsPort,
  options: CompareOptions = {}
): Promise<CompareResult> {
  const read = await readAll(
    port,
    options.language,
    TREND_COLUMNS,
    comparedRounds(options.from, options.to ?? "now")
  );
  const { history, blocked } = historyOf(read);
  const empty = {
    ok: false,
    from: options.from ?? null,
    to: options.to ?? ("now" as const),
    changes: [],
    trend: { rounds: [], focusAreas: [] },
    written: false,
    settings: read.settings,
    planSheet: planSheetOf(read),
  };
  if (blocked) return finish(port, { ...empty, diagnostics: read.diagnostics });
  const needsPlan = (options.to ?? "now") === "now";
  if (needsPlan && !read.plan?.ok) return finish(port, { ...empty, diagnostics: read.diagnostics });
  const plan = read.plan?.ok ? read.plan.plan : null;
  const result = computeChanges({
    history,
    historySheet: historySheetOf(read),
    now: plan ? planStates(plan) : null,
    planSheet: planSheetOf(read),
    idColumn: COLUMN_NAMES.id.da,
    areaOrder: plan
      ? orderedFocusAreas(plan, read.settings).map((a) => a.name)
      : read.settings.focusAreaOrder,
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  });
  const out: CompareResult = {
    ...result,
    diagnostics: [...read.diagnostics, ...result.diagnostics],
    written: false,
    settings: read.settings,
    planSheet: planSheetOf(read),
  };
  if (result.ok && result.from && options.writeSheet) {
    if (read.snapshot.generated.changes === "foreign") {
      out.diagnostics.push({
        severity: "error",
        code: "rounds.diag.foreignChanges",
        params: { sheet: CHANGES_SHEET },
        sheet: CHANGES_SHEET,
      });
      return finish(port, out);
    }
    const built = buildChangesSheet({
      from: result.from,
      to: result.to,
      changes: result.changes,
      trend: result.trend,
      settings: read.settings,
      generatedAt: (options.now ?? (() => new Date()))(),
    });
    const sized = capRowHeights(built.sheet);
    out.diagnostics.push(...sized.diagnostics);
    await port.writeGeneratedSheet(sized.sheet, GENERATED_SHEETS.changes.marker);
    await port.writeCharts?.(built.sheet.name, built.charts);
    out.written = true;
    out.charts = port.writeCharts ? built.charts.length : 0;
  }
  return finish(port, out);
}

export interface RoundOverviewResult {
  written: boolean;
  diagnostics: Diagnostic[];
}

/** Oversigt for runde / `overview --round`: the overview as the history holds that round. */
export async function overviewForRound(
  port: RoundsPort,
  round: YearMonth,
  options: { now?: () => Date; language?: Language } = {}
): Promise<RoundOverviewResult> {
  const read = await readAll(port, options.language, ROUND_COLUMNS, roundAndPrevious(round));
  const { history, blocked } = historyOf(read);
  const result: RoundOverviewResult = { written: false, diagnostics: read.diagnostics };
  if (blocked) return finish(port, result);
  if (read.snapshot.generated.overview === "foreign") {
    result.diagnostics.push({
      severity: "error",
      code: "core.refresh.foreignOverview",
      params: { sheet: OVERVIEW_SHEET },
      sheet: OVERVIEW_SHEET,
    });
    return finish(port, result);
  }
  const sheet = overviewAsOf(history, round, read.settings, {
    generatedAt: (options.now ?? (() => new Date()))(),
  });
  if (!sheet) {
    result.diagnostics.push(unknownRoundDiagnostic(history, round, historySheetOf(read)));
    return finish(port, result);
  }
  const sized = capRowHeights(sheet);
  result.diagnostics.push(...sized.diagnostics);
  await port.writeGeneratedSheet(sized.sheet, GENERATED_SHEETS.overview.marker);
  result.written = true;
  return finish(port, result);
}

export interface RoundPlanResult {
  /** The plan as the round left it, its changes dated to the round; null: see the diagnostics. */
  plan: Plan | null;
  /** The workbook's settings with the round as the current status date. */
  settings: Settings;
  diagnostics: Diagnostic[];
}

/**
 * The plan of a closed round for what is made from it besides the overview (`export --round`):
 * the same reading and errors as `overviewForRound` (a history with a missing column, a round
 * it does not hold); nothing is written.
 */
export async function planForRound(
  port: RoundsPort,
  round: YearMonth,
  options: { language?: Language } = {}
): Promise<RoundPlanResult> {
  const read = await readAll(port, options.language);
  const { history, blocked } = historyOf(read);
  const settings = { ...read.settings, currentStatusDate: { ...round } };
  const result: RoundPlanResult = { plan: null, settings, diagnostics: read.diagnostics };
  if (blocked) return finish(port, result);
  const asOf = planAsOf(history, round);
  if (!asOf) {
    result.diagnostics.push(unknownRoundDiagnostic(history, round, historySheetOf(read)));
    return finish(port, result);
  }
  result.plan = asOf.plan;
  return finish(port, result);
}

export interface RoundsOverview {
  /** Closed rounds, earliest first. */
  rounds: YearMonth[];
  current: YearMonth | null;
  /** Every closed round, then now (when the plan can be read). */
  trend: ReturnType<typeof historyTrend>;
  diagnostics: Diagnostic[];
}

/** What the pane's Statusrunder section shows: the closed rounds, the current one, the trend. */
export async function roundsOverview(
  port: RoundsPort,
  options: { language?: Language } = {}
): Promise<RoundsOverview> {
  const read = await readAll(port, options.language, TREND_COLUMNS);
  const { history } = historyOf(read);
  const plan = read.plan?.ok ? read.plan.plan : null;
  return {
    rounds: history.rounds.map((r) => ({ ...r.round })),
    current: read.settings.currentStatusDate,
    trend: historyTrend(
      history,
      plan ? planStates(plan) : null,
      plan
        ? orderedFocusAreas(plan, read.settings).map((a) => a.name)
        : read.settings.focusAreaOrder
    ),
    diagnostics: read.diagnostics,
  };
}
