// A large shared workbook for the response-limit tests and the bench: N actions with long
// notes and IDs, and a history of several closed rounds of every action (sheet Historik,
// table Statusrunder), as a fake-workbook init.

import { yearMonthToExcelSerial } from "../../src/core/dates";
import type { YearMonth } from "../../src/core/model";
import {
  HIGHEST_ID_NAME,
  HISTORY_MARKER_NAME,
  HISTORY_SHEET,
  HISTORY_TABLE,
} from "../../src/core/port";
import { historyHeader } from "../../src/core/rounds/historyWrite";
import type { FakeWorkbookInit } from "../fake-excel";
import { PLAN_HEADER, generatedPlanRows } from "../support/generatedPlan";
import { planInit } from "./support";

/** Closed rounds before December 2019 (the current round), earliest first. */
export function closedRounds(count: number): YearMonth[] {
  return Array.from({ length: count }, (_, i) => {
    const month = 12 - count + i; // November back
    return month >= 1 ? { year: 2019, month } : { year: 2018, month: month + 12 };
  });
}

const id = (i: number) => `H-${String(i + 1).padStart(3, "0")}`;

export function largeInit(actions: number, rounds: number, noteLength = 400): FakeWorkbookInit {
  const rows = generatedPlanRows(actions).map((row, i) => {
    const note = `Note ${i + 1}: ${"status drøftet, næste skridt aftalt. ".repeat(12)}`.slice(
      0,
      noteLength
    );
    return [...row.slice(0, 4), note, row[5], id(i)];
  });
  const init = planInit(rows, { header: [...PLAN_HEADER, "ID"] });
  const history: (string | number)[][] = [historyHeader("da")];
  for (const round of closedRounds(rounds)) {
    const serial = yearMonthToExcelSerial(round);
    rows.forEach((row, i) => {
      history.push([
        serial,
        id(i),
        String(row[0]),
        String(row[1]),
        String(row[2]),
        String(row[3] ?? ""),
        String(row[4]),
        serial,
        serial + 20.5,
      ]);
    });
  }
  init.sheets!.push({ name: HISTORY_SHEET, cells: history });
  init.tables!.push({
    name: HISTORY_TABLE,
    sheet: HISTORY_SHEET,
    address: `A1:I${history.length}`,
  });
  init.names!.push(
    { name: HISTORY_MARKER_NAME, formula: `='${HISTORY_SHEET}'!$A$1` },
    { name: HIGHEST_ID_NAME, formula: `=${actions}` }
  );
  return init;
}
