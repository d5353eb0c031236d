// One numbered step of the Runde view: its heading (the number comes from the list), a short
// explanation, and what the step does.

import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useRoundViewStyles } from "./useRoundViewStyles";

export function RoundStep(props: { id: string; title: string; hint?: string; children: ReactNode }) {
  const styles = useRoundViewStyles();
  const headingId = `step-${props.id}-heading`;
  return (
    <li className={styles.step}>
      <Subtitle2 as="h2" id={headingId} className={styles.stepTitle}>
        {props.title}
      </Subtitle2>
      {props.hint && <Caption1 className={styles.note}>{props.hint}</Caption1>}
      {props.children}
    </li>
  );
}
