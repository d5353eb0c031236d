// The round header, in place of a title (Office already names the add-in above the pane): the
// current status round, when the overview was last refreshed (the refresh's result, in a line
// that is always there, so nothing below moves), and "Skift måned", which opens the one picker
// of the current status date in place.

import { Button, makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { CalendarEditRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useId, useState } from "react";
import { formatMonth } from "../../core/dates";
import type { YearMonth } from "../../core/model";
import type { RefreshOutcome } from "../../core/operations";
import { intlLocale, useLang, useT } from "../i18n";
import type { ApplyMonthAsync } from "../types";
import { thisMonth } from "../thisMonth";

// The picker (Fluent's Select and Field) loads when first opened: it is not needed to start.
const StatusDatePicker = lazy(() =>
  import(/* webpackChunkName: "month-picker" */ "./StatusDatePicker").then((m) => ({
    default: m.StatusDatePicker,
  }))
);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  line: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  title: { ...typographyStyles.subtitle2, margin: 0, minWidth: 0 },
  change: { flexShrink: 0 },
  refreshed: {
    ...typographyStyles.caption1,
    display: "block",
    color: tokens.colorNeutralForeground2,
    minHeight: tokens.lineHeightBase200,
  },
  notWritten: { color: tokens.colorPaletteRedForeground1 },
  link: { minWidth: 0, height: "auto", padding: 0, verticalAlign: "baseline", fontSize: "inherit" },
  picker: { paddingBlock: tokens.spacingVerticalXS },
});

export interface RoundHeaderProps {
  month: YearMonth | null;
  outcome: RefreshOutcome | null;
  busy: boolean;
  onApplyMonth: ApplyMonthAsync;
  /** Opens the Problemer view (when a refresh did not write the overview). */
  onShowProblems: () => void;
}

export function RoundHeader(props: RoundHeaderProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [picking, setPicking] = useState(false);
  const pickerId = useId();
  const { outcome } = props;
  const time = outcome
    ? new Intl.DateTimeFormat(intlLocale(lang), { timeStyle: "short" }).format(outcome.refreshedAt)
    : "";

  return (
    <header className={styles.root}>
      <div className={styles.line}>
        <h1 className={styles.title}>
          {props.month
            ? t("taskpane.round.title", { month: formatMonth(props.month, lang) })
            : t("taskpane.round.none")}
        </h1>
        <Button
          className={styles.change}
          size="small"
          appearance="subtle"
          icon={<CalendarEditRegular />}
          aria-expanded={picking}
          aria-controls={picking ? pickerId : undefined}
          onClick={() => setPicking((open) => !open)}
        >
          {t("taskpane.round.change")}
        </Button>
      </div>
      <span role="status" className={styles.refreshed}>
        {!outcome && t("taskpane.round.notRefreshed")}
        {outcome?.written && t("taskpane.round.refreshed", { time })}
        {outcome && !outcome.written && (
          <span className={styles.notWritten}>
            {t("taskpane.round.notWritten", { time })}{" "}
            <Button
              appearance="transparent"
              size="small"
              className={styles.link}
              onClick={props.onShowProblems}
            >
              {t("taskpane.round.seeProblems")}
            </Button>
          </span>
        )}
      </span>
      {picking && (
        <div id={pickerId} className={styles.picker}>
          <Suspense fallback={null}>
            <StatusDatePicker
              value={props.month}
              fallback={thisMonth()}
              disabled={props.busy}
              onApply={(month) => {
                void props.onApplyMonth(month).then(() => setPicking(false));
              }}
            />
          </Suspense>
        </div>
      )}
    </header>
  );
}
