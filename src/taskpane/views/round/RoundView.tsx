// The Runde view: the round's steps in order (roundSteps.tsx), then the round in numbers. A
// module of its own, loaded the first time the view is opened.

import { RoundSummary } from "./RoundSummary";
import { ROUND_STEPS } from "./roundSteps";
import { useRoundView } from "./useRoundView";
import { useRoundViewStyles } from "./useRoundViewStyles";
import type { Taskpane } from "../../useTaskpane";
import { useT } from "../../i18n";

export default function RoundView({ pane }: { pane: Taskpane }) {
  const styles = useRoundViewStyles();
  const t = useT();
  const round = useRoundView(pane);
  return (
    <div className={styles.root}>
      <ol className={styles.steps} aria-label={t("taskpane.step.label")}>
        {ROUND_STEPS.map(({ id, Component }) => (
          <Component key={id} pane={pane} round={round} />
        ))}
      </ol>
      <RoundSummary pane={pane} month={round.current} />
    </div>
  );
}
