// The task pane: the messages, then one component per section (src/taskpane/sections) over
// the state and actions of useTaskpane.

import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { lazy, Suspense } from "react";
import type { AutoOpenSetting } from "./autoOpen";
import { useT } from "./i18n";
import { AutoOpenSection } from "./sections/AutoOpenSection";
import { AutoStatusSection } from "./sections/AutoStatusSection";
import { CreatePlanSection } from "./sections/CreatePlanSection";
import { FormattingSection } from "./sections/FormattingSection";
import { ProblemsSection } from "./sections/ProblemsSection";
import { RefreshSection } from "./sections/RefreshSection";
import { StatusDateSection } from "./sections/StatusDateSection";
import { WordSection } from "./sections/WordSection";
import { useTaskpane } from "./useTaskpane";

// Statusrunder (its dialog, charts and the rounds' rules) loads as its own chunk after first
// render, keeping the pane's initial JavaScript within its budget.
const StatusRoundsSection = lazy(() =>
  import("./sections/RoundsSection").then((m) => ({ default: m.StatusRoundsSection }))
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  heading: { margin: 0 },
});

export function App(props: { autoOpen?: AutoOpenSetting }) {
  const styles = useStyles();
  const t = useT();
  const pane = useTaskpane(props.autoOpen);

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1" className={styles.heading}>
        {t("taskpane.title")}
      </Subtitle1>

      {pane.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{pane.error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={t("taskpane.error.dismiss")}
                icon={<DismissRegular />}
                onClick={pane.dismissError}
              />
            }
          />
        </MessageBar>
      )}
      {pane.notice && (
        <MessageBar intent="success">
          <MessageBarBody>{pane.notice}</MessageBarBody>
        </MessageBar>
      )}

      {pane.state === null && !pane.error && (
        <Spinner size="small" label={t("taskpane.loading")} />
      )}

      {pane.state && !pane.state.hasPlan && <CreatePlanSection pane={pane} />}
      <StatusDateSection pane={pane} />
      <RefreshSection pane={pane} />
      <FormattingSection pane={pane} />
      {pane.state?.hasPlan && (
        <Suspense fallback={<Spinner size="tiny" label={t("taskpane.loading")} />}>
          <StatusRoundsSection pane={pane} />
        </Suspense>
      )}
      {pane.state?.hasPlan && <WordSection pane={pane} />}
      <AutoStatusSection pane={pane} />
      {pane.canAutoOpen && <AutoOpenSection pane={pane} />}
      <ProblemsSection pane={pane} />
    </main>
  );
}
