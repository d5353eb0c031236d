// The card of one entry in the pane's lists (problems, changes): a bordered box, a button when
// the entry selects a cell. One styles hook for both lists.

import { createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";

export const useListItemStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
  },
  /** Badge and text side by side (problems). */
  row: { alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  /** Name above what changed (changes). */
  column: { flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
});
