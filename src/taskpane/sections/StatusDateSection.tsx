// The current status date: shown, and set with the month picker.

import { Caption1 } from "@fluentui/react-components";
import { formatMonth } from "../../core/dates";
import { PaneSection } from "../components/PaneSection";
import { StatusDatePicker } from "../components/StatusDatePicker";
import { useLang, useT } from "../i18n";
import { BusySpinner, thisMonth, useSectionStyles, type SectionProps } from "./shared";

export function StatusDateSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  const lang = useLang();
  const current = pane.state?.currentStatusDate ?? null;
  return (
    <PaneSection id="statusDate" title={t("taskpane.statusDate.heading")}>
      <Caption1 className={styles.note}>
        {current
          ? t("taskpane.statusDate.current", { month: formatMonth(current, lang) })
          : t("taskpane.statusDate.none")}
      </Caption1>
      <StatusDatePicker
        value={current}
        fallback={thisMonth()}
        disabled={!!pane.busy}
        onApply={pane.setStatusDate}
      />
      <BusySpinner busy={pane.busy} kind="statusDate" labelKey="taskpane.statusDate.running" />
    </PaneSection>
  );
}
