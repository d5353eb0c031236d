// The Historik view's state and actions (its render is HistoryView): the round the overview is
// built as of, the two rounds compared, their changes, what runs, and the last confirmation.

import { useState } from "react";
import { sameMonth } from "../../../core/dates";
import type { YearMonth } from "../../../core/model";
import { roundLabel, type CompareResult, type RoundRef } from "../../../core/rounds";
import { useLang, useT } from "../../i18n";
import { useOperations } from "../../operationsContext";
import type { Taskpane } from "../../useTaskpane";
import { useViewWork } from "../useViewWork";

export type HistoryBusy = "overview" | "changes" | "sheet";

export interface HistoryViewState {
  rounds: YearMonth[];
  asOf: RoundRef;
  from: YearMonth | null;
  to: RoundRef;
  changes: CompareResult | null;
  busy: HistoryBusy | null;
  disabled: boolean;
  /** The last confirmation, shown in the part of the view it belongs to. */
  message: { where: "changes" | "overview"; text: string } | null;
  setAsOf(round: RoundRef): void;
  setFrom(round: YearMonth): void;
  setTo(round: RoundRef): void;
  showOverview(): Promise<void>;
  compare(writeSheet: boolean): Promise<void>;
  selectChangeRow(row: number): void;
}

export function useHistoryView(pane: Taskpane): HistoryViewState {
  const operations = useOperations();
  const t = useT();
  const lang = useLang();
  const [asOf, setAsOf] = useState<RoundRef>("now");
  const [from, setFrom] = useState<YearMonth | null>(null);
  const [to, setTo] = useState<RoundRef>("now");
  const [changes, setChanges] = useState<CompareResult | null>(null);
  const [message, setMessage] = useState<HistoryViewState["message"]>(null);
  // A new run clears the last confirmation.
  const { busy, run, mounted } = useViewWork<HistoryBusy>(pane, () => setMessage(null));
  const rounds = pane.rounds?.rounds ?? [];
  // "From" starts at the last closed round, and stays on the user's choice while it exists.
  const last = rounds[rounds.length - 1] ?? null;
  const fromShown = from && rounds.some((r) => sameMonth(r, from)) ? from : last;

  return {
    rounds,
    asOf,
    from: fromShown,
    to,
    changes,
    busy,
    disabled: !!pane.busy || busy !== null || !pane.rounds,
    message,
    setAsOf,
    setFrom,
    setTo,
    showOverview: async () => {
      const result = await run("overview", () => operations.overviewForRound(asOf));
      if (!result || !mounted.current) return;
      pane.showDiagnostics(result.diagnostics);
      if (result.written) {
        setMessage({
          where: "overview",
          text: t("rounds.pane.overviewDone", { round: roundLabel(asOf, lang) }),
        });
      }
    },
    compare: async (writeSheet: boolean) => {
      const result = await run(writeSheet ? "sheet" : "changes", () =>
        operations.compareRounds(fromShown, to, writeSheet)
      );
      if (!result || !mounted.current) return;
      pane.showDiagnostics(result.diagnostics);
      setChanges(result.ok ? result : null);
      if (result.written) setMessage({ where: "changes", text: t("rounds.pane.sheetDone") });
    },
    selectChangeRow: (row: number) => {
      if (changes) operations.selectPlanCell(changes.planSheet, row).catch(pane.reportError);
    },
  };
}
