// The problems the last operation found, each selecting its cell.

import { Caption1 } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { ProblemsList } from "../components/ProblemsList";
import { lazy, Suspense } from "react";

/** Loaded only when the refresh found changes not dated in the current round. */
const DateAllUndated = lazy(() =>
  import("../components/coauthoring/DateAllUndated").then((m) => ({ default: m.DateAllUndated }))
);
const UNDATED_CODE = "coauthoring.diag.undated";
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
          {pane.diagnostics.some((d) => d.code === UNDATED_CODE) ? (
            <Suspense fallback={null}>
              <DateAllUndated diagnostics={pane.diagnostics} onDated={pane.refresh} />
            </Suspense>
          ) : null}
          <ProblemsList diagnostics={pane.diagnostics} onSelect={pane.selectCell} />
        </>
      )}
    </PaneSection>
  );
}
