// Decides what the pane shows at start: the add-in inside Excel, or an explanation when the
// page is opened in a plain browser (Office.onReady reports no host) or Office.js never
// arrives. We do not use office-js-helpers' Utilities.isAddin: it reads Office internals and
// calls a page "inside an add-in" whenever Office.context exists, even in a plain browser.

import type { OfficeBootLike } from "../officeHost";

export type BootView =
  | { kind: "office"; displayLanguage?: string; officeTheme?: Office.OfficeTheme }
  | { kind: "outside"; reason: "noHost" | "officeMissing" };

export interface BootOptions {
  /** The Office global, or undefined while (or because) office.js has not loaded. */
  getOffice: () => OfficeBootLike | undefined;
  /** Called with each view to show; a late Office.onReady replaces the explanation. */
  render: (view: BootView) => void;
  /** How long to wait for office.js and Office.onReady before explaining. */
  timeoutMs?: number;
  pollMs?: number;
}

export const BOOT_TIMEOUT_MS = 10_000;

export function bootTaskpane(options: BootOptions): void {
  const { getOffice, render, timeoutMs = BOOT_TIMEOUT_MS, pollMs = 100 } = options;
  let settled = false;
  let explained = false;

  const timeout = setTimeout(() => {
    if (settled) return;
    explained = true;
    render({ kind: "outside", reason: getOffice() ? "noHost" : "officeMissing" });
  }, timeoutMs);

  const whenOffice = (office: OfficeBootLike) => {
    office.onReady().then(
      (info) => {
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        if (info.host === "Excel") {
          render({
            kind: "office",
            displayLanguage: office.context?.displayLanguage,
            officeTheme: office.context?.officeTheme,
          });
        } else if (!explained) {
          render({ kind: "outside", reason: "noHost" });
        }
      },
      () => {
        // onReady failing is the same, for the user, as Office not loading.
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        if (!explained) render({ kind: "outside", reason: "officeMissing" });
      }
    );
  };

  const poll = () => {
    const office = getOffice();
    if (office) whenOffice(office);
    else if (!settled && !explained) setTimeout(poll, pollMs);
  };
  poll();
}
