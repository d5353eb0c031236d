// Step: start the next round once the current one is closed. It offers one month (the same step
// as between the last two rounds); another month is set with Skift måned, the pane's one
// picker of the current status date.

import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { ArrowNextRegular } from "@fluentui/react-icons";
import { formatMonth } from "../../../../core/dates";
import { useLang, useT } from "../../../i18n";
import { RoundStep } from "../RoundStep";
import type { RoundStepProps } from "../roundSteps";
import { useRoundViewStyles } from "../useRoundViewStyles";

export function NextRoundStep({ round }: RoundStepProps) {
  const styles = useRoundViewStyles();
  const t = useT();
  const lang = useLang();
  return (
    <RoundStep
      id="next"
      title={t("taskpane.step.next")}
      hint={round.next ? t("rounds.pane.offerNext") : t("taskpane.step.nextHint")}
    >
      {round.next && (
        <div className={styles.actions}>
          <Button
            className={styles.wrapButton}
            icon={<ArrowNextRegular />}
            disabledFocusable={round.disabled}
            onClick={() => void round.startNext()}
          >
            {t("taskpane.step.start", { round: formatMonth(round.next, lang) })}
          </Button>
          {round.busy === "next" && <Spinner size="tiny" label={t("rounds.pane.working")} />}
        </div>
      )}
      {round.nextStarted && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t("rounds.pane.nextStarted", { round: formatMonth(round.nextStarted, lang) })}
          </MessageBarBody>
        </MessageBar>
      )}
    </RoundStep>
  );
}
