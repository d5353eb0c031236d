// Step: the status formatting of sheet Plan (validation list, current-round marking, symbols).

import { Body1, Button } from "@fluentui/react-components";
import { useT } from "../../../i18n";
import { BusySpinner } from "../../../components/BusySpinner";
import { RoundStep } from "../RoundStep";
import type { RoundStepProps } from "../roundSteps";
import { useRoundViewStyles } from "../useRoundViewStyles";

export function FormattingStep({ pane }: RoundStepProps) {
  const styles = useRoundViewStyles();
  const t = useT();
  return (
    <RoundStep id="formatting" title={t("taskpane.formatting.heading")} hint={t("taskpane.formatting.text")}>
      <div className={styles.actions}>
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
    </RoundStep>
  );
}
