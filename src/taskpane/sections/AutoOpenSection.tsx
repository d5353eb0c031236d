// "Open the pane with this workbook".

import { Caption1, Switch } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { useT } from "../i18n";
import { useSectionStyles, type SectionProps } from "./shared";

export function AutoOpenSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  return (
    <PaneSection id="autoOpen" title={t("taskpane.autoOpen.heading")}>
      <Switch
        checked={pane.autoOpen}
        label={t("taskpane.autoOpen.label")}
        onChange={(_, data) => pane.changeAutoOpen(data.checked)}
      />
      <Caption1 className={styles.note}>{t("taskpane.autoOpen.hint")}</Caption1>
    </PaneSection>
  );
}
