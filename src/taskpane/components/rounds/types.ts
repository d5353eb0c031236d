// Callback types of the rounds components (a .ts file: the JSX lint config's no-unused-vars
// would flag parameter names in function types).

import type { Diagnostic } from "../../../core/diagnostics";
import type { YearMonth } from "../../../core/model";
import type { Change, RoundRef } from "../../../core/rounds";

export type SelectChange = (change: Change) => void;
export type ChooseRound = (round: RoundRef) => void;

export type ReportDiagnostics = (diagnostics: Diagnostic[]) => void;
export type ReportError = (error: unknown) => void;
export type MonthChanged = (month: YearMonth) => void;
