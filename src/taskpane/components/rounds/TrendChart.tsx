// The trend per focus area: one small stacked-column chart per area, one column per round
// (√ at the bottom, then (√), %, no status). Plain SVG in Fluent's palette tokens. Colour is
// never the only cue: (√) and % are also hatched, the legend names each symbol, every chart
// has a text alternative with all its numbers, and the numbers are one click away as a table.

import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { COUNT_KEYS, countTotal, roundLabel, type StatusCounts, type Trend } from "../../../core/rounds";
import { isNow, type RoundRef } from "../../../core/rounds";
import type { Language } from "../../../i18n";
import { intlLocale, useLang, useT } from "../../i18n";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  figure: { margin: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  caption: { margin: 0, overflowWrap: "anywhere" },
  // At most 1.6× the drawing's own size: labels stay at caption size in a wide pane.
  svg: { width: "100%", height: "auto", overflow: "visible" },
  done: { fill: tokens.colorPaletteGreenBackground3 },
  partlyDone: { fill: tokens.colorPaletteMarigoldBackground3 },
  notDone: { fill: tokens.colorPaletteRedBackground3 },
  noStatus: { fill: tokens.colorNeutralBackground5, stroke: tokens.colorNeutralStroke1 },
  hatch: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "10px",
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  legendItem: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  swatch: { width: "14px", height: "14px", flexShrink: 0 },
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

type CountKey = keyof StatusCounts;

/** "sep. 19" / "Sep 19" under a column; "nu" / "now" for the plan as it is. */
function shortLabel(round: RoundRef, lang: Language, now: string): string {
  if (isNow(round)) return now;
  return new Intl.DateTimeFormat(intlLocale(lang), {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(round.year, round.month - 1, 1)));
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
  const symbolName = (key: CountKey) =>
    COUNT_KEYS.find((k) => k.key === key)?.symbol ?? t("rounds.noStatus");
  const fill: Record<CountKey, string> = {
    done: styles.done,
    partlyDone: styles.partlyDone,
    notDone: styles.notDone,
    noStatus: styles.noStatus,
  };
  const patternId = (key: CountKey) => `${base}-${key}`;
  const hatched: Partial<Record<CountKey, string>> = {
    partlyDone: "M0,6 L6,0",
    notDone: "M0,0 L6,6 M0,6 L6,0",
  };
  const segmentFill = (key: CountKey) => (hatched[key] ? `url(#${patternId(key)})` : undefined);
  const width = trend.rounds.length * (BAR + GAP) + GAP;
  const height = PLOT_HEIGHT + LABEL_SPACE;
  const now = t("rounds.now");

  const description = (area: Trend["focusAreas"][number]) =>
    t("rounds.pane.trendAlt", {
      focusArea: area.focusArea,
      rounds: trend.rounds
        .map((round, r) =>
          t("rounds.pane.trendAltRound", {
            round: roundLabel(round, lang),
            counts: COUNT_KEYS.map((k) => `${area.counts[r][k.key]} ${symbolName(k.key)}`).join(", "),
          })
        )
        .join("; "),
    });

  return (
    <div className={styles.wrapper}>
      <ul className={styles.legend} aria-label={t("rounds.pane.legend")}>
        {COUNT_KEYS.map(({ key }) => (
          <li key={key} className={styles.legendItem}>
            <svg className={styles.swatch} viewBox="0 0 14 14" aria-hidden="true">
              <rect width="14" height="14" className={fill[key]} />
              {hatched[key] && <rect width="14" height="14" fill={segmentFill(key)} />}
            </svg>
            <Caption1>{t(`rounds.pane.legend.${key}`)}</Caption1>
          </li>
        ))}
      </ul>
      <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
        <defs>
          {(Object.keys(hatched) as CountKey[]).map((key) => (
            <pattern key={key} id={patternId(key)} patternUnits="userSpaceOnUse" width="6" height="6">
              <path d={hatched[key]} className={styles.hatch} />
            </pattern>
          ))}
        </defs>
      </svg>
      {trend.focusAreas.map((area) => {
        const max = Math.max(1, ...area.counts.map(countTotal));
        return (
          <figure key={area.focusArea} className={styles.figure}>
            <Subtitle2 as="h3" className={styles.caption}>
              {area.focusArea}
            </Subtitle2>
            <svg
              className={styles.svg}
              style={{ maxWidth: `${Math.round(width * 1.6)}px` }}
              viewBox={`0 0 ${width} ${height}`}
              role="img"
              aria-label={description(area)}
            >
              {trend.rounds.map((round, r) => {
                const x = GAP + r * (BAR + GAP);
                let y = PLOT_HEIGHT;
                return (
                  <g key={r}>
                    {COUNT_KEYS.map(({ key }) => {
                      const h = (area.counts[r][key] / max) * PLOT_HEIGHT;
                      if (h === 0) return null;
                      y -= h;
                      return (
                        <g key={key}>
                          <rect x={x} y={y} width={BAR} height={h} className={fill[key]} />
                          {hatched[key] && (
                            <rect x={x} y={y} width={BAR} height={h} fill={segmentFill(key)} />
                          )}
                        </g>
                      );
                    })}
                    <text
                      x={x + BAR / 2}
                      y={PLOT_HEIGHT + 12}
                      textAnchor="middle"
                      className={styles.label}
                    >
                      {shortLabel(round, lang, now)}
                    </text>
                  </g>
                );
              })}
              <line x1="0" y1={PLOT_HEIGHT} x2={width} y2={PLOT_HEIGHT} className={styles.axis} />
            </svg>
            <details>
              <summary>
                <Caption1>{t("rounds.pane.showNumbers")}</Caption1>
              </summary>
              <table className={styles.table}>
                <caption className={styles.caption}>{area.focusArea}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("rounds.sheet.column.round")}</th>
                    {COUNT_KEYS.map(({ key }) => (
                      <th key={key} scope="col">
                        {symbolName(key)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {trend.rounds.map((round, r) => (
                    <tr key={r}>
                      <th scope="row">{roundLabel(round, lang)}</th>
                      {COUNT_KEYS.map(({ key }) => (
                        <td key={key}>{area.counts[r][key]}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </figure>
        );
      })}
    </div>
  );
}
