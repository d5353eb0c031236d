// Shown when the page is opened in a plain browser, or Office.js did not load: how to open
// the add-in in Excel instead of a blank page.

import { Body1, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { BootView } from "./boot";
import { useT } from "./i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "40rem",
    overflowWrap: "anywhere",
  },
  heading: { margin: 0 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXXL },
});

export function OutsideOffice(props: { reason: Extract<BootView, { kind: "outside" }>["reason"] }) {
  const styles = useStyles();
  const t = useT();
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1" className={styles.heading}>
        {t("taskpane.outside.title")}
      </Subtitle1>
      <Body1>{t("taskpane.outside.text")}</Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>{t("taskpane.outside.step1")}</Body1>
        </li>
        <li>
          <Body1>{t("taskpane.outside.step2")}</Body1>
        </li>
        <li>
          <Body1>{t("taskpane.outside.step3")}</Body1>
        </li>
      </ol>
      {props.reason === "officeMissing" && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("taskpane.outside.officeMissing")}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
