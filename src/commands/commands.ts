// Entry of commands.html (the manifest's FunctionFile): registers the ribbon functions.

import { createExcelOperations } from "../excel";
import type { AddinOperations } from "../core/operations";
import { langFromTag } from "../i18n";
import type { DialogUi } from "../officeHost";
import { showMessageDialog } from "./dialog";
import { createRefreshCommand } from "./refreshCommand";
import { REFRESH_FUNCTION, registerCommand } from "./register";
import { requestView } from "../taskpane/paneView";

let operations: AddinOperations | null = null;

const refreshOverview = createRefreshCommand({
  operations: () => (operations ??= createExcelOperations(Excel, Office)),
  lang: () => langFromTag(Office.context?.displayLanguage),
  showMessage: (message, waitMs) => {
    // The dialog says the pane opens on Problemer: the pane reads this request when it opens
    // (or at once, when it is open), as the function file cannot open the pane itself.
    requestView("problems");
    return showMessageDialog(
      Office.context.ui as unknown as DialogUi,
      window.location.href,
      message,
      waitMs
    );
  },
});

Office.onReady(() => {
  // Nothing to prepare: the command creates the Excel operations on first use.
});

registerCommand(
  Office as unknown as Parameters<typeof registerCommand>[0],
  window as unknown as Record<string, unknown>,
  REFRESH_FUNCTION,
  refreshOverview
);
