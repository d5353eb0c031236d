// AddinOperations over Office.js: what the task pane and the ribbon commands call. Every
// operation checks ExcelApi 1.9 first, runs in its own Excel.run, and turns whatever Excel
// throws into a UserFacingError that names the sheet, table or cell it was working on.
// Nothing is stored in the browser (no localStorage, no Office.settings): all shared state is
// in the workbook, so co-authors and users without the add-in see the same thing.

import type { YearMonth } from "../core/model";
import {
  UserFacingError,
  type AddinOperations,
  type PlanSeed,
  type RefreshOutcome,
  type StatusEdit,
  type StatusFormattingOutcome,
  type WorkbookState,
} from "../core/operations";
import {
  CHANGES_SHEET,
  HISTORY_SHEET,
  HISTORY_TABLE,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
} from "../core/port";
import type { RoundOverviewResult, RoundRef } from "../core/rounds";
import { refreshOverview as refreshUseCase } from "../core/refresh";
import { describeOverviewDocument, type DocumentExportResult } from "../core/word/exportUseCase";
import { readSettings } from "../core/settings";
import { normalizeKey } from "../core/keys";
import { langFromTag, type Language } from "../i18n";
import { asUserFacing } from "./errors";
import { ExcelWorkbookPort } from "./excelPort";
import { DEFAULT_GRACE_MS, OwnWriteGuard } from "./ownWrites";
import { readWorkbook } from "./readWorkbook";
import { retryOnce } from "./provenWrite";
import type { ExcelLike, OfficeLike } from "../officeHost";
import { assertBaseline } from "./requirements";
import { OVERVIEW_BUDGET_BYTES } from "./writeOverview";

/** The rounds' use cases load with the pane's Statusrunder chunk, not before first render. */
const roundsUseCases = () => import("../core/rounds/useCases");
/** Closing stopped: column ID would go over the user's data (src/core/rounds/closeRound.ts). */
const ID_COLUMN_BLOCKED = "rounds.diag.idColumnBlockedAt";
type RoundsUseCases = Awaited<ReturnType<typeof roundsUseCases>>;

export interface ExcelOperationsOptions {
  /** Clock for the overview's generated-by line and `refreshedAt`. */
  now?: () => Date;
  /** How long after an own write its change events are still recognised as ours. */
  ownWriteGraceMs?: number;
  /** Request size per sync for the overview write (tests lower it to force chunks). */
  requestBudgetBytes?: number;
  /** Clock in epoch ms for the ribbon's time bound (tests). */
  clock?: () => number;
}

/**
 * What one overview chunk (up to 4.3 MB of request) is allowed to take when the ribbon checks
 * its time bound: a generous figure for Excel on the web, where such a request takes seconds;
 * being wrong costs a pointer to the pane, never a half-written overview.
 */
export const WRITE_CHUNK_ESTIMATE_MS = 30_000;

export interface ExcelOperations extends AddinOperations {
  /** Syncs the last refresh spent writing (1 unless the overview was split by size). */
  readonly lastRefreshWriteSyncs: number;
  /** Syncs the last refresh, changes sheet or overview of a round spent writing. */
  readonly lastWriteSyncs: number;
  dateUndatedChanges(): Promise<{ rows: number[] }>;
}

function globalExcel(): ExcelLike {
  const candidate = (globalThis as { Excel?: ExcelLike }).Excel;
  if (!candidate) throw new UserFacingError("excel.error.noExcel");
  return candidate;
}

function globalOffice(): OfficeLike | undefined {
  return (globalThis as { Office?: OfficeLike }).Office;
}

export function createExcelOperations(
  excel?: ExcelLike,
  office?: OfficeLike,
  options: ExcelOperationsOptions = {}
): ExcelOperations {
  const now = options.now ?? (() => new Date());
  const guard = new OwnWriteGuard(options.ownWriteGraceMs ?? DEFAULT_GRACE_MS);
  const host = (): ExcelLike => excel ?? globalExcel();
  const officeHost = (): OfficeLike | undefined => office ?? globalOffice();
  const userLang = (): Language => langFromTag(officeHost()?.context?.displayLanguage);
  let lastRefreshWriteSyncs = 0;
  let lastWriteSyncs = 0;
  /** A port whose write syncs are kept for lastWriteSyncs (figures and tests). */
  const counted = <T>(port: ExcelWorkbookPort, work: Promise<T>): Promise<T> =>
    work.finally(() => {
      lastWriteSyncs = port.stats.writeSyncs;
    });
  const requestOperations = () =>
    import("./requests").then((m) => m.createExcelRequestOperations(host(), officeHost()));

  const checked = <T>(
    target: { sheet: string; table?: string },
    work: () => Promise<T>
  ): Promise<T> =>
    asUserFacing(target, async () => {
      assertBaseline(officeHost());
      return work();
    });

  const rounds = <T>(
    target: { sheet: string; table?: string },
    use: (cases: RoundsUseCases, context: Excel.RequestContext) => Promise<T>,
    /** The use case writes through proven writes: try once more from a fresh read. */
    retry = false
  ): Promise<T> =>
    checked(target, async () => {
      // Loaded before the read: nothing waits between the read and the write.
      const cases = await roundsUseCases();
      const attempt = () => host().run((context) => use(cases, context));
      return retry ? retryOnce(attempt) : attempt();
    });

  return {
    get lastRefreshWriteSyncs() {
      return lastRefreshWriteSyncs;
    },
    get lastWriteSyncs() {
      return lastWriteSyncs;
    },

    getState(): Promise<WorkbookState> {
      return checked({ sheet: PLAN_SHEET, table: PLAN_TABLE }, () =>
        host().run(async (context) => {
          const read = await readWorkbook(context, { planBody: false });
          const settings = readSettings(read.snapshot.settings).settings;
          return {
            hasPlan: read.snapshot.plan !== null,
            currentStatusDate: settings.currentStatusDate,
            language: read.snapshot.settings ? settings.language : userLang(),
          };
        })
      );
    },

    refreshOverview(refresh: { deadline?: number } = {}): Promise<RefreshOutcome> {
      return checked({ sheet: OVERVIEW_SHEET }, async () => {
        // Loaded before the read: nothing waits between the read and the write.
        const undated = await import("./undatedCheck");
        // A read split over several requests is abandoned when a co-author moves the plan's
        // rows between them (chunkedRead.ts); nothing is written then: tried once more.
        return retryOnce(() =>
          host().run(async (context) => {
            const port = new ExcelWorkbookPort(
              context,
              options.requestBudgetBytes ?? OVERVIEW_BUDGET_BYTES
            );
            const deadline = refresh.deadline;
            if (deadline !== undefined) {
              // Before the first write: every chunk must fit in what is left (the old overview is
              // cleared by the first one, so a write cut off halfway would leave it broken).
              port.beforeFirstWrite = (chunks) => {
                if ((options.clock ?? Date.now)() + chunks * WRITE_CHUNK_ESTIMATE_MS > deadline) {
                  throw new UserFacingError("coauthoring.ribbonTooLarge");
                }
              };
            }
            const refreshedAt = now();
            const result = await refreshUseCase(port, {
              now: () => refreshedAt,
              // The last closed round, for the check of changes not dated in this round.
              read: { history: true, historyTail: true },
              check: undated.undatedCheck,
            });
            lastRefreshWriteSyncs = port.stats.writeSyncs;
            lastWriteSyncs = port.stats.writeSyncs;
            return {
              written: result.written,
              diagnostics: result.diagnostics,
              summary: result.summary,
              statusDate: result.statusDate,
              refreshedAt,
            };
          })
        );
      });
    },

    dateUndatedChanges(): Promise<{ rows: number[] }> {
      return checked({ sheet: PLAN_SHEET, table: PLAN_TABLE }, async () => {
        const { dateUndatedInExcel } = await import("./dateUndated");
        return retryOnce(() => host().run((context) => dateUndatedInExcel(context, guard)));
      });
    },

    applyStatusFormatting(): Promise<StatusFormattingOutcome> {
      return checked({ sheet: PLAN_SHEET, table: PLAN_TABLE }, () =>
        // Loaded on first use (not with the pane's first render), before the read.
        import("./statusFormatting").then(({ applyStatusFormattingInExcel }) =>
          retryOnce(() =>
            host().run((context) => applyStatusFormattingInExcel(context, guard, officeHost()))
          )
        )
      );
    },

    createPlan(seed?: PlanSeed): Promise<void> {
      return checked({ sheet: PLAN_SHEET, table: PLAN_TABLE }, () =>
        import("./createPlan").then(({ createPlanInExcel }) =>
          retryOnce(() => host().run((context) => createPlanInExcel(context, userLang(), seed)))
        )
      );
    },

    describeWordDocument(): Promise<DocumentExportResult> {
      return checked({ sheet: PLAN_SHEET, table: PLAN_TABLE }, () =>
        host().run((context) => describeOverviewDocument(new ExcelWorkbookPort(context)))
      );
    },

    // The rounds' operations run their use cases loaded on first use (not before first render).
    // Reads only; tried once more when a co-author moved rows between its read requests.
    getRounds: () =>
      rounds(
        { sheet: HISTORY_SHEET, table: HISTORY_TABLE },
        (u, c) => u.roundsOverview(new ExcelWorkbookPort(c)),
        true
      ),
    // The IDs go into column ID, not Status or Statusnote: no automatic status date.
    // Proven writes (provenWrite.ts): a changed plan undoes the write, and it is tried once
    // more from a fresh read. The question whether to replace a closed round is asked by the
    // pane before this runs.
    closeRound: (round: YearMonth) =>
      rounds(
        { sheet: HISTORY_SHEET, table: HISTORY_TABLE },
        async (u, c) => {
          const result = await u.closeRound(new ExcelWorkbookPort(c, undefined, officeHost()), {
            round,
            now,
          });
          // Column ID cannot be added over the user's data: nothing was written; say where.
          const blocked = result.diagnostics.find((d) => d.code === ID_COLUMN_BLOCKED);
          if (blocked) throw new UserFacingError(blocked.code, blocked.params);
          return result;
        },
        true
      ),
    // A read split over several requests is abandoned when a co-author moves the history's
    // rows between them (chunkedRead.ts): tried once more from a fresh read.
    compareRounds: (from: YearMonth | null, to: RoundRef, writeSheet: boolean) =>
      rounds(
        { sheet: CHANGES_SHEET },
        (u, c) => {
          const port = new ExcelWorkbookPort(c);
          return counted(
            port,
            u.compareRounds(port, { ...(from ? { from } : {}), to, writeSheet, now })
          );
        },
        true
      ),
    overviewForRound(round: RoundRef): Promise<RoundOverviewResult> {
      if (round === "now") return this.refreshOverview();
      return rounds(
        { sheet: OVERVIEW_SHEET },
        (u, c) => {
          const port = new ExcelWorkbookPort(c);
          return counted(port, u.overviewForRound(port, round, { now }));
        },
        true
      );
    },

    setCurrentStatusDate(month: YearMonth): Promise<void> {
      return checked({ sheet: SETTINGS_SHEET }, async () => {
        const { setCurrentStatusDateInExcel } = await import("./statusDate");
        await retryOnce(() =>
          host().run(async (context) => {
            await setCurrentStatusDateInExcel(context, month, userLang(), officeHost());
          })
        );
      });
    },

    selectPlanCell(sheet: string, row: number, column?: string): Promise<void> {
      return checked({ sheet }, () =>
        host().run(async (context) => {
          const read = await readWorkbook(context, { planBody: false });
          let columnIndex = 0;
          const plan = read.plan;
          const source = read.snapshot.plan;
          if (plan && source && plan.sheet.toLowerCase() === sheet.toLowerCase()) {
            columnIndex = plan.firstColumn;
            if (column !== undefined) {
              const wanted = normalizeKey(column);
              const index = source.header.findIndex(
                (cell) => typeof cell === "string" && normalizeKey(cell) === wanted
              );
              if (index >= 0) columnIndex = plan.firstColumn + index;
            }
          }
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getCell(Math.max(0, row - 1), columnIndex).select();
          await context.sync();
        })
      );
    },

    watchStatusEdits(onEdit: (edit: StatusEdit) => void): Promise<() => Promise<void>> {
      return checked({ sheet: PLAN_SHEET, table: PLAN_TABLE }, async () => {
        const { watchStatusEditsInExcel } = await import("./watchStatusEdits");
        return watchStatusEditsInExcel(host(), guard, onEdit);
      });
    },

    // Bed om status (requests.ts), loaded with the step that uses it.
    getRequests: () => requestOperations().then((r) => r.getRequests()),
    sendRequests: () => requestOperations().then((r) => r.sendRequests()),
    remindOwners: () => requestOperations().then((r) => r.remindOwners()),
  };
}
