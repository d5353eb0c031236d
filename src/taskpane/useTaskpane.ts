// The task pane's state and actions, apart from its rendering (as Fluent v9 splits a
// component's state hook from its render): the workbook state, which operation runs, the
// outcomes, the messages, the two switches, the closed rounds and the view shown. All host work
// goes through the AddinOperations from context; one operation runs at a time.

import { useCallback, useEffect, useRef, useState } from "react";
import { formatMonth } from "../core/dates";
import type { Diagnostic } from "../core/diagnostics";
import { errorMessage } from "../core/errorMessage";
import type { Plan, Settings, YearMonth } from "../core/model";
import { UserFacingError } from "../core/operations";
import type {
  RefreshOutcome,
  StatusEdit,
  StatusFormattingOutcome,
  WorkbookState,
} from "../core/operations";
import type { RoundsOverview } from "../core/rounds/useCases";
import type { AutoOpenSetting } from "./autoOpen";
import { useLang, useT } from "./i18n";
import { loadWord } from "./loadWord";
import { useOperations } from "./operationsContext";
import { initialView, rememberView, watchViewRequests, type PaneView } from "./paneView";
import { useStatusWatch } from "./useStatusWatch";

export type Busy = "refresh" | "formatting" | "createPlan" | "statusDate" | "word";

/** How many rows an automatic-status note names before it says "…". */
const ROWS_SHOWN = 5;

export interface Taskpane {
  state: WorkbookState | null;
  busy: Busy | null;
  error: string | null;
  notice: string | null;
  refreshOutcome: RefreshOutcome | null;
  formatting: StatusFormattingOutcome | null;
  diagnostics: Diagnostic[] | null;
  autoStatus: boolean;
  autoNote: string | null;
  autoOpen: boolean;
  /** Whether the pane can remember "open with the workbook" (the setting is available). */
  canAutoOpen: boolean;
  /** The closed rounds and the trend; null until read (or without a plan). */
  rounds: RoundsOverview | null;
  /** The view shown (Runde, Historik, Problemer). */
  view: PaneView;
  /** Errors and warnings of the last operation: the Problemer tab's counter. */
  problemCount: number;
  selectView(view: PaneView): void;
  /** Reads the closed rounds again (after closing one, starting the next, …). */
  reloadRounds(): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  refresh(): Promise<void>;
  applyFormatting(): Promise<void>;
  createPlan(): Promise<void>;
  /** Creates the plan imported from a Word document, then builds its overview. */
  importPlan(plan: Plan, settings: Settings): Promise<void>;
  /** The overview as a .docx and a file name; rejects with what the user should read. */
  wordDocument(): Promise<{ bytes: Uint8Array; fileName: string }>;
  setStatusDate(month: YearMonth): Promise<void>;
  selectCell(sheet: string, row: number, column?: string): void;
  setAutoStatus(on: boolean): void;
  changeAutoOpen(on: boolean): void;
  /** For the Statusrunder section: its findings go to the problems list, its errors up top. */
  showDiagnostics(diagnostics: Diagnostic[]): void;
  reportError(error: unknown): void;
  /** The section started the next round: the pane's status date follows. */
  statusDateChanged(month: YearMonth): void;
}

export function useTaskpane(
  autoOpenSetting?: AutoOpenSetting,
  /** The state if it has already been read (src/taskpane/earlyState): no read on mount then. */
  firstState?: () => WorkbookState | null
): Taskpane {
  const operations = useOperations();
  const t = useT();
  const lang = useLang();

  const [state, setState] = useState<WorkbookState | null>(() => firstState?.() ?? null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshOutcome, setRefreshOutcome] = useState<RefreshOutcome | null>(null);
  const [formatting, setFormatting] = useState<StatusFormattingOutcome | null>(null);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[] | null>(null);
  const [autoStatus, setAutoStatusState] = useState(true);
  const [autoNote, setAutoNote] = useState<string | null>(null);
  const [autoOpen, setAutoOpen] = useState(() => {
    try {
      return autoOpenSetting?.get() ?? false;
    } catch {
      return false;
    }
  });

  const [rounds, setRounds] = useState<RoundsOverview | null>(null);
  const [view, setViewState] = useState<PaneView>(initialView);

  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const showError = useCallback(
    (e: unknown) => {
      // Details for support in the console; the user reads a translated sentence.
      console.error(e);
      if (mounted.current) setError(errorMessage(e, lang));
    },
    [lang]
  );

  const loadState = useCallback(async () => {
    try {
      const next = await operations.getState();
      if (mounted.current) setState(next);
    } catch (e) {
      showError(e);
    }
  }, [operations, showError]);

  // Read on mount unless the first render already had the state.
  const readOnMount = useRef(state === null);
  useEffect(() => {
    if (readOnMount.current) void loadState();
    readOnMount.current = true;
  }, [loadState]);

  const hasPlan = !!state?.hasPlan;
  const reloadRounds = useCallback(async () => {
    try {
      const next = await operations.getRounds();
      if (mounted.current) setRounds(next);
    } catch (e) {
      showError(e);
    }
  }, [operations, showError]);
  // The rounds follow the plan and the current status date (a new round is started there).
  const month = state?.currentStatusDate;
  useEffect(() => {
    if (hasPlan) void reloadRounds();
  }, [hasPlan, reloadRounds, month?.year, month?.month]);

  useEffect(() => watchViewRequests(setViewState), []);
  const selectView = useCallback((next: PaneView) => {
    setViewState(next);
    rememberView(next);
  }, []);

  /** Runs one operation: busy state, errors shown, never two at a time. */
  const run = async (kind: Busy, work: () => Promise<void>) => {
    if (busy) return;
    setBusy(kind);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      showError(e);
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  const onEdit = (edit: StatusEdit) => {
    const rows = edit.rows.slice(0, ROWS_SHOWN).join(", ");
    setAutoNote(
      t("taskpane.auto.acted", { rows: edit.rows.length > ROWS_SHOWN ? `${rows} …` : rows })
    );
  };
  const onWatchError = (e: unknown) => {
    showError(e);
    setAutoStatusState(false);
  };
  useStatusWatch(operations, autoStatus && !!state?.hasPlan, onEdit, onWatchError);

  return {
    state,
    busy,
    error,
    notice,
    refreshOutcome,
    formatting,
    diagnostics,
    autoStatus,
    autoNote,
    autoOpen,
    canAutoOpen: !!autoOpenSetting,
    rounds,
    view,
    problemCount: (diagnostics ?? []).filter((d) => d.severity !== "info").length,
    selectView,
    reloadRounds,
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),

    refresh: () =>
      run("refresh", async () => {
        const outcome = await operations.refreshOverview();
        setRefreshOutcome(outcome);
        setDiagnostics(outcome.diagnostics);
        const statusDate = outcome.statusDate;
        if (statusDate) setState((s) => (s ? { ...s, currentStatusDate: statusDate } : s));
      }),

    applyFormatting: () =>
      run("formatting", async () => {
        const outcome = await operations.applyStatusFormatting();
        setFormatting(outcome);
        setDiagnostics(outcome.diagnostics);
      }),

    createPlan: () =>
      run("createPlan", async () => {
        await operations.createPlan();
        setNotice(t("taskpane.createPlan.done"));
        await loadState();
      }),

    importPlan: (plan: Plan, settings: Settings) =>
      run("createPlan", async () => {
        await operations.createPlan({ plan, settings });
        await loadState();
        const outcome = await operations.refreshOverview();
        setRefreshOutcome(outcome);
        setDiagnostics(outcome.diagnostics);
        setNotice(t("word.import.done"));
      }),

    wordDocument: async () => {
      if (busy) throw new UserFacingError("word.export.busy");
      setBusy("word");
      setError(null);
      setNotice(null);
      try {
        const [described, word] = await Promise.all([
          operations.describeWordDocument(),
          loadWord(),
        ]);
        if (mounted.current) setDiagnostics(described.diagnostics);
        if (!described.document || !described.settings) {
          throw new UserFacingError("word.export.noPlan");
        }
        const title = described.settings.title.replace(/[\\/:*?"<>|]+/g, "-").trim();
        return {
          bytes: await word.writeDocx(described.document),
          fileName: title !== "" ? title : t("word.export.fileName"),
        };
      } finally {
        if (mounted.current) setBusy(null);
      }
    },

    setStatusDate: (month: YearMonth) =>
      run("statusDate", async () => {
        await operations.setCurrentStatusDate(month);
        setState((s) => (s ? { ...s, currentStatusDate: month } : s));
        setNotice(t("taskpane.statusDate.saved", { month: formatMonth(month, lang) }));
      }),

    selectCell: (sheet: string, row: number, column?: string) => {
      operations.selectPlanCell(sheet, row, column).catch(showError);
    },

    setAutoStatus: (on: boolean) => {
      setAutoStatusState(on);
      setAutoNote(null);
    },

    showDiagnostics: (list: Diagnostic[]) => setDiagnostics(list),
    reportError: showError,
    // The section says itself that the next round started.
    statusDateChanged: (month: YearMonth) =>
      setState((s) => (s ? { ...s, currentStatusDate: month } : s)),

    changeAutoOpen: (on: boolean) => {
      if (!autoOpenSetting) return;
      setAutoOpen(on);
      autoOpenSetting.set(on).catch((e: unknown) => {
        showError(e);
        if (mounted.current) setAutoOpen(!on);
      });
    },
  };
}
