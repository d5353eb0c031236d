// The Problemer view: what the last operation found in the plan, each entry selecting its cell.
// A module of its own, loaded the first time the view is opened (or when the ribbon's failed
// refresh asks the pane to open on it).

import { lazy, Suspense } from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ProblemsList } from "../../components/ProblemsList";
import { useT } from "../../i18n";
import type { Taskpane } from "../../useTaskpane";

/** Loaded only when the refresh found changes not dated in the current round. */
const DateAllUndated = lazy(() =>
  import("../../components/coauthoring/DateAllUndated").then((m) => ({ default: m.DateAllUndated }))
);
const UNDATED_CODE = "coauthoring.diag.undated";

const useStyles = makeStyles({ note: { color: tokens.colorNeutralForeground2 } });

export default function ProblemsView({ pane }: { pane: Taskpane }) {
  const styles = useStyles();
  const t = useT();
  if (pane.diagnostics === null) {
    return <Caption1 className={styles.note}>{t("taskpane.problems.notYet")}</Caption1>;
  }
  return (
    <>
      {pane.diagnostics.some((d) => d.code === UNDATED_CODE) ? (
        <Suspense fallback={null}>
          <DateAllUndated diagnostics={pane.diagnostics} onDated={pane.refresh} />
        </Suspense>
      ) : null}
      <ProblemsList diagnostics={pane.diagnostics} onSelect={pane.selectCell} />
    </>
  );
}
