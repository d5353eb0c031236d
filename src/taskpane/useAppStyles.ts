// The pane's layout (the styles hook of App, as Fluent v9 splits styles from the render): a
// command area at the top (round, the one primary action, messages, the view tabs), the view's
// content below it, and a footer that stays at the bottom of the pane.

import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
    maxWidth: "100%",
    overflowWrap: "anywhere",
  },
  top: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  primary: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    // The spinner sits beside the button: nothing below moves while a refresh runs.
    minHeight: "32px",
  },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})` },
  content: {
    flexGrow: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Typography as styles, not Fluent's Text components: they are not needed to start.
  caption: typographyStyles.caption1,
  footerNote: { color: tokens.colorNeutralForeground2, minWidth: 0 },
});
