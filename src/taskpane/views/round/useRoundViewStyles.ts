// The Runde view's styles hook: its numbered steps and the summary below them.

import { makeStyles, tokens } from "@fluentui/react-components";

export const useRoundViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, minWidth: 0 },
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    counterReset: "step",
  },
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    counterIncrement: "step",
  },
  stepTitle: {
    margin: 0,
    "::before": {
      content: 'counter(step) ". "',
      color: tokens.colorNeutralForeground2,
    },
  },
  note: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // Long labels ("Luk statusrunden december 2019") wrap inside the button at 320 px.
  wrapButton: { maxWidth: "100%", height: "auto", minHeight: "32px", textAlign: "start" },
});
