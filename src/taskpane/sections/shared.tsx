// What the pane's sections share: their styles and the busy spinner of an operation.

import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { YearMonth } from "../../core/model";
import { useT } from "../i18n";
import type { Busy, Taskpane } from "../useTaskpane";

export const useSectionStyles = makeStyles({
  actionRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Every section gets the pane's state and actions. */
export interface SectionProps {
  pane: Taskpane;
}

/** The spinner shown while `kind` runs. */
export function BusySpinner(props: { busy: Busy | null; kind: Busy; labelKey: string }) {
  const t = useT();
  if (props.busy !== props.kind) return null;
  return <Spinner size="tiny" label={t(props.labelKey)} labelPosition="after" />;
}

/** This month on the user's clock: where month pickers start when nothing is stored. */
export function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}
