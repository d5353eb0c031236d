// Automatic status dates: the switch, and a note of the rows it dated.

import { Caption1, Switch } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { useT } from "../i18n";
import { useSectionStyles, type SectionProps } from "./shared";

export function AutoStatusSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  return (
    <PaneSection id="auto" title={t("taskpane.auto.heading")}>
      <Switch
        checked={pane.autoStatus}
        label={t("taskpane.auto.label")}
        onChange={(_, data) => pane.setAutoStatus(data.checked)}
      />
      <Caption1 className={styles.note}>{t("taskpane.auto.hint")}</Caption1>
      <Caption1 role="status" className={styles.note}>
        {pane.autoNote}
      </Caption1>
    </PaneSection>
  );
}
