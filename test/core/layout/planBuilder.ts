// Hand-built plans and sheet queries for the layout tests.

import type { Action, Plan, StatusSymbol, YearMonth } from "../../../src/core/model";
import type { SheetCell, SheetDescription } from "../../../src/core/sheet";

let nextRow = 2;

export function act(
  text: string,
  status: StatusSymbol | null = null,
  note = "",
  statusDate: YearMonth | null = null
): Action {
  return { text, status, note, statusDate, row: nextRow++ };
}

/** `{ area: { initiative: actions } }` → Plan, keeping the insertion order. */
export function planOf(spec: Record<string, Record<string, Action[]>>): Plan {
  return {
    focusAreas: Object.entries(spec).map(([name, initiatives]) => ({
      name,
      initiatives: Object.entries(initiatives).map(([initiative, actions]) => ({
        name: initiative,
        actions,
      })),
    })),
  };
}

export const DEC_2019: YearMonth = { year: 2019, month: 12 };
export const SEP_2019: YearMonth = { year: 2019, month: 9 };

/** The seed's shape: three areas with 4, 2 and 3 initiatives. */
export function seedPlan(): Plan {
  return planOf({
    "Overordnet fokus": {
      "Besøg/'Relationspleje'": [
        act(
          "Frokost – kinesisk ambassadør maj 2017(evt.18?+19?)",
          "(√)",
          "Frokostmøder har været afholdt i 2017 og 2018. Det er ikke lykkedes at holde et frokostmøde i 2019 pga. ambassadørskifte.",
          DEC_2019
        ),
        act(
          "Borgmesterbesøg fra Bycirklen til Wuxi forår 2018 (Denmark DAY?/Learning Expo III)",
          "√"
        ),
        act(
          "Borgmesterbesøg Wuxi Sister Cities Forum efterår 2018 + 2020",
          "(√)",
          "(Næste Sister Cities Forum bliver først afholdt i 2021)",
          SEP_2019
        ),
      ],
      "Nyt Grafisk design/materiale": [act("Nye design til visitkort/PPP", "√")],
      Kultur: [act("Kinesisk nytår i Bycirklen 2018/2019", "√")],
      Evaluering: [act("Løbende afrapportering/dokumentation", "√")],
    },
    "Skole & Uddannelse": {
      "Nyt skolenetværk": [
        act("Sammensætte & støtte op om nyt skolenetværk", "√"),
        act("Effektmåling af indsats", "%"),
      ],
      Uddannelsesnetværk: [act("Støtte op omkring relancering af Online kurser", "√")],
    },
    Erhverv: {
      "Samarbejde med andre aktører": [act("Evaluering af DCBF medlemskab", "√")],
      "Døråbner for virksomheder": [
        act(
          "Denmark Day i Wuxi 2018 med fokus på vandrensning (?)",
          "%",
          "(Aktivitet blev ikke relevant)",
          DEC_2019
        ),
      ],
      "Tiltrækning af investeringer": [act("Geninvitation af kinesisk Handelsattache", "√")],
    },
  });
}

export interface Position {
  row: number;
  column: number;
  cell: SheetCell;
}

/** All cells whose value equals `value` (or matches it, for a RegExp), in row order. */
export function findAll(sheet: SheetDescription, value: string | RegExp): Position[] {
  const found: Position[] = [];
  sheet.cells.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      const v = cell.value;
      if (typeof v !== "string") return;
      if (typeof value === "string" ? v === value : value.test(v))
        found.push({ row, column, cell });
    })
  );
  return found;
}

/** The single cell with `value`; fails when there is none or more than one. */
export function find(sheet: SheetDescription, value: string | RegExp): Position {
  const found = findAll(sheet, value);
  if (found.length !== 1) {
    throw new Error(`expected one cell matching ${String(value)}, found ${found.length}`);
  }
  return found[0];
}

/** Row indices whose text column `column` starts with the initiative heading. */
export function initiativeRows(sheet: SheetDescription, column: number): number[] {
  return findAll(sheet, /^Indsats: /)
    .filter((p) => p.column === column)
    .map((p) => p.row);
}

/** Rows the cell at (row, column) covers: its vertical merge's row count, or 1. */
export function rowSpan(sheet: SheetDescription, row: number, column: number): number {
  const merge = sheet.merges.find((m) => m.row === row && m.column === column);
  return merge ? merge.rowCount : 1;
}

/** The first row after the item at `p` (after its merged area). */
export function rowAfter(sheet: SheetDescription, p: Position): number {
  return p.row + rowSpan(sheet, p.row, p.column);
}
