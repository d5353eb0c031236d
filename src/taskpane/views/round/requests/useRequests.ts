// The state of *Bed om status*: the list as last read (per owner their actions, then the
// unassigned, and the progress), what the last send or reminder did, and the operations. The
// list is read when the user asks for it, never on its own: each read is two round trips.

import { useCallback, useRef, useState } from "react";
import type {
  RequestsView,
  SendOutcome,
  RemindOutcome,
} from "../../../../core/requests/operations";
import { useOperations } from "../../../operationsContext";
import type { Taskpane } from "../../../useTaskpane";

export type RequestsBusy = "load" | "send" | "remind";

export interface RequestsResult {
  kind: "send" | "remind";
  outcome: SendOutcome | RemindOutcome;
}

export interface RequestsState {
  view: RequestsView | null;
  busy: RequestsBusy | null;
  result: RequestsResult | null;
  load(): Promise<void>;
  send(): Promise<void>;
  remind(): Promise<void>;
  /** Selects the action's row (its Status cell) in the plan. */
  select(row: number): void;
}

export function useRequests(pane: Taskpane): RequestsState {
  const operations = useOperations();
  const [view, setView] = useState<RequestsView | null>(null);
  const [busy, setBusy] = useState<RequestsBusy | null>(null);
  const [result, setResult] = useState<RequestsResult | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async <T extends RequestsView>(kind: RequestsBusy, work: () => Promise<T>) => {
      if (running.current) return null;
      running.current = true;
      setBusy(kind);
      try {
        const next = await work();
        setView(next);
        // Owner entries without an address and the like go to the Problemer tab.
        if (next.diagnostics.some((d) => d.severity !== "info"))
          pane.showDiagnostics(next.diagnostics);
        return next;
      } catch (error) {
        pane.reportError(error);
        return null;
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [pane]
  );

  const load = useCallback(async () => {
    setResult(null);
    await run("load", () => operations.getRequests());
  }, [operations, run]);

  const send = useCallback(async () => {
    const outcome = await run("send", () => operations.sendRequests());
    if (outcome) setResult({ kind: "send", outcome });
  }, [operations, run]);

  const remind = useCallback(async () => {
    const outcome = await run("remind", () => operations.remindOwners());
    if (outcome) setResult({ kind: "remind", outcome });
  }, [operations, run]);

  const select = useCallback(
    (row: number) => {
      if (view?.sheet) pane.selectCell(view.sheet, row, "Status");
    },
    [pane, view]
  );

  return { view, busy, result, load, send, remind, select };
}
