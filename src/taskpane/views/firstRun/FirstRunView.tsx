// The first run, for a workbook without a plan: the one most valuable action (Opret plan, the
// view's one primary button), Importér fra Word… beside it, and three short steps of what
// follows. No status date, refresh or formatting until a plan exists. A module of its own.

import { Body1, Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { WordImport } from "../../components/word/WordImport";
import { useT } from "../../i18n";
import { loadWord } from "../../loadWord";
import { BusySpinner } from "../../components/BusySpinner";
import { thisMonth } from "../../thisMonth";
import type { Taskpane } from "../../useTaskpane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export default function FirstRunView({ pane }: { pane: Taskpane }) {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.root} aria-labelledby="first-run-heading">
      <WordImport
        loadWord={loadWord}
        onCreate={pane.importPlan}
        fallbackMonth={thisMonth()}
        disabled={!!pane.busy}
      >
        <Subtitle2 as="h1" id="first-run-heading" className={styles.heading}>
          {t("taskpane.createPlan.heading")}
        </Subtitle2>
        <Body1>{t("taskpane.createPlan.text")}</Body1>
        <ol className={styles.steps}>
          <li>
            <Body1>{t("taskpane.firstRun.step1")}</Body1>
          </li>
          <li>
            <Body1>{t("taskpane.firstRun.step2")}</Body1>
          </li>
          <li>
            <Body1>{t("taskpane.firstRun.step3")}</Body1>
          </li>
        </ol>
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={!!pane.busy} onClick={pane.createPlan}>
            {t("taskpane.createPlan.button")}
          </Button>
          <BusySpinner busy={pane.busy} kind="createPlan" labelKey="taskpane.createPlan.running" />
        </div>
      </WordImport>
    </section>
  );
}
