// Entry of taskpane.html: waits for Office, then renders the pane with the Excel operations,
// or the "open it in Excel" page when there is no Excel host. The Excel adapter (and the core's
// use cases it runs) is a chunk of its own, preloaded by the page and awaited by the first call.
// The script is deferred behind office.js: it runs once office.js has (the page parsed); were it
// loaded otherwise (async), the pane starts at DOMContentLoaded.

import { webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { createRoot, type Root } from "react-dom/client";
import { langFromTag } from "../i18n/translate";
import { documentAutoOpen, type SettingsLike } from "./autoOpen";
import type { OfficeBootLike } from "../officeHost";
import { bootTaskpane } from "./boot";
import { Providers, TaskpaneRoot } from "./Root";
import { fluentTheme } from "./theme";
import { lazyOperations } from "./lazyOperations";
import { readStateEarly } from "./earlyState";

// The explanation for a plain browser is its own chunk: inside Excel it is never needed.
const OutsideOffice = lazy(() =>
  import(/* webpackChunkName: "outside-office" */ "./OutsideOffice").then((m) => ({
    default: m.OutsideOffice,
  }))
);

// Requested now, while Office.js starts: the first call of an operation waits for it.
const excelAdapter = import(/* webpackChunkName: "excel" */ "../excel");

let root: Root | null = null;
function paneRoot(): Root {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container");
  return (root ??= createRoot(container));
}

const start = () =>
  bootTaskpane({
    getOffice: () => (window as unknown as { Office?: OfficeBootLike }).Office,
    render(view) {
      if (view.kind === "office") {
        const lang = langFromTag(view.displayLanguage);
        document.documentElement.lang = lang;
        // The state is read at once, not after the first render: the button waits for it.
        const early = readStateEarly(
          lazyOperations(() => excelAdapter.then((m) => m.createExcelOperations(Excel, Office)))
        );
        void fluentTheme(view.officeTheme).then((theme) =>
          paneRoot().render(
            <TaskpaneRoot
              operations={early.operations}
              firstState={early.take}
              autoOpen={
                Office.context.document?.settings
                  ? documentAutoOpen(Office.context.document.settings as unknown as SettingsLike)
                  : undefined
              }
              lang={lang}
              theme={theme}
            />
          )
        );
      } else {
        const lang = langFromTag(navigator.language);
        document.documentElement.lang = lang;
        paneRoot().render(
          <Providers lang={lang} theme={webLightTheme}>
            <Suspense fallback={null}>
              <OutsideOffice reason={view.reason} />
            </Suspense>
          </Providers>
        );
      }
    },
  });

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
} else {
  start();
}
