// The Problemer view: what the last operation found in the plan, each entry selecting its cell.
// A module of its own, loaded the first time the view is opened (or when the ribbon's failed
// refresh asks the pane to open on it).

import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ProblemsList } from "../../components/ProblemsList";
import { useT } from "../../i18n";
import type { Taskpane } from "../../useTaskpane";

const useStyles = makeStyles({ note: { color: tokens.colorNeutralForeground2 } });

export default function ProblemsView({ pane }: { pane: Taskpane }) {
  const styles = useStyles();
  const t = useT();
  return pane.diagnostics === null ? (
    <Caption1 className={styles.note}>{t("taskpane.problems.notYet")}</Caption1>
  ) : (
    <ProblemsList diagnostics={pane.diagnostics} onSelect={pane.selectCell} />
  );
}
