// Comparing rounds and the overview of a round read the history's round column (and the
// trend's columns), then only the rows of the rounds they need: on a history of 8 rounds of
// 3,000 actions, through Microsoft's client and the fake server. The outcome equals that of
// reading the whole history; a co-author's insert, delete or sort of the history between the
// column read and the rows' read abandons the read, and the operation is tried again.

import { yearMonthToExcelSerial } from "../../src/core/dates";
import type { YearMonth } from "../../src/core/model";
import {
  CHANGES_SHEET,
  HISTORY_SHEET,
  HISTORY_TABLE,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  type ReadOptions,
} from "../../src/core/port";
import { compareRounds, overviewForRound } from "../../src/core/rounds/useCases";
import { ExcelWorkbookPort } from "../../src/excel/excelPort";
import type { CoAuthor } from "../fake-excel/coauthor";
import type { FakeWorkbookInit } from "../fake-excel";
import { closedRounds, largeInit } from "./largeWorkbook";
import { FIXED_NOW, harness, type Harness } from "./support";

const ACTIONS = 3_000;
const ROUNDS = closedRounds(8);
const OCT = ROUNDS[6];
const NOV = ROUNDS[7];

/** The large workbook with a few changes: in November against October, and now against November. */
function init(): FakeWorkbookInit {
  const workbook = largeInit(ACTIONS, ROUNDS.length);
  const history = workbook.sheets!.find((s) => s.name === HISTORY_SHEET)!.cells!;
  for (const i of [4, 1_500, 2_999]) {
    history[1 + 7 * ACTIONS + i][5] = "%"; // November's status of these actions
    history[1 + 7 * ACTIONS + i][6] = `Ændret i november (${i})`;
  }
  const plan = workbook.sheets!.find((s) => s.name === PLAN_SHEET)!.cells!;
  plan[1 + 10][3] = "%";
  plan[1 + 2_000][4] = "Ændret nu";
  return workbook;
}

const INIT = init();

/** A port that reads the whole history, as both operations did before. */
class WholeHistoryPort extends ExcelWorkbookPort {
  override read(options: ReadOptions = {}) {
    return super.read(options.history ? { history: true } : {});
  }
}

type Operation = {
  sheet: string;
  /** Also run against a co-author's edits of the history. */
  coauthors?: boolean;
  /** The rounds whose rows are read whole. */
  rounds: YearMonth[];
  run(h: Harness): Promise<unknown>;
  whole(h: Harness): Promise<unknown>;
};

const OPERATIONS: Record<string, Operation> = {
  "Skriv ændringsark (November to now)": {
    sheet: CHANGES_SHEET,
    coauthors: true,
    rounds: [NOV],
    run: (h) => h.ops.compareRounds(NOV, "now", true),
    whole: (h) =>
      h.host.Excel.run((c: Excel.RequestContext) =>
        compareRounds(new WholeHistoryPort(c), {
          from: NOV,
          to: "now",
          writeSheet: true,
          now: () => FIXED_NOW,
        })
      ),
  },
  "Skriv ændringsark (October to November)": {
    sheet: CHANGES_SHEET,
    rounds: [OCT, NOV],
    run: (h) => h.ops.compareRounds(OCT, NOV, true),
    whole: (h) =>
      h.host.Excel.run((c: Excel.RequestContext) =>
        compareRounds(new WholeHistoryPort(c), {
          from: OCT,
          to: NOV,
          writeSheet: true,
          now: () => FIXED_NOW,
        })
      ),
  },
  "Oversigt for runde (November)": {
    sheet: OVERVIEW_SHEET,
    coauthors: true,
    rounds: [OCT, NOV],
    run: (h) => h.ops.overviewForRound(NOV),
    whole: (h) =>
      h.host.Excel.run((c: Excel.RequestContext) =>
        overviewForRound(new WholeHistoryPort(c), NOV, { now: () => FIXED_NOW })
      ),
  },
};

/** How often each round's whole rows came in a response (`[serial,"H-…` opens one). */
function wholeRowsPerRound(h: Harness): number[] {
  return ROUNDS.map((round) => {
    const opening = `[${yearMonthToExcelSerial(round)},"H-`;
    return h.host.server.exchanges.reduce(
      (sum, exchange) =>
        sum +
        (typeof exchange.response === "string" ? exchange.response.split(opening).length - 1 : 0),
      0
    );
  });
}

function outcome(h: Harness, sheet: string, result: unknown) {
  const dump = h.host.dump(sheet);
  return { result, values: dump.values, numberFormats: dump.numberFormats };
}

const responseBytes = (h: Harness) => h.host.server.stats.responseBytes.reduce((a, b) => a + b, 0);

describe.each(Object.entries(OPERATIONS))("%s on 8 rounds of 3,000 actions", (_, op) => {
  let expected: ReturnType<typeof outcome>;
  let wholeBytes = 0;
  /** Requests until the round column is read (the rounds' rows come after them). */
  let columnsRead = 0;

  beforeAll(async () => {
    const h = harness(structuredClone(INIT), { webPayloadLimit: true });
    expected = outcome(h, op.sheet, await op.whole(h));
    wholeBytes = responseBytes(h);
    const ours = harness(structuredClone(INIT), { webPayloadLimit: true });
    await op.run(ours);
    const opening = `[${yearMonthToExcelSerial(op.rounds[0])},"H-`;
    columnsRead = ours.host.server.exchanges.findIndex(
      (e) => typeof e.response === "string" && e.response.includes(opening)
    );
  }, 120_000);

  test("reads only its rounds' rows, with the outcome of reading them all", async () => {
    const h = harness(structuredClone(INIT), { webPayloadLimit: true });
    const result = await op.run(h);
    expect(outcome(h, op.sheet, result)).toEqual(expected);
    // The first request's head holds the first round's first 1,500 rows; then each row of the
    // rounds needed comes once, and no row of another round.
    const wanted = ROUNDS.map(
      (round, i) => (i === 0 ? 1_500 : 0) + (op.rounds.includes(round) ? ACTIONS : 0)
    );
    expect(wholeRowsPerRound(h)).toEqual(wanted);
    expect(responseBytes(h)).toBeLessThan(wholeBytes * 0.6);
    expect(Math.max(...h.host.server.stats.responseBytes)).toBeLessThan(4_500_000);
    // The rounds' rows come after the first request and the columns' read.
    expect(columnsRead).toBeGreaterThan(1);
  }, 120_000);

  const EDITS: Record<string, (co: CoAuthor) => void> = {
    "a history row deleted": (co) => co.deleteTableRows(HISTORY_TABLE, 100),
    "a history row inserted": (co) => co.insertTableRows(HISTORY_TABLE, 100),
    "the history sorted": (co) => co.sortTable(HISTORY_TABLE, "Handling/aktivitet", "ascending"),
  };

  // The co-authors' cases run for one comparison and the round overview (the second
  // comparison reads the same way): each case reads 8 rounds twice.
  if (!op.coauthors) return;
  test.each(Object.entries(EDITS))(
    "%s between the column read and the rows' read: tried again, their edit then ours",
    async (_, edit) => {
      expect(columnsRead).toBeGreaterThan(1);
      const theirsFirst = harness(structuredClone(INIT), { webPayloadLimit: true });
      edit(theirsFirst.host.server.coauthor);
      const sequential = outcome(theirsFirst, op.sheet, await op.run(theirsFirst));
      const undisturbed = theirsFirst.host.server.stats.requests;

      const h = harness(structuredClone(INIT), { webPayloadLimit: true });
      h.host.server.afterResponse(columnsRead, edit);
      const result = await op.run(h);
      expect(h.host.server.pendingEdits).toBe(0);
      expect(outcome(h, op.sheet, result)).toEqual(sequential);
      // The first attempt stopped at its first rows' read: the second made every request again.
      expect(h.host.server.stats.requests).toBeGreaterThan(undisturbed + columnsRead - 1);
    },
    120_000
  );
});
