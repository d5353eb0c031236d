// The task pane's render, over the state hook useTaskpane and the styles hook useAppStyles:
// the round header, the one primary action (Opdater oversigt), the messages, a TabList of the
// views, the view shown, and a footer with the settings. Each view is its own module, loaded
// the first time it is opened (src/taskpane/views); a workbook without a plan shows the first
// run instead.

import {
  Button,
  CounterBadge,
  Tab,
  TabList,
  mergeClasses,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { SettingsRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useState, type ComponentType } from "react";
import type { WorkbookState } from "../core/operations";
import type { AutoOpenSetting } from "./autoOpen";
import { AfterFirstCommit } from "./components/AfterFirstCommit";
import { RoundHeader } from "./components/RoundHeader";
import { useT } from "./i18n";
import { PANE_VIEWS, type PaneView } from "./paneView";
import { BusySpinner, Progress } from "./components/BusySpinner";
import { useAppStyles } from "./useAppStyles";
import { useTaskpane, type Taskpane } from "./useTaskpane";

type ViewComponent = ComponentType<{ pane: Taskpane }>;

const VIEWS: Record<PaneView, ViewComponent> = {
  round: lazy(() => import(/* webpackChunkName: "view-round" */ "./views/round/RoundView")),
  history: lazy(() => import(/* webpackChunkName: "view-history" */ "./views/history/HistoryView")),
  problems: lazy(
    () => import(/* webpackChunkName: "view-problems" */ "./views/problems/ProblemsView")
  ),
};
const FirstRunView = lazy(
  () => import(/* webpackChunkName: "view-first-run" */ "./views/firstRun/FirstRunView")
);
// Fluent's MessageBar loads with the first message: a pane without one does not need it.
const PaneMessages = lazy(
  () => import(/* webpackChunkName: "messages" */ "./components/PaneMessages")
);
const SettingsDrawer = lazy(
  () => import(/* webpackChunkName: "settings" */ "./components/SettingsDrawer")
);

const VIEW_LABELS: Record<PaneView, string> = {
  round: "taskpane.view.round",
  history: "taskpane.view.history",
  problems: "taskpane.view.problems",
};

export function App(props: {
  autoOpen?: AutoOpenSetting;
  firstState?: () => WorkbookState | null;
}) {
  const styles = useAppStyles();
  const t = useT();
  const pane = useTaskpane(props.autoOpen, props.firstState);
  // Views once opened stay mounted (hidden), so their state survives switching tabs.
  const [opened, setOpened] = useState<ReadonlySet<PaneView>>(() => new Set([pane.view]));
  const [settings, setSettings] = useState<"never" | "open" | "closed">("never");
  const restoreFocus = useRestoreFocusTarget();
  if (!opened.has(pane.view)) setOpened(new Set([...opened, pane.view]));

  const loading = <Progress label={t("taskpane.loading")} />;
  const messages = (pane.error || pane.notice) && (
    <Suspense
      fallback={
        <span role="alert" className={styles.caption}>
          {pane.error ?? pane.notice}
        </span>
      }
    >
      <PaneMessages
        error={pane.error}
        notice={pane.notice}
        onDismissError={pane.dismissError}
        onDismissNotice={pane.dismissNotice}
      />
    </Suspense>
  );

  let body;
  if (pane.state === null) {
    body = (
      <div className={styles.top}>
        {messages}
        {!pane.error && loading}
      </div>
    );
  } else if (!pane.state.hasPlan) {
    body = (
      <>
        <div className={styles.top}>{messages}</div>
        <div className={styles.content}>
          <Suspense fallback={loading}>
            <FirstRunView pane={pane} />
          </Suspense>
        </div>
      </>
    );
  } else {
    body = (
      <>
        <div className={styles.top}>
          <RoundHeader
            month={pane.state.currentStatusDate}
            outcome={pane.refreshOutcome}
            busy={!!pane.busy}
            onApplyMonth={pane.setStatusDate}
            onShowProblems={() => pane.selectView("problems")}
          />
          <div className={styles.primary}>
            <Button appearance="primary" disabledFocusable={!!pane.busy} onClick={pane.refresh}>
              {t("taskpane.refresh.button")}
            </Button>
            <div role="status">
              <BusySpinner busy={pane.busy} kind="refresh" labelKey="taskpane.refresh.running" />
              <BusySpinner
                busy={pane.busy}
                kind="statusDate"
                labelKey="taskpane.statusDate.running"
              />
            </div>
          </div>
          {messages}
          <TabList
            className={styles.tabs}
            selectedValue={pane.view}
            onTabSelect={(_, data) => pane.selectView(data.value as PaneView)}
            aria-label={t("taskpane.view.label")}
          >
            {PANE_VIEWS.map((view) => (
              <Tab key={view} id={`tab-${view}`} value={view} aria-controls={`panel-${view}`}>
                {t(VIEW_LABELS[view])}
                {view === "problems" && pane.problemCount > 0 && (
                  <>
                    {" "}
                    <CounterBadge
                      count={pane.problemCount}
                      size="small"
                      color="danger"
                      aria-label={t("taskpane.view.problemCount", { count: pane.problemCount })}
                    />
                  </>
                )}
              </Tab>
            ))}
          </TabList>
        </div>
        <div className={styles.content}>
          {PANE_VIEWS.filter((view) => opened.has(view)).map((view) => {
            const View = VIEWS[view];
            return (
              <div
                key={view}
                id={`panel-${view}`}
                role="tabpanel"
                aria-labelledby={`tab-${view}`}
                hidden={view !== pane.view}
                // A display of its own would override `hidden`: only the shown panel gets one.
                className={view === pane.view ? styles.panel : undefined}
              >
                {/* The plan views' chunks (and the spinner's) are requested after the commit
                    that shows the header and its button: the panel is empty for that commit. */}
                <AfterFirstCommit>
                  <Suspense fallback={loading}>
                    <View pane={pane} />
                  </Suspense>
                </AfterFirstCommit>
              </div>
            );
          })}
        </div>
      </>
    );
  }

  return (
    <main className={styles.root}>
      {body}
      {pane.state?.hasPlan && (
        <footer className={styles.footer}>
          <Button
            appearance="subtle"
            icon={<SettingsRegular />}
            onClick={() => setSettings("open")}
            {...restoreFocus}
          >
            {t("taskpane.settings.button")}
          </Button>
          <span role="status" className={mergeClasses(styles.caption, styles.footerNote)}>
            {pane.autoNote}
          </span>
        </footer>
      )}
      {settings !== "never" && (
        <Suspense fallback={null}>
          <SettingsDrawer
            open={settings === "open"}
            pane={pane}
            onClose={() => setSettings("closed")}
          />
        </Suspense>
      )}
    </main>
  );
}
