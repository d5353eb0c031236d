// Entry of taskpane.html: waits for Office, then renders the pane with the Excel operations,
// or the "open it in Excel" page when there is no Excel host.

import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelOperations } from "../excel";
import { langFromTag } from "../i18n";
import { documentAutoOpen, type SettingsLike } from "./autoOpen";
import type { OfficeBootLike } from "../officeHost";
import { bootTaskpane } from "./boot";
import { OutsideOffice } from "./OutsideOffice";
import { Providers, TaskpaneRoot } from "./Root";
import { fluentTheme } from "./theme";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container");
const root = createRoot(container);

bootTaskpane({
  getOffice: () => (window as unknown as { Office?: OfficeBootLike }).Office,
  render(view) {
    if (view.kind === "office") {
      const lang = langFromTag(view.displayLanguage);
      document.documentElement.lang = lang;
      root.render(
        <TaskpaneRoot
          operations={createExcelOperations(Excel, Office)}
          autoOpen={
            Office.context.document?.settings
              ? documentAutoOpen(Office.context.document.settings as unknown as SettingsLike)
              : undefined
          }
          lang={lang}
          theme={fluentTheme(view.officeTheme)}
        />
      );
    } else {
      const lang = langFromTag(navigator.language);
      document.documentElement.lang = lang;
      root.render(
        <Providers lang={lang} theme={webLightTheme}>
          <OutsideOffice reason={view.reason} />
        </Providers>
      );
    }
  },
});
