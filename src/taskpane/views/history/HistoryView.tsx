// The Historik view: the closed rounds; the changes between two rounds (from and to stacked at
// full width), each entry selecting its plan row, and the changes sheet; the overview as of a
// round; one trend chart with its numbers. A module of its own, loaded when first opened.

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
import { formatMonth } from "../../../core/dates";
import { roundLabel } from "../../../core/rounds";
import { ChangesList } from "../../components/rounds/ChangesList";
import { RoundPicker } from "../../components/rounds/RoundPicker";
import { TrendChart } from "../../components/rounds/TrendChart";
import { useLang, useT } from "../../i18n";
import type { Taskpane } from "../../useTaskpane";
import { useHistoryView } from "./useHistoryView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

export default function HistoryView({ pane }: { pane: Taskpane }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const view = useHistoryView(pane);
  const { rounds, changes } = view;
  if (!pane.rounds) return <Spinner size="tiny" label={t("rounds.pane.loading")} />;

  return (
    <div className={styles.root}>
      <Text>
        {rounds.length > 0
          ? t("rounds.pane.closedRounds", {
              rounds: rounds.map((r) => formatMonth(r, lang)).join(", "),
            })
          : t("rounds.pane.noClosedRounds")}
      </Text>

      <section className={styles.group} aria-labelledby="history-changes">
        <Subtitle2 as="h2" id="history-changes" className={styles.heading}>
          {t("rounds.pane.changesHeading")}
        </Subtitle2>
        {rounds.length === 0 || !view.from ? (
          <Caption1>{t("rounds.pane.changesNeedRound")}</Caption1>
        ) : (
          <>
            <RoundPicker
              label={t("rounds.pane.from")}
              rounds={rounds}
              value={view.from}
              includeNow={false}
              disabled={view.disabled}
              onChange={(r) => r !== "now" && view.setFrom(r)}
            />
            <RoundPicker
              label={t("rounds.pane.to")}
              rounds={rounds}
              value={view.to}
              includeNow
              disabled={view.disabled}
              onChange={view.setTo}
            />
            <div className={styles.actions}>
              <Button disabledFocusable={view.disabled} onClick={() => void view.compare(false)}>
                {t("rounds.pane.showChanges")}
              </Button>
              <Button disabledFocusable={view.disabled} onClick={() => void view.compare(true)}>
                {t("rounds.pane.writeSheet")}
              </Button>
            </div>
          </>
        )}
        {(view.busy === "changes" || view.busy === "sheet") && (
          <Spinner size="tiny" label={t("rounds.pane.working")} />
        )}
        {view.message?.where === "changes" && (
          <MessageBar intent="success">
            <MessageBarBody>{view.message.text}</MessageBarBody>
          </MessageBar>
        )}
        {changes?.from && (
          <ChangesList
            changes={changes.changes}
            fromLabel={roundLabel(changes.from, lang)}
            toLabel={roundLabel(changes.to, lang)}
            onSelect={(change) => {
              if (change.planRow !== null) view.selectChangeRow(change.planRow);
            }}
          />
        )}
      </section>

      <section className={styles.group} aria-labelledby="history-overview">
        <Subtitle2 as="h2" id="history-overview" className={styles.heading}>
          {t("rounds.pane.overviewHeading")}
        </Subtitle2>
        <RoundPicker
          label={t("rounds.pane.round")}
          rounds={rounds}
          value={view.asOf}
          includeNow
          disabled={view.disabled}
          onChange={view.setAsOf}
        />
        <div className={styles.actions}>
          <Button disabledFocusable={view.disabled} onClick={() => void view.showOverview()}>
            {t("rounds.pane.showOverview")}
          </Button>
          {view.busy === "overview" && <Spinner size="tiny" label={t("rounds.pane.working")} />}
        </div>
        {view.message?.where === "overview" && (
          <MessageBar intent="success">
            <MessageBarBody>{view.message.text}</MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.group} aria-labelledby="history-trend">
        <Subtitle2 as="h2" id="history-trend" className={styles.heading}>
          {t("rounds.pane.trendHeading")}
        </Subtitle2>
        <TrendChart trend={pane.rounds.trend} />
      </section>
    </div>
  );
}
