// While enabled, subscribes to the user's Status/Statusnote edits (the adapter then dates those
// rows) and unsubscribes when disabled or when the pane goes away.

import { useEffect, useRef } from "react";
import type { AddinOperations, StatusEdit } from "../core/operations";

export function useStatusWatch(
  operations: AddinOperations,
  enabled: boolean,
  onEdit: (edit: StatusEdit) => void,
  onError: (error: unknown) => void
): void {
  // The latest callbacks, so a re-render does not resubscribe.
  const callbacks = useRef({ onEdit, onError });
  callbacks.current = { onEdit, onError };

  useEffect(() => {
    if (!enabled) return undefined;
    let active = true;
    let unsubscribe: (() => Promise<void>) | null = null;
    const release = (fn: () => Promise<void>) => {
      fn().catch((error: unknown) => console.error("watchStatusEdits: unsubscribe failed", error));
    };
    operations
      .watchStatusEdits((edit) => {
        if (active) callbacks.current.onEdit(edit);
      })
      .then(
        (fn) => {
          // Switched off (or unmounted) before the subscription was in place: undo it now.
          if (active) unsubscribe = fn;
          else release(fn);
        },
        (error: unknown) => {
          if (active) callbacks.current.onError(error);
        }
      );
    return () => {
      active = false;
      if (unsubscribe) release(unsubscribe);
    };
  }, [operations, enabled]);
}
