// The plan as the core sees it: focus areas → initiatives → actions, in sheet order.

import type { Language } from "../i18n";

/** Canonical status symbols: done, partly done, not done. */
export type StatusSymbol = "√" | "(√)" | "%";

/** A month: the granularity of a status round. `month` is 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

export interface Action {
  /** Optional stable identifier (column `ID`), carried through unchanged. */
  id?: string;
  text: string;
  /** `null` = not yet assessed. */
  status: StatusSymbol | null;
  note: string;
  /** The status round the status and note were given in; `null` = undated. */
  statusDate: YearMonth | null;
  /** 1-based sheet row the action was read from. */
  row: number;
  /** Column Ansvarlig as written (read, never rewritten; parsed by core/requests/owners). */
  owner?: string;
}

export interface Initiative {
  name: string;
  actions: Action[];
}

export interface FocusArea {
  name: string;
  initiatives: Initiative[];
}

export interface Plan {
  focusAreas: FocusArea[];
}

/** One Language type for the whole product (defined with the messages, src/i18n). */
export type { Language } from "../i18n";

/** Settings of the workbook (sheet `Indstillinger`); every field has a default. */
export interface Settings {
  title: string;
  intro: string;
  /** The current status round; `null` until resolved (see `resolveCurrentStatusDate`). */
  currentStatusDate: YearMonth | null;
  /** Focus areas in overview column order; areas not listed follow in plan order. */
  focusAreaOrder: string[];
  initiativeHeading: string;
  actionHeading: string;
  /** Marking colour for the current round, `#RRGGBB`. */
  markingColor: string;
  language: Language;
  /** Font of the overview, one the layout has metrics for (see layout/fonts.ts). */
  font: string;
}
