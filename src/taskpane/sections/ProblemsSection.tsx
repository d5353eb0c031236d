// The problems the last operation found, each selecting its cell.

import { Caption1 } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { ProblemsList } from "../components/ProblemsList";
import { DateAllUndated } from "../components/coauthoring/DateAllUndated";
import { useT } from "../i18n";
import { useSectionStyles, type SectionProps } from "./shared";

export function ProblemsSection({ pane }: SectionProps) {
  const styles = useSectionStyles();
  const t = useT();
  return (
    <PaneSection id="problems" title={t("taskpane.problems.heading")}>
      {pane.diagnostics === null ? (
        <Caption1 className={styles.note}>{t("taskpane.problems.notYet")}</Caption1>
      ) : (
        <>
          <DateAllUndated diagnostics={pane.diagnostics} onDated={pane.refresh} />
          <ProblemsList diagnostics={pane.diagnostics} onSelect={pane.selectCell} />
        </>
      )}
    </PaneSection>
  );
}
