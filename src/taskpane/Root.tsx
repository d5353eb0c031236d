// The pane's providers: Fluent theme, language, host operations.

import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { AddinOperations, WorkbookState } from "../core/operations";
import type { Language } from "../i18n/translate";
import { App } from "./App";
import type { AutoOpenSetting } from "./autoOpen";
import { LangProvider } from "./i18n";
import { OperationsProvider } from "./operationsContext";

// The provider paints the theme's background; it fills the pane so dark themes have no white gap.
const useStyles = makeStyles({ provider: { minHeight: "100vh" } });

export function Providers(props: { lang: Language; theme: Theme; children: ReactNode }) {
  const styles = useStyles();
  return (
    <FluentProvider className={styles.provider} theme={props.theme} lang={props.lang}>
      <LangProvider lang={props.lang}>{props.children}</LangProvider>
    </FluentProvider>
  );
}

export interface TaskpaneRootProps {
  operations: AddinOperations;
  lang: Language;
  theme: Theme;
  /** The workbook's "open the pane with the document" setting; absent outside Office. */
  autoOpen?: AutoOpenSetting;
  /** The workbook state if already read when the pane first renders (src/taskpane/earlyState). */
  firstState?: () => WorkbookState | null;
}

export function TaskpaneRoot(props: TaskpaneRootProps) {
  return (
    <Providers lang={props.lang} theme={props.theme}>
      <OperationsProvider operations={props.operations}>
        <App autoOpen={props.autoOpen} firstState={props.firstState} />
      </OperationsProvider>
    </Providers>
  );
}
