// The trend: one small stacked-column chart of all actions, one column per round (√ at the
// bottom, then (√), %, no status), at most 160 px tall, and its numbers beside it as a table:
// the total per round, and per focus area in an Accordion. Plain SVG in Fluent's palette
// tokens; every column is also in the chart's text alternative.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import {
  COUNT_KEYS,
  isNow,
  roundLabel,
  type RoundRef,
  type StatusCounts,
  type Trend,
} from "../../../core/rounds";
import type { Language } from "../../../i18n";
import { intlLocale, useLang, useT } from "../../i18n";
import { COUNT_ORDER, HatchPatterns, Segment, StatusLegend, type CountKey } from "../charts/statusFills";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // 120 px drawn; the viewBox keeps its proportions when the pane is narrower.
  svg: { height: "120px", width: "auto", maxWidth: "100%", overflow: "visible" },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "10px",
  },
  caption: { margin: 0, textAlign: "start", overflowWrap: "anywhere" },
  table: {
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& td": { textAlign: "end", fontVariantNumeric: "tabular-nums" },
    "& th": { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
  },
});

const BAR = 26;
const GAP = 18;
const PLOT_HEIGHT = 90;
const LABEL_SPACE = 16;

/** "sep. 19" / "Sep 19" under a column; "nu" / "now" for the plan as it is. */
function shortLabel(round: RoundRef, lang: Language, now: string): string {
  if (isNow(round)) return now;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(round.year, round.month - 1, 1)));
}

/** The counts of every focus area added up, per round. */
export function totalsPerRound(trend: Trend): StatusCounts[] {
  return trend.rounds.map((_, r) => {
    const sum: StatusCounts = { done: 0, partlyDone: 0, notDone: 0, noStatus: 0 };
    for (const area of trend.focusAreas) {
      for (const key of COUNT_ORDER) sum[key] += area.counts[r][key];
    }
    return sum;
  });
}

const total = (counts: StatusCounts) => COUNT_ORDER.reduce((n, key) => n + counts[key], 0);

function NumbersTable(props: { caption: string; rounds: RoundRef[]; counts: StatusCounts[] }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const symbolName = (key: CountKey) =>
    COUNT_KEYS.find((k) => k.key === key)?.symbol ?? t("rounds.noStatus");
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        <Caption1>{props.caption}</Caption1>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("rounds.sheet.column.round")}</th>
          {COUNT_ORDER.map((key) => (
            <th key={key} scope="col">
              {symbolName(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rounds.map((round, r) => (
          <tr key={r}>
            <th scope="row">{roundLabel(round, lang)}</th>
            {COUNT_ORDER.map((key) => (
              <td key={key}>{props.counts[r][key]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TrendChart(props: { trend: Trend }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const base = useId().replace(/:/g, "");
  const { trend } = props;
  if (trend.rounds.length === 0 || trend.focusAreas.length === 0) {
    return <Caption1>{t("rounds.pane.trendEmpty")}</Caption1>;
  }
  const totals = totalsPerRound(trend);
  const symbolName = (key: CountKey) =>
    COUNT_KEYS.find((k) => k.key === key)?.symbol ?? t("rounds.noStatus");
  const width = trend.rounds.length * (BAR + GAP) + GAP;
  const height = PLOT_HEIGHT + LABEL_SPACE;
  const now = t("rounds.now");
  const max = Math.max(1, ...totals.map(total));
  const description = t("rounds.pane.trendAlt", {
    focusArea: t("rounds.pane.trendAll"),
    rounds: trend.rounds
      .map((round, r) =>
        t("rounds.pane.trendAltRound", {
          round: roundLabel(round, lang),
          counts: COUNT_ORDER.map((key) => `${totals[r][key]} ${symbolName(key)}`).join(", "),
        })
      )
      .join("; "),
  });

  return (
    <div className={styles.wrapper}>
      <StatusLegend base={base} />
      <HatchPatterns base={base} />
      <svg
        className={styles.svg}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={description}
      >
        {trend.rounds.map((round, r) => {
          const x = GAP + r * (BAR + GAP);
          let y = PLOT_HEIGHT;
          return (
            <g key={r}>
              {COUNT_ORDER.map((key) => {
                const h = (totals[r][key] / max) * PLOT_HEIGHT;
                if (h === 0) return null;
                y -= h;
                return <Segment key={key} base={base} kind={key} x={x} y={y} width={BAR} height={h} />;
              })}
              <text x={x + BAR / 2} y={PLOT_HEIGHT + 12} textAnchor="middle" className={styles.label}>
                {shortLabel(round, lang, now)}
              </text>
            </g>
          );
        })}
        <line x1="0" y1={PLOT_HEIGHT} x2={width} y2={PLOT_HEIGHT} className={styles.axis} />
      </svg>
      <NumbersTable caption={t("rounds.pane.trendAll")} rounds={trend.rounds} counts={totals} />
      <Accordion collapsible>
        <AccordionItem value="areas">
          <AccordionHeader size="small">{t("rounds.pane.perFocusArea")}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.wrapper}>
              {trend.focusAreas.map((area) => (
                <NumbersTable
                  key={area.focusArea}
                  caption={area.focusArea}
                  rounds={trend.rounds}
                  counts={area.counts}
                />
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
