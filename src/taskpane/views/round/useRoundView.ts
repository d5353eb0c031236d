// The Runde view's state and actions (its render is RoundView): the current round and whether
// it is already in the history, the close question, what closing and starting the next round
// did. Errors go to the pane's messages, findings to its Problemer view.

import { useState } from "react";
import { sameMonth } from "../../../core/dates";
import type { YearMonth } from "../../../core/model";
import type { CloseRoundResult } from "../../../core/rounds";
import { suggestedNextRound } from "../../components/rounds/nextRound";
import { useOperations } from "../../operationsContext";
import type { Taskpane } from "../../useTaskpane";
import { useViewWork } from "../useViewWork";

export type RoundBusy = "close" | "next";

export interface RoundViewState {
  /** The current status round; null when none is set. */
  current: YearMonth | null;
  /** The current round is already in the history (closing again replaces it). */
  alreadyClosed: boolean;
  /** The month offered as the next round once the current one is closed. */
  next: YearMonth | null;
  busy: RoundBusy | null;
  /** Another operation runs, or the rounds are not read yet. */
  disabled: boolean;
  confirming: boolean;
  closed: CloseRoundResult | null;
  nextStarted: YearMonth | null;
  askToClose(): void;
  cancelClose(): void;
  close(): Promise<void>;
  startNext(): Promise<void>;
}

export function useRoundView(pane: Taskpane): RoundViewState {
  const operations = useOperations();
  const { busy, run, mounted } = useViewWork<RoundBusy>(pane);
  const [confirming, setConfirming] = useState(false);
  const [closed, setClosed] = useState<CloseRoundResult | null>(null);
  const [nextStarted, setNextStarted] = useState<YearMonth | null>(null);
  const current = pane.state?.currentStatusDate ?? null;
  const rounds = pane.rounds?.rounds ?? [];
  const alreadyClosed = !!current && rounds.some((r) => sameMonth(r, current));
  const next = current && alreadyClosed ? suggestedNextRound(current, rounds) : null;

  return {
    current,
    alreadyClosed,
    next,
    busy,
    disabled: !!pane.busy || busy !== null || !pane.rounds,
    confirming,
    closed,
    nextStarted,
    askToClose: () => setConfirming(true),
    cancelClose: () => setConfirming(false),
    close: async () => {
      setConfirming(false);
      if (!current) return;
      const result = await run("close", () => operations.closeRound(current));
      if (!result || !mounted.current) return;
      pane.showDiagnostics(result.diagnostics);
      setClosed(result.written ? result : null);
      setNextStarted(null);
      if (result.written) await pane.reloadRounds();
    },
    startNext: async () => {
      if (!next) return;
      const month = next;
      const done = await run("next", async () => {
        await operations.setCurrentStatusDate(month);
        return true;
      });
      if (!done || !mounted.current) return;
      setNextStarted(month);
      setClosed(null);
      pane.statusDateChanged(month);
    },
  };
}
