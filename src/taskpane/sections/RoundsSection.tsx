// The pane's section Statusrunder: close the current round into the history (asking first when
// it is already closed) and offer to start the next; the overview as of a round; the changes
// between two rounds (each entry selects its row in the plan) and the changes sheet; the trend.

import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { formatMonth, sameMonth } from "../../core/dates";
import type { YearMonth } from "../../core/model";
import {
  roundLabel,
  type CloseRoundResult,
  type CompareResult,
  type RoundRef,
  type RoundsOperations,
  type RoundsOverview,
} from "../../core/rounds";
import { useLang, useT } from "../i18n";
import { useOperations } from "../operationsContext";
import type { SectionProps } from "./shared";
import { PaneSection } from "../components/PaneSection";
import { StatusDatePicker } from "../components/StatusDatePicker";
import { ChangesList } from "../components/rounds/ChangesList";
import { RoundPicker } from "../components/rounds/RoundPicker";
import { TrendChart } from "../components/rounds/TrendChart";
import { suggestedNextRound } from "../components/rounds/nextRound";
import type { MonthChanged, ReportDiagnostics, ReportError } from "../components/rounds/types";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  picker: { flexGrow: 1, flexBasis: "8rem", minWidth: 0 },
  heading: { margin: 0 },
  confirm: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteMarigoldBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

type Busy = "close" | "next" | "overview" | "changes" | "sheet";

export interface RoundsSectionProps {
  operations: RoundsOperations;
  /** Another operation of the pane is running. */
  disabled: boolean;
  /** Changes when the workbook may have changed (after a refresh, a new status date, …). */
  reloadKey?: unknown;
  onDiagnostics: ReportDiagnostics;
  onError: ReportError;
  /** Called after this section changed the current status date. */
  onStatusDateChanged?: MonthChanged;
}

/** The section in the pane: over the pane's operations, its busy state and its messages. */
export function StatusRoundsSection({ pane }: SectionProps) {
  const operations = useOperations();
  const current = pane.state?.currentStatusDate;
  return (
    <RoundsSection
      operations={operations}
      disabled={!!pane.busy}
      reloadKey={`${current?.year}-${current?.month}`}
      onDiagnostics={pane.showDiagnostics}
      onError={pane.reportError}
      onStatusDateChanged={pane.statusDateChanged}
    />
  );
}

export function RoundsSection(props: RoundsSectionProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { operations, onDiagnostics, onError } = props;
  const [overview, setOverview] = useState<RoundsOverview | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [closed, setClosed] = useState<CloseRoundResult | null>(null);
  const [nextStarted, setNextStarted] = useState<YearMonth | null>(null);
  const [asOf, setAsOf] = useState<RoundRef>("now");
  const [from, setFrom] = useState<YearMonth | null>(null);
  const [to, setTo] = useState<RoundRef>("now");
  const [changes, setChanges] = useState<CompareResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ids = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The question takes focus (on its safe answer), so keyboard users meet it at once.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const load = useCallback(async () => {
    try {
      const next = await operations.getRounds();
      if (!mounted.current) return;
      setOverview(next);
      const last = next.rounds[next.rounds.length - 1] ?? null;
      setFrom((current) =>
        current && next.rounds.some((r) => sameMonth(r, current)) ? current : last
      );
    } catch (e) {
      onError(e);
    }
  }, [operations, onError]);

  useEffect(() => {
    void load();
  }, [load, props.reloadKey]);

  const run = async <T,>(kind: Busy, work: () => Promise<T>): Promise<T | null> => {
    setBusy(kind);
    setMessage(null);
    try {
      return await work();
    } catch (e) {
      onError(e);
      return null;
    } finally {
      if (mounted.current) setBusy(null);
    }
  };

  const current = overview?.current ?? null;
  const rounds = overview?.rounds ?? [];
  const alreadyClosed = !!current && rounds.some((r) => sameMonth(r, current));
  const disabled = props.disabled || busy !== null || !overview;

  const close = async () => {
    setConfirming(false);
    if (!current) return;
    const result = await run("close", () => operations.closeRound(current));
    if (!result || !mounted.current) return;
    onDiagnostics(result.diagnostics);
    setClosed(result.written ? result : null);
    setNextStarted(null);
    if (result.written) await load();
  };

  const startNext = async (month: YearMonth) => {
    const done = await run("next", async () => {
      await operations.setCurrentStatusDate(month);
      return true;
    });
    if (!done || !mounted.current) return;
    setNextStarted(month);
    setClosed(null);
    props.onStatusDateChanged?.(month);
    await load();
  };

  const showOverview = async () => {
    const result = await run("overview", () => operations.overviewForRound(asOf));
    if (!result || !mounted.current) return;
    onDiagnostics(result.diagnostics);
    if (result.written) {
      setMessage(t("rounds.pane.overviewDone", { round: roundLabel(asOf, lang) }));
    }
  };

  const compare = async (writeSheet: boolean) => {
    const result = await run(writeSheet ? "sheet" : "changes", () =>
      operations.compareRounds(from, to, writeSheet)
    );
    if (!result || !mounted.current) return;
    onDiagnostics(result.diagnostics);
    setChanges(result.ok ? result : null);
    if (result.written) setMessage(t("rounds.pane.sheetDone"));
  };

  const closedLabel = closed?.round ? formatMonth(closed.round, lang) : "";
  return (
    <PaneSection id="rounds" title={t("rounds.pane.title")}>
      {!overview && <Spinner size="tiny" label={t("rounds.pane.loading")} />}
      {overview && (
        <Caption1>
          {rounds.length > 0
            ? t("rounds.pane.closedRounds", {
                rounds: rounds.map((r) => formatMonth(r, lang)).join(", "),
              })
            : t("rounds.pane.noClosedRounds")}
        </Caption1>
      )}

      <div className={styles.group}>
        <Button
          appearance="primary"
          disabledFocusable={disabled || !current}
          onClick={() => (alreadyClosed ? setConfirming(true) : void close())}
        >
          {current
            ? t("rounds.pane.close", { round: formatMonth(current, lang) })
            : t("rounds.pane.closeNoRound")}
        </Button>
        {confirming && current && (
          // An inline confirmation rather than a modal: it is one question about the button
          // just pressed, and it keeps the pane's first-render JavaScript small.
          <div
            role="alertdialog"
            aria-labelledby={`${ids}-title`}
            aria-describedby={`${ids}-text`}
            className={styles.confirm}
          >
            <Text weight="semibold" id={`${ids}-title`}>
              {t("rounds.pane.confirmTitle")}
            </Text>
            <Text id={`${ids}-text`}>
              {t("rounds.pane.confirmText", { round: formatMonth(current, lang) })}
            </Text>
            <div className={styles.row}>
              <Button appearance="primary" onClick={() => void close()}>
                {t("rounds.pane.confirmReplace")}
              </Button>
              <Button ref={cancelRef} onClick={() => setConfirming(false)}>
                {t("rounds.pane.cancel")}
              </Button>
            </div>
          </div>
        )}
        {busy === "close" && <Spinner size="tiny" label={t("rounds.pane.closing")} />}
        {closed && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t(closed.replaced ? "rounds.pane.replaced" : "rounds.pane.closed", {
                round: closedLabel,
                actions: closed.actions,
                ids: closed.newIds,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {closed?.round && (
          <div className={styles.group}>
            <Text>{t("rounds.pane.offerNext")}</Text>
            <StatusDatePicker
              value={null}
              fallback={suggestedNextRound(closed.round, rounds)}
              disabled={disabled}
              onApply={(month) => void startNext(month)}
            />
          </div>
        )}
        {nextStarted && (
          <MessageBar intent="success">
            <MessageBarBody>
              {t("rounds.pane.nextStarted", { round: formatMonth(nextStarted, lang) })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t("rounds.pane.overviewHeading")}
        </Subtitle2>
        <div className={styles.row}>
          <RoundPicker
            className={styles.picker}
            label={t("rounds.pane.round")}
            rounds={rounds}
            value={asOf}
            includeNow
            disabled={disabled}
            onChange={setAsOf}
          />
          <Button disabledFocusable={disabled} onClick={() => void showOverview()}>
            {t("rounds.pane.showOverview")}
          </Button>
        </div>
      </div>

      <div className={styles.group}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t("rounds.pane.changesHeading")}
        </Subtitle2>
        {rounds.length === 0 ? (
          <Caption1>{t("rounds.pane.changesNeedRound")}</Caption1>
        ) : (
          <>
            <div className={styles.row}>
              <RoundPicker
                className={styles.picker}
                label={t("rounds.pane.from")}
                rounds={rounds}
                value={from ?? rounds[rounds.length - 1]}
                includeNow={false}
                disabled={disabled}
                onChange={(r) => r !== "now" && setFrom(r)}
              />
              <RoundPicker
                className={styles.picker}
                label={t("rounds.pane.to")}
                rounds={rounds}
                value={to}
                includeNow
                disabled={disabled}
                onChange={setTo}
              />
            </div>
            <div className={styles.row}>
              <Button disabledFocusable={disabled} onClick={() => void compare(false)}>
                {t("rounds.pane.showChanges")}
              </Button>
              <Button disabledFocusable={disabled} onClick={() => void compare(true)}>
                {t("rounds.pane.writeSheet")}
              </Button>
            </div>
          </>
        )}
        {(busy === "changes" || busy === "sheet" || busy === "overview") && (
          <Spinner size="tiny" label={t("rounds.pane.working")} />
        )}
        {message && (
          <MessageBar intent="success">
            <MessageBarBody>{message}</MessageBarBody>
          </MessageBar>
        )}
        {changes?.from && (
          <ChangesList
            changes={changes.changes}
            fromLabel={roundLabel(changes.from, lang)}
            toLabel={roundLabel(changes.to, lang)}
            onSelect={(change) => {
              if (change.planRow !== null) {
                operations.selectPlanCell(changes.planSheet, change.planRow).catch(onError);
              }
            }}
          />
        )}
      </div>

      {overview && (
        <div className={styles.group}>
          <Subtitle2 as="h3" className={styles.heading}>
            {t("rounds.pane.trendHeading")}
          </Subtitle2>
          <TrendChart trend={overview.trend} />
        </div>
      )}

    </PaneSection>
  );
}
