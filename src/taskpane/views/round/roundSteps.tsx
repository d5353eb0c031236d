// The round's steps, in the order a coordinator takes them at a status round. The Runde view
// renders this list as numbered steps: a further step is one component in ./steps, added here
// at its place in the round (e.g. a step that asks the owners for their status belongs before
// closing the round). Each step gets the pane (its state, operations and messages) and the
// view's round state.

import type { ComponentType } from "react";
import type { Taskpane } from "../../useTaskpane";
import { CloseRoundStep } from "./steps/CloseRoundStep";
import { FormattingStep } from "./steps/FormattingStep";
import { NextRoundStep } from "./steps/NextRoundStep";
import { RequestsStep } from "./steps/RequestsStep";
import { WordStep } from "./steps/WordStep";
import type { RoundViewState } from "./useRoundView";

export interface RoundStepProps {
  pane: Taskpane;
  round: RoundViewState;
}

export interface RoundStepEntry {
  /** Stable key; also the step's heading id (step-<id>-heading). */
  id: string;
  Component: ComponentType<RoundStepProps>;
}

export const ROUND_STEPS: readonly RoundStepEntry[] = [
  { id: "formatting", Component: FormattingStep },
  { id: "requests", Component: RequestsStep },
  { id: "close", Component: CloseRoundStep },
  { id: "next", Component: NextRoundStep },
  { id: "word", Component: WordStep },
];
