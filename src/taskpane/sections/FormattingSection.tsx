// The status formatting of sheet Plan (validation list, current-round marking, symbols).

import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { useT } from "../i18n";
import { BusySpinner, useSectionStyles, type SectionProps } from "./shared";

export function FormattingSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  return (
    <PaneSection id="formatting" title={t("taskpane.formatting.heading")}>
      <Caption1 className={styles.note}>{t("taskpane.formatting.text")}</Caption1>
      <div className={styles.actionRow}>
        <Button disabledFocusable={!!pane.busy} onClick={pane.applyFormatting}>
          {t("taskpane.formatting.button")}
        </Button>
        <div role="status">
          <BusySpinner busy={pane.busy} kind="formatting" labelKey="taskpane.formatting.running" />
        </div>
      </div>
      {pane.formatting && (
        <Body1>{t("taskpane.formatting.done", { count: pane.formatting.symbolsChanged })}</Body1>
      )}

    </PaneSection>
  );
}
