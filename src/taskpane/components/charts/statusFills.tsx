// The status colours of the pane's charts, in Fluent's palette tokens, and their hatching:
// colour is never the only cue, so (√) is hatched and % cross-hatched in the bars, the trend
// and the legend alike.

import "../../../core/rounds/messages";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { StatusCounts } from "../../../core/rounds/counts";
import { useT } from "../../i18n";

export type CountKey = keyof StatusCounts;
/** Stacking order: √ at the bottom (or left), then (√), %, no status. */
export const COUNT_ORDER: readonly CountKey[] = ["done", "partlyDone", "notDone", "noStatus"];

export const useStatusFills = makeStyles({
  done: { fill: tokens.colorPaletteGreenBackground3 },
  partlyDone: { fill: tokens.colorPaletteMarigoldBackground3 },
  notDone: { fill: tokens.colorPaletteRedBackground3 },
  noStatus: { fill: tokens.colorNeutralBackground5, stroke: tokens.colorNeutralStroke1 },
  hatch: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1 },
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
});

const HATCH: Partial<Record<CountKey, string>> = {
  partlyDone: "M0,6 L6,0",
  notDone: "M0,0 L6,6 M0,6 L6,0",
};

/** The hatching patterns under ids `${base}-partlyDone` etc. (once per drawing). */
export function HatchPatterns(props: { base: string }) {
  const fills = useStatusFills();
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: "absolute" }}>
      <defs>
        {(Object.keys(HATCH) as CountKey[]).map((key) => (
          <pattern
            key={key}
            id={`${props.base}-${key}`}
            patternUnits="userSpaceOnUse"
            width="6"
            height="6"
          >
            <path d={HATCH[key]} className={fills.hatch} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** One segment of a stacked bar or column: the colour, and its hatching over it. */
export function Segment(props: {
  base: string;
  kind: CountKey;
  x: number;
  y: number;
  width: number;
  height: number;
}) {
  const fills = useStatusFills();
  const { base, kind, ...box } = props;
  return (
    <>
      <rect {...box} className={fills[kind]} />
      {HATCH[kind] && <rect {...box} fill={`url(#${base}-${kind})`} />}
    </>
  );
}

/** The legend: each symbol's swatch, hatched as in the drawings, and its name. */
export function StatusLegend(props: { base: string }) {
  const fills = useStatusFills();
  const t = useT();
  return (
    <ul className={fills.legend} aria-label={t("rounds.pane.legend")}>
      {COUNT_ORDER.map((key) => (
        <li key={key} className={fills.legendItem}>
          <svg className={fills.swatch} viewBox="0 0 14 14" aria-hidden="true">
            <Segment base={props.base} kind={key} x={0} y={0} width={14} height={14} />
          </svg>
          <Caption1>{t(`rounds.pane.legend.${key}`)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
