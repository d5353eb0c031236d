// "Opdater oversigt" and its result.

import { Button } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { RefreshResult } from "../components/RefreshResult";
import { useT } from "../i18n";
import { BusySpinner, useSectionStyles, type SectionProps } from "./shared";

export function RefreshSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  return (
    <PaneSection id="refresh" title={t("taskpane.refresh.heading")}>
      <div className={styles.actionRow}>
        <Button appearance="primary" disabledFocusable={!!pane.busy} onClick={pane.refresh}>
          {t("taskpane.refresh.button")}
        </Button>
        <div role="status">
          <BusySpinner busy={pane.busy} kind="refresh" labelKey="taskpane.refresh.running" />
        </div>
      </div>
      {pane.refreshOutcome && <RefreshResult outcome={pane.refreshOutcome} />}
    </PaneSection>
  );
}
