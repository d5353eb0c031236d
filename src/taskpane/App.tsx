// The task pane: status date, refresh with its result, status formatting, automatic status
// dates, the problems list, and "Opret plan" for a workbook without a plan. All host work goes
// through the AddinOperations from context; one operation runs at a time.

import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Diagnostic } from "../core/diagnostics";
import type { YearMonth } from "../core/model";
import type {
  RefreshOutcome,
  StatusEdit,
  StatusFormattingOutcome,
  WorkbookState,
} from "../core/operations";
import { formatMonth } from "../core/dates";
import { PaneSection } from "./components/PaneSection";
import { ProblemsList } from "./components/ProblemsList";
import { RefreshResult } from "./components/RefreshResult";
import { StatusDatePicker } from "./components/StatusDatePicker";
import type { AutoOpenSetting } from "./autoOpen";
import { errorMessage } from "../core/errorMessage";
import { useLang, useT } from "./i18n";
import { useOperations } from "./operationsContext";
import { useStatusWatch } from "./useStatusWatch";

type Busy = "refresh" | "formatting" | "createPlan" | "statusDate";

/** How many rows an automatic-status note names before it says "…". */
const ROWS_SHOWN = 5;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  heading: { margin: 0 },
  actionRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

export function App(props: { autoOpen?: AutoOpenSetting }) {
  const styles = useStyles();
  const operations = useOperations();
  const t = useT();
  const lang = useLang();

  const [state, setState] = useState<WorkbookState | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [refreshOutcome, setRefreshOutcome] = useState<RefreshOutcome | null>(null);
  const [formatting, setFormatting] = useState<StatusFormattingOutcome | null>(null);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[] | null>(null);
  const [autoStatus, setAutoStatus] = useState(true);
  const [autoNote, setAutoNote] = useState<string | null>(null);
  const [autoOpen, setAutoOpen] = useState(() => {
    try {
      return props.autoOpen?.get() ?? false;
    } catch {
      return false;
    }
  });

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

  useEffect(() => {
    void loadState();
  }, [loadState]);

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

  const refresh = () =>
    run("refresh", async () => {
      const outcome = await operations.refreshOverview();
      setRefreshOutcome(outcome);
      setDiagnostics(outcome.diagnostics);
      const statusDate = outcome.statusDate;
      if (statusDate) setState((s) => (s ? { ...s, currentStatusDate: statusDate } : s));
    });

  const applyFormatting = () =>
    run("formatting", async () => {
      const outcome = await operations.applyStatusFormatting();
      setFormatting(outcome);
      setDiagnostics(outcome.diagnostics);
    });

  const createPlan = () =>
    run("createPlan", async () => {
      await operations.createPlan();
      setNotice(t("taskpane.createPlan.done"));
      await loadState();
    });

  const setStatusDate = (month: YearMonth) =>
    run("statusDate", async () => {
      await operations.setCurrentStatusDate(month);
      setState((s) => (s ? { ...s, currentStatusDate: month } : s));
      setNotice(t("taskpane.statusDate.saved", { month: formatMonth(month, lang) }));
    });

  const selectCell = (sheet: string, row: number, column?: string) => {
    operations.selectPlanCell(sheet, row, column).catch(showError);
  };

  const changeAutoOpen = (on: boolean) => {
    const setting = props.autoOpen;
    if (!setting) return;
    setAutoOpen(on);
    setting.set(on).catch((e: unknown) => {
      showError(e);
      if (mounted.current) setAutoOpen(!on);
    });
  };

  const onEdit = (edit: StatusEdit) => {
    const rows = edit.rows.slice(0, ROWS_SHOWN).join(", ");
    setAutoNote(
      t("taskpane.auto.acted", { rows: edit.rows.length > ROWS_SHOWN ? `${rows} …` : rows })
    );
  };
  const onWatchError = (e: unknown) => {
    showError(e);
    setAutoStatus(false);
  };
  useStatusWatch(operations, autoStatus && !!state?.hasPlan, onEdit, onWatchError);

  const spinner = (kind: Busy, labelKey: string) =>
    busy === kind ? <Spinner size="tiny" label={t(labelKey)} labelPosition="after" /> : null;

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1" className={styles.heading}>
        {t("taskpane.title")}
      </Subtitle1>

      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("taskpane.error.dismiss")}
                icon={<DismissRegular />}
                onClick={() => setError(null)}
              />
            }
          />
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {state === null && !error && <Spinner size="small" label={t("taskpane.loading")} />}

      {state && !state.hasPlan && (
        <PaneSection id="createPlan" title={t("taskpane.createPlan.heading")}>
          <Body1>{t("taskpane.createPlan.text")}</Body1>
          <div className={styles.actionRow}>
            <Button appearance="primary" disabledFocusable={!!busy} onClick={createPlan}>
              {t("taskpane.createPlan.button")}
            </Button>
            {spinner("createPlan", "taskpane.createPlan.running")}
          </div>
        </PaneSection>
      )}

      <PaneSection id="statusDate" title={t("taskpane.statusDate.heading")}>
        <Caption1 className={styles.note}>
          {state?.currentStatusDate
            ? t("taskpane.statusDate.current", {
                month: formatMonth(state.currentStatusDate, lang),
              })
            : t("taskpane.statusDate.none")}
        </Caption1>
        <StatusDatePicker
          value={state?.currentStatusDate ?? null}
          fallback={thisMonth()}
          disabled={!!busy}
          onApply={setStatusDate}
        />
        {spinner("statusDate", "taskpane.statusDate.running")}
      </PaneSection>

      <PaneSection id="refresh" title={t("taskpane.refresh.heading")}>
        <div className={styles.actionRow}>
          <Button appearance="primary" disabledFocusable={!!busy} onClick={refresh}>
            {t("taskpane.refresh.button")}
          </Button>
          <div role="status">{spinner("refresh", "taskpane.refresh.running")}</div>
        </div>
        {refreshOutcome && <RefreshResult outcome={refreshOutcome} />}
      </PaneSection>

      <PaneSection id="formatting" title={t("taskpane.formatting.heading")}>
        <Caption1 className={styles.note}>{t("taskpane.formatting.text")}</Caption1>
        <div className={styles.actionRow}>
          <Button disabledFocusable={!!busy} onClick={applyFormatting}>
            {t("taskpane.formatting.button")}
          </Button>
          <div role="status">{spinner("formatting", "taskpane.formatting.running")}</div>
        </div>
        {formatting && (
          <Body1>{t("taskpane.formatting.done", { count: formatting.symbolsChanged })}</Body1>
        )}
      </PaneSection>

      <PaneSection id="auto" title={t("taskpane.auto.heading")}>
        <Switch
          checked={autoStatus}
          label={t("taskpane.auto.label")}
          onChange={(_, data) => {
            setAutoStatus(data.checked);
            setAutoNote(null);
          }}
        />
        <Caption1 className={styles.note}>{t("taskpane.auto.hint")}</Caption1>
        <Caption1 role="status" className={styles.note}>
          {autoNote}
        </Caption1>
      </PaneSection>

      {props.autoOpen && (
        <PaneSection id="autoOpen" title={t("taskpane.autoOpen.heading")}>
          <Switch
            checked={autoOpen}
            label={t("taskpane.autoOpen.label")}
            onChange={(_, data) => changeAutoOpen(data.checked)}
          />
          <Caption1 className={styles.note}>{t("taskpane.autoOpen.hint")}</Caption1>
        </PaneSection>
      )}

      <PaneSection id="problems" title={t("taskpane.problems.heading")}>
        {diagnostics === null ? (
          <Caption1 className={styles.note}>{t("taskpane.problems.notYet")}</Caption1>
        ) : (
          <ProblemsList diagnostics={diagnostics} onSelect={selectCell} />
        )}
      </PaneSection>
    </main>
  );
}
