// The round in numbers, compactly: a totals line, one small hatched stacked bar per focus area,
// and the numbers table in an Accordion. From the last refresh (with the entries marked for the
// round), else from the plan as the rounds read it (the trend's "now" column, without marks).

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { formatMonth } from "../../../core/dates";
import type { YearMonth } from "../../../core/model";
import { isNow, type StatusCounts } from "../../../core/rounds";
import { COUNT_ORDER, HatchPatterns, Segment, StatusLegend } from "../../components/charts/statusFills";
import { useLang, useT } from "../../i18n";
import type { Taskpane } from "../../useTaskpane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  bars: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  bar: { display: "block", width: "100%", height: "10px" },
  marked: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& td": { textAlign: "end", fontVariantNumeric: "tabular-nums" },
    "& th": { textAlign: "start", fontWeight: tokens.fontWeightSemibold },
    "& thead th": { textAlign: "end" },
    "& thead th:first-child": { textAlign: "start" },
  },
});

export interface SummaryArea {
  focusArea: string;
  counts: StatusCounts;
  /** Entries marked for the round; null when not known (no refresh yet). */
  marked: number | null;
}

/** The areas to show: the last refresh's, else the plan's counts as the trend has them. */
export function summaryAreas(pane: Taskpane): SummaryArea[] | null {
  const summary = pane.refreshOutcome?.summary;
  if (summary) {
    return summary.focusAreas.map((area) => ({
      focusArea: area.focusArea,
      counts: {
        done: area.done,
        partlyDone: area.partlyDone,
        notDone: area.notDone,
        noStatus: area.noStatus,
      },
      marked: area.marked,
    }));
  }
  const trend = pane.rounds?.trend;
  const now = trend ? trend.rounds.findIndex(isNow) : -1;
  if (!trend || now < 0) return null;
  return trend.focusAreas.map((area) => ({
    focusArea: area.focusArea,
    counts: area.counts[now],
    marked: null,
  }));
}

const total = (counts: StatusCounts) => COUNT_ORDER.reduce((n, key) => n + counts[key], 0);

function Bar(props: { base: string; area: SummaryArea; label: string }) {
  const styles = useStyles();
  const sum = Math.max(1, total(props.area.counts));
  let x = 0;
  return (
    <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={props.label}>
      {COUNT_ORDER.map((key) => {
        const w = (props.area.counts[key] / sum) * 100;
        if (w === 0) return null;
        const segment = <Segment key={key} base={props.base} kind={key} x={x} y={0} width={w} height={10} />;
        x += w;
        return segment;
      })}
    </svg>
  );
}

export function RoundSummary(props: { pane: Taskpane; month: YearMonth | null }) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const base = useId().replace(/:/g, "");
  const areas = summaryAreas(props.pane);
  if (!areas) return null;
  const month = props.month ? formatMonth(props.month, lang) : null;
  const sums: StatusCounts = { done: 0, partlyDone: 0, notDone: 0, noStatus: 0 };
  for (const area of areas) for (const key of COUNT_ORDER) sums[key] += area.counts[key];
  const marked = areas.every((a) => a.marked !== null)
    ? areas.reduce((n, a) => n + (a.marked ?? 0), 0)
    : null;
  const countsText = (counts: StatusCounts) =>
    t("taskpane.summary.counts", {
      done: counts.done,
      partlyDone: counts.partlyDone,
      notDone: counts.notDone,
      noStatus: counts.noStatus,
    });

  return (
    <section className={styles.root} aria-labelledby={`${base}-heading`}>
      <Subtitle2 as="h2" id={`${base}-heading`} className={styles.heading}>
        {t("taskpane.summary.heading")}
      </Subtitle2>
      {areas.length === 0 ? (
        <Text>{t("taskpane.summary.empty")}</Text>
      ) : (
        <>
          <Text>
            {t("taskpane.summary.total", { count: total(sums) })} {countsText(sums)}
          </Text>
          {marked !== null && (
            <Caption1 className={styles.marked}>
              {month ? t("taskpane.summary.markedLine", { count: marked, month }) : null}
            </Caption1>
          )}
          <HatchPatterns base={base} />
          <ul className={styles.bars}>
            {areas.map((area) => (
              <li key={area.focusArea}>
                <Caption1>{area.focusArea}</Caption1>
                <Bar
                  base={base}
                  area={area}
                  label={`${area.focusArea}: ${countsText(area.counts)}`}
                />
              </li>
            ))}
          </ul>
          <Accordion collapsible>
            <AccordionItem value="numbers">
              <AccordionHeader size="small">{t("taskpane.summary.numbers")}</AccordionHeader>
              <AccordionPanel>
                <StatusLegend base={base} />
                <table className={styles.table}>
                  <caption hidden>{t("taskpane.summary.numbers")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("rounds.sheet.column.focusArea")}</th>
                      <th scope="col">√</th>
                      <th scope="col">(√)</th>
                      <th scope="col">%</th>
                      <th scope="col" aria-label={t("taskpane.summary.noStatus")}>–</th>
                      {marked !== null && (
                        <th scope="col" aria-label={t("taskpane.summary.marked")} className={styles.marked}>
                          ●
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {areas.map((area) => (
                      <tr key={area.focusArea}>
                        <th scope="row">{area.focusArea}</th>
                        {COUNT_ORDER.map((key) => (
                          <td key={key}>{area.counts[key]}</td>
                        ))}
                        {marked !== null && <td className={styles.marked}>{area.marked}</td>}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </section>
  );
}
