// Shows a CommandMessage with the Office dialog API from the function file. Without a shared
// runtime a function command cannot open the task pane (Office.addin.showAsTaskpane needs
// SharedRuntime 1.1) and Excel has no notification API, so a dialog is the documented way for
// an ExecuteFunction command to show UI. The promise resolves when the dialog is closed (by
// its OK button or the X) or could not be opened, so the caller can then complete the event.

import type { DialogUi } from "../officeHost";
import { encodeMessage, type CommandMessage } from "./message";

/**
 * Safety net: complete the command even if the dialog never reports back. The ribbon command
 * passes what is left of its 5-minute lifetime instead (see refreshCommand.ts).
 */
export const DIALOG_WAIT_MS = 5 * 60_000;

export function messageDialogUrl(pageUrl: string, message: CommandMessage): string {
  const url = new URL("message.html", pageUrl);
  return `${url.origin}${url.pathname}?m=${encodeMessage(message)}`;
}

export function showMessageDialog(
  ui: DialogUi,
  pageUrl: string,
  message: CommandMessage,
  waitMs = DIALOG_WAIT_MS
): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    };
    timer = setTimeout(done, waitMs);
    ui.displayDialogAsync(
      messageDialogUrl(pageUrl, message),
      // In Excel on the web an iframe dialog opens faster and needs no pop-up permission.
      { height: 40, width: 30, displayInIframe: true },
      (result) => {
        if (result.status !== "succeeded") {
          // e.g. 12009: the user declined the dialog in Office on the web.
          console.error("displayDialogAsync failed", result.error);
          done();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler("dialogMessageReceived", () => {
          dialog.close();
          done();
        });
        // Closed with X (12006) or the dialog page failed to load: nothing left to wait for.
        dialog.addEventHandler("dialogEventReceived", () => done());
      }
    );
  });
}
