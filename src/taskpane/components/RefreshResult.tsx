// The result of "Opdater oversigt": per focus area the counts of √ / (√) / % / no status and
// the entries marked for the current round, and when it was refreshed.

import { Caption1, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { RefreshOutcome } from "../../core/operations";
import { STATUSES, STATUS_SYMBOLS } from "../../core/status";
import { formatMonth } from "../../core/dates";
import { intlLocale, useLang, useT } from "../i18n";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  area: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  areaName: { margin: 0, overflowWrap: "anywhere" },
  counts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
  marked: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** Moves focus (and the view) to the problems list, so keyboard users land there too. */
function goToProblems(event: { preventDefault(): void }): void {
  event.preventDefault();
  // Focusing the heading also scrolls it into view.
  document.getElementById("problems-heading")?.focus();
}

export function RefreshResult(props: { outcome: RefreshOutcome }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { outcome } = props;
  const time = new Intl.DateTimeFormat(intlLocale(lang), { timeStyle: "short" }).format(
    outcome.refreshedAt
  );
  const month = outcome.statusDate ? formatMonth(outcome.statusDate, lang) : null;
  const areas = outcome.summary?.focusAreas ?? [];
  // The problems list sits below the fold in a narrow pane: say here that there is something.
  const problems = outcome.diagnostics.filter((d) => d.severity !== "info").length;

  return (
    <section className={styles.card} aria-label={t("taskpane.refresh.resultLabel")}>
      <Text weight="semibold">
        {outcome.written ? t("taskpane.refresh.done") : t("taskpane.refresh.notWritten")}
      </Text>
      {problems > 0 && (
        <Link href="#problems-heading" onClick={goToProblems}>
          {t("taskpane.refresh.problems", { count: problems })}
        </Link>
      )}
      <Caption1>{t("taskpane.refresh.time", { time })}</Caption1>
      {month && <Caption1>{t("taskpane.refresh.statusRound", { month })}</Caption1>}
      {outcome.summary && areas.length === 0 && <Text>{t("taskpane.summary.empty")}</Text>}
      {areas.map((area) => (
        <div key={area.focusArea} className={styles.area}>
          <Subtitle2 as="h3" className={styles.areaName}>
            {area.focusArea}
          </Subtitle2>
          <dl className={styles.counts}>
            {STATUS_SYMBOLS.map((symbol) => (
              <Fragment key={symbol}>
                <dt className={styles.term}>{t(STATUSES[symbol].paneLabelKey)}</dt>
                <dd className={styles.value}>{area[STATUSES[symbol].summaryField]}</dd>
              </Fragment>
            ))}
            <dt className={styles.term}>{t("taskpane.summary.noStatus")}</dt>
            <dd className={styles.value}>{area.noStatus}</dd>
            <dt className={`${styles.term} ${styles.marked}`}>
              {month ? t("taskpane.summary.markedIn", { month }) : t("taskpane.summary.marked")}
            </dt>
            <dd className={`${styles.value} ${styles.marked}`}>{area.marked}</dd>
          </dl>
        </div>
      ))}
      {outcome.summary && areas.length > 0 && (
        <Caption1>{t("taskpane.summary.actions", { count: outcome.summary.actions })}</Caption1>
      )}
    </section>
  );
}
