// Which view of the pane is shown, remembered per user in localStorage: a UI preference only,
// nothing of the plan. The ribbon's refresh, when it fails, asks (through the same storage) that
// the pane open on Problemer next; an open pane follows the request at once (storage event).

export const PANE_VIEWS = ["round", "history", "problems"] as const;
export type PaneView = (typeof PANE_VIEWS)[number];

export const VIEW_KEY = "statusoversigt.view";
/** Set by the ribbon command after a failed refresh; read (and cleared) by the pane. */
export const OPEN_VIEW_KEY = "statusoversigt.openView";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be blocked (privacy settings): the pane then starts on Runde.
    return null;
  }
}

const isView = (value: unknown): value is PaneView =>
  typeof value === "string" && (PANE_VIEWS as readonly string[]).includes(value);

/** The view to open with: a pending request from the ribbon, else the remembered one. */
export function initialView(): PaneView {
  const store = storage();
  const requested = store?.getItem(OPEN_VIEW_KEY);
  if (isView(requested)) {
    store?.removeItem(OPEN_VIEW_KEY);
    return requested;
  }
  const remembered = store?.getItem(VIEW_KEY);
  return isView(remembered) ? remembered : "round";
}

export function rememberView(view: PaneView): void {
  try {
    storage()?.setItem(VIEW_KEY, view);
  } catch {
    // Full or blocked storage: the choice is simply not remembered.
  }
}

/** For the ribbon command: the next pane (or the open one) shows Problemer. */
export function requestView(view: PaneView): void {
  try {
    storage()?.setItem(OPEN_VIEW_KEY, view);
  } catch {
    // Not remembered: the dialog itself still lists the problems.
  }
}

/** Calls `onRequest` when another page of the add-in (the ribbon) asks for a view. */
export function watchViewRequests(onRequest: (view: PaneView) => void): () => void {
  if (typeof window === "undefined") return () => undefined;
  const listener = (event: StorageEvent) => {
    if (event.key !== OPEN_VIEW_KEY || !isView(event.newValue)) return;
    storage()?.removeItem(OPEN_VIEW_KEY);
    onRequest(event.newValue);
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}
