// What a view runs itself (closing a round, comparing rounds…): which work is busy, and a
// runner that marks it, hands errors to the pane's messages and clears the mark unless the
// view has gone meanwhile (no state update after unmount).

import { useEffect, useRef, useState } from "react";
import type { Taskpane } from "../useTaskpane";

export interface ViewWork<K extends string> {
  busy: K | null;
  /** Runs `work` as `kind`; resolves with its result, or null when it failed (reported). */
  run<T>(kind: K, work: () => Promise<T>): Promise<T | null>;
  /** False once the view has gone: its results are then dropped. */
  mounted: { readonly current: boolean };
}

export function useViewWork<K extends string>(
  pane: Pick<Taskpane, "reportError">,
  onStart?: () => void
): ViewWork<K> {
  const [busy, setBusy] = useState<K | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const run = async <T>(kind: K, work: () => Promise<T>): Promise<T | null> => {
    setBusy(kind);
    onStart?.();
    try {
      return await work();
    } catch (e) {
      pane.reportError(e);
      return null;
    } finally {
      if (mounted.current) setBusy(null);
    }
  };
  return { busy, run, mounted };
}
