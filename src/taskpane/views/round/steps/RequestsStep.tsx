// Step: Bed om status, before closing the round. Its heading is here; the list, sending,
// progress and reminders are their own chunk (../requests), loaded when the step is shown.

import { Spinner } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { addMessages } from "../../../../i18n/translate";
import da from "../../../../i18n/da/requestsStep.json";
import en from "../../../../i18n/en/requestsStep.json";
import { useT } from "../../../i18n";
import { RoundStep } from "../RoundStep";
import type { RoundStepProps } from "../roundSteps";

addMessages({ da, en });

const RequestsPanel = lazy(() =>
  import("../requests/RequestsPanel").then((m) => ({ default: m.RequestsPanel }))
);

export function RequestsStep(props: RoundStepProps) {
  const t = useT();
  return (
    <RoundStep id="requests" title={t("requests.step.title")} hint={t("requests.step.hint")}>
      <Suspense fallback={<Spinner size="tiny" label={t("requests.step.loading")} />}>
        <RequestsPanel {...props} />
      </Suspense>
    </RoundStep>
  );
}
