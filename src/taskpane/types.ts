// Callback types of the pane's components. (Kept in a .ts file: the JSX lint config's
// no-unused-vars would flag parameter names in function types.)

import type { YearMonth } from "../core/model";

export type Translate = (key: string, params?: Record<string, string | number>) => string;
export type SelectCell = (sheet: string, row: number, column?: string) => void;
export type ApplyMonth = (month: YearMonth) => void;
export type ApplyMonthAsync = (month: YearMonth) => Promise<void>;
