// The use case behind "Opdater oversigt": read the workbook once, build the overview, write it
// once, and report what was found. Hosts supply the port (src/excel, src/xlsx).

import { headerLanguage } from "./columns";
import type { Diagnostic } from "./diagnostics";
import { buildOverview } from "./layout/overviewLayout";
import type { Language, Plan, Settings, YearMonth } from "./model";
import {
  GENERATED_SHEETS,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  type RawWorkbook,
  type ReadOptions,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "./port";
import { readWorkbook } from "./readWorkbook";
import { capRowHeights } from "./rowHeights";
import { readPlan, type ReadPlanResult, type StatusFix } from "./readPlan";
import {
  checkFocusAreaOrder,
  orderedFocusAreas,
  readSettings,
  resolveCurrentStatusDate,
} from "./settings";
import type { SheetDescription } from "./sheet";
import { summarize } from "./summarize";
import type { PlanSummary } from "./summary";

export interface RefreshOptions {
  /** Overrides the settings' current status date (and skips deriving it from the plan). */
  statusDate?: YearMonth;
  /** Overrides the settings' language for the sheet's own texts. */
  language?: Language;
  /** Clock for the generated-by line; defaults to the system clock. */
  now?: () => Date;
  /** What to read besides the plan and settings (the history's tail for `check`). */
  read?: ReadOptions;
  /** More checks of the plan as read (the undated changes since the last round); their findings join the diagnostics. */
  check?: (raw: RawWorkbook, plan: Plan, settings: Settings) => Diagnostic[];
}

export interface RefreshResult {
  written: boolean;
  diagnostics: Diagnostic[];
  /** Counts per focus area in overview column order; null when no plan could be read. */
  summary: PlanSummary | null;
  statusDate: YearMonth | null;
  /** Typed status variants the host may rewrite as canonical symbols. */
  statusFixes: StatusFix[];
  sheet: SheetDescription | null;
  planKind: "table" | "sheet" | null;
}

function withOptions(settings: Settings, options: RefreshOptions): Settings {
  return {
    ...settings,
    ...(options.language ? { language: options.language } : {}),
    ...(options.statusDate ? { currentStatusDate: { ...options.statusDate } } : {}),
  };
}

/** Settings with the options applied and the current status date resolved from the plan. */
function effectiveSettings(
  settings: Settings,
  read: ReadPlanResult,
  options: RefreshOptions,
  diagnostics: Diagnostic[],
  sheet: string | undefined
): Settings {
  const resolved = resolveCurrentStatusDate(withOptions(settings, options), read.plan, sheet);
  diagnostics.push(...resolved.diagnostics, ...checkFocusAreaOrder(read.plan, resolved.settings));
  return resolved.settings;
}

function planDiagnostics(snapshot: WorkbookSnapshot, read: ReadPlanResult): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (snapshot.plan?.kind === "sheet") {
    diagnostics.push({
      severity: "info",
      code: "core.refresh.planFromSheet",
      params: { table: PLAN_TABLE, sheet: PLAN_SHEET },
      sheet: snapshot.plan.sheet,
    });
  }
  diagnostics.push(...read.diagnostics);
  if (!read.ok && !diagnostics.some((d) => d.severity === "error")) {
    diagnostics.push({ severity: "error", code: "core.refresh.planUnreadable" });
  }
  return diagnostics;
}

const FOREIGN_OVERVIEW: Diagnostic = {
  severity: "error",
  code: "core.refresh.foreignOverview",
  params: { sheet: OVERVIEW_SHEET },
  sheet: OVERVIEW_SHEET,
};

/**
 * Rebuilds the overview: one `port.read()`, at most one `port.writeGeneratedSheet()`, one
 * `port.report()`. Nothing is written when there is no plan, the plan cannot be read, or a
 * sheet Oversigt exists that the add-in did not make; warnings never block writing.
 * Errors thrown by the port propagate to the caller.
 */
export interface PlanRead {
  /** The plan and its effective settings; null when there is no readable plan. */
  plan: Plan | null;
  settings: Settings | null;
  diagnostics: Diagnostic[];
  statusFixes: StatusFix[];
  /** How many of the diagnostics, at their start, are the settings sheet's. */
  settingsDiagnostics: number;
}

/**
 * The plan and its settings as every output reads them (the overview, the Word document): the
 * settings with the options applied and the current status date resolved, and every diagnostic
 * of the reading. `plan` is null when there is none or it cannot be read.
 */
export function readPlanAndSettings(
  snapshot: WorkbookSnapshot,
  options: RefreshOptions = {}
): PlanRead {
  const out: PlanRead = {
    plan: null,
    settings: null,
    diagnostics: [],
    statusFixes: [],
    settingsDiagnostics: 0,
  };
  const diagnostics = out.diagnostics;
  const planLanguage = snapshot.plan ? headerLanguage(snapshot.plan.header) : null;
  const fromSheet = readSettings(snapshot.settings, planLanguage ?? "da");
  diagnostics.push(...fromSheet.diagnostics);
  out.settingsDiagnostics = diagnostics.length;
  if (!snapshot.plan) {
    diagnostics.push({
      severity: "error",
      code: "core.refresh.noPlan",
      params: { table: PLAN_TABLE, sheet: PLAN_SHEET },
    });
    return out;
  }
  const read = readPlan(snapshot.plan);
  diagnostics.push(...planDiagnostics(snapshot, read));
  out.statusFixes = read.statusFixes;
  if (read.ok) {
    const sheet = snapshot.settings?.rows.length ? snapshot.settings.sheet : undefined;
    out.settings = effectiveSettings(fromSheet.settings, read, options, diagnostics, sheet);
    out.plan = read.plan;
  }
  return out;
}

export async function refreshOverview(
  port: WorkbookPort,
  options: RefreshOptions = {}
): Promise<RefreshResult> {
  const raw = await port.read(options.read);
  const snapshot = readWorkbook(raw);
  const overview = snapshot.generated.overview;
  const read = readPlanAndSettings(snapshot, options);
  const result: RefreshResult = {
    written: false,
    diagnostics: read.diagnostics,
    summary: null,
    statusDate: null,
    statusFixes: read.statusFixes,
    sheet: null,
    planKind: snapshot.plan?.kind ?? null,
  };
  // The foreign-overview error follows the settings' diagnostics, before the plan's.
  if (overview === "foreign")
    read.diagnostics.splice(read.settingsDiagnostics, 0, { ...FOREIGN_OVERVIEW });
  const { plan, settings } = read;
  if (plan && settings && options.check)
    read.diagnostics.push(...options.check(raw, plan, settings));
  if (plan && settings) {
    result.statusDate = settings.currentStatusDate;
    result.summary = summarize(
      { focusAreas: orderedFocusAreas(plan, settings) },
      result.statusDate
    );
    if (overview !== "foreign") {
      const generatedAt = (options.now ?? (() => new Date()))();
      const sized = capRowHeights(buildOverview(plan, settings, { generatedAt }));
      read.diagnostics.push(...sized.diagnostics);
      result.sheet = sized.sheet;
      await port.writeGeneratedSheet(result.sheet, GENERATED_SHEETS.overview.marker);
      result.written = true;
    }
  }
  await port.report?.(result.diagnostics);
  return result;
}
