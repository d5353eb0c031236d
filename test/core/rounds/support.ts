// Plain-data builders for the rounds tests: plan states and history grids.

import type { StatusSymbol, YearMonth } from "../../../src/core/model";
import type { RawCell } from "../../../src/core/raw";
import type { ActionState } from "../../../src/core/rounds";
import { yearMonthToExcelSerial } from "../../../src/core/dates";

export const SEP: YearMonth = { year: 2019, month: 9 };
export const DEC: YearMonth = { year: 2019, month: 12 };
export const MAR: YearMonth = { year: 2020, month: 3 };

export const HISTORY_HEADER = [
  "Statusrunde",
  "ID",
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Statusdato",
  "Lukket",
];

let nextRow = 2;

/** A state with defaults; `row` counts up unless given. */
export function state(
  id: string | null,
  action: string,
  status: StatusSymbol | null,
  note = "",
  more: Partial<ActionState> = {}
): ActionState {
  return {
    id,
    focusArea: "Erhverv",
    initiative: "Døråbner",
    action,
    status,
    note,
    statusDate: null,
    row: nextRow++,
    ...more,
  };
}

/** History rows of `round` for the states, as a host reads them (serials for dates). */
export function historyRows(
  round: YearMonth,
  states: ActionState[],
  closedAt = 43801.5
): RawCell[][] {
  return states.map((s) => [
    yearMonthToExcelSerial(round),
    s.id,
    s.focusArea,
    s.initiative,
    s.action,
    s.status ?? "",
    s.note,
    s.statusDate ? yearMonthToExcelSerial(s.statusDate) : null,
    closedAt,
  ]);
}

export function historySource(rows: RawCell[][], header: RawCell[] = HISTORY_HEADER) {
  return { sheet: "Historik", headerRow: 1, header, rows };
}
