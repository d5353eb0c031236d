// The use case behind "Opdater oversigt": read the workbook once, build the overview, write it
// once, and report what was found. Hosts supply the port (src/excel, src/xlsx).

import { headerLanguage } from "./columns";
import type { Diagnostic } from "./diagnostics";
import { buildOverview } from "./layout/overviewLayout";
import type { Language, Settings, YearMonth } from "./model";
import {
  GENERATED_SHEETS,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "./port";
import { readWorkbook } from "./readWorkbook";
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
export async function refreshOverview(
  port: WorkbookPort,
  options: RefreshOptions = {}
): Promise<RefreshResult> {
  const snapshot = readWorkbook(await port.read());
  const overview = snapshot.generated.overview;
  const result: RefreshResult = {
    written: false,
    diagnostics: [],
    summary: null,
    statusDate: null,
    statusFixes: [],
    sheet: null,
    planKind: snapshot.plan?.kind ?? null,
  };
  const diagnostics = result.diagnostics;
  // Without a Sprog setting, the sheet's texts follow the language of the plan's headers.
  const planLanguage = snapshot.plan ? headerLanguage(snapshot.plan.header) : null;
  const fromSheet = readSettings(snapshot.settings, planLanguage ?? "da");
  diagnostics.push(...fromSheet.diagnostics);
  if (overview === "foreign") diagnostics.push({ ...FOREIGN_OVERVIEW });

  if (!snapshot.plan) {
    diagnostics.push({
      severity: "error",
      code: "core.refresh.noPlan",
      params: { table: PLAN_TABLE, sheet: PLAN_SHEET },
    });
  } else {
    const read = readPlan(snapshot.plan);
    diagnostics.push(...planDiagnostics(snapshot, read));
    result.statusFixes = read.statusFixes;
    if (read.ok) {
      // Messages about the settings name their sheet only when the workbook has settings rows.
      const sheet = snapshot.settings?.rows.length ? snapshot.settings.sheet : undefined;
      const settings = effectiveSettings(fromSheet.settings, read, options, diagnostics, sheet);
      const plan = read.plan;
      result.statusDate = settings.currentStatusDate;
      result.summary = summarize(
        { focusAreas: orderedFocusAreas(plan, settings) },
        result.statusDate
      );
      if (overview !== "foreign") {
        const generatedAt = (options.now ?? (() => new Date()))();
        result.sheet = buildOverview(plan, settings, { generatedAt });
        await port.writeGeneratedSheet(result.sheet, GENERATED_SHEETS.overview.marker);
        result.written = true;
      }
    }
  }
  await port.report?.(diagnostics);
  return result;
}
