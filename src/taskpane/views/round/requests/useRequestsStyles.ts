// The styles hook of *Bed om status*: owners with their actions, the progress line, mail text.

import { makeStyles, tokens } from "@fluentui/react-components";

export const useRequestsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  owner: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  ownerName: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  actionList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actionLink: { textAlign: "start" },
  note: { color: tokens.colorNeutralForeground2 },
  mailText: { width: "100%" },
});
