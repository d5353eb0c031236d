// "Opret plan", for a workbook without a plan: an empty plan, or one imported from Word.

import { Body1, Button } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { WordImport } from "../components/word/WordImport";
import { useT } from "../i18n";
import { loadWord } from "../loadWord";
import { BusySpinner, thisMonth, useSectionStyles, type SectionProps } from "./shared";

export function CreatePlanSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  return (
    <PaneSection id="createPlan" title={t("taskpane.createPlan.heading")}>
      <Body1>{t("taskpane.createPlan.text")}</Body1>
      <div className={styles.actionRow}>
        <Button appearance="primary" disabledFocusable={!!pane.busy} onClick={pane.createPlan}>
          {t("taskpane.createPlan.button")}
        </Button>
        <BusySpinner busy={pane.busy} kind="createPlan" labelKey="taskpane.createPlan.running" />
      </div>
      <WordImport
        loadWord={loadWord}
        onCreate={pane.importPlan}
        fallbackMonth={thisMonth()}
        disabled={!!pane.busy}
      />
    </PaneSection>
  );
}
