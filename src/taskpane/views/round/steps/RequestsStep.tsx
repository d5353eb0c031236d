// Step: Bed om status, before closing the round. Its heading is here; the list, sending,
// progress and reminders are their own chunk (../requests), loaded when the step is shown. While
// it loads, a disabled button of the same size stands where the panel's first button will be,
// so the steps below (Luk statusrunden) do not move when it arrives.

import { Button, Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { addMessages } from "../../../../i18n/translate";
import da from "../../../../i18n/da/requestsStep.json";
import en from "../../../../i18n/en/requestsStep.json";
import { useT } from "../../../i18n";
import { RoundStep } from "../RoundStep";
import type { RoundStepProps } from "../roundSteps";
import { useRoundViewStyles } from "../useRoundViewStyles";

addMessages({ da, en });

const RequestsPanel = lazy(() =>
  import(/* webpackChunkName: "requests" */ "../requests/RequestsPanel").then((m) => ({
    default: m.RequestsPanel,
  }))
);

export function RequestsStep(props: RoundStepProps) {
  const styles = useRoundViewStyles();
  const t = useT();
  return (
    <RoundStep id="requests" title={t("requests.step.title")} hint={t("requests.step.hint")}>
      <Suspense
        fallback={
          <div className={styles.actions}>
            <Button disabled icon={<Spinner size="tiny" />}>
              {t("requests.step.loading")}
            </Button>
          </div>
        }
      >
        <RequestsPanel {...props} />
      </Suspense>
    </RoundStep>
  );
}
