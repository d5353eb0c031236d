// Below table Statusrunder: rows are appended just below it, and a write there overwrites what
// is there ("Coauthoring in Excel add-ins"). A filled cell stops closing the round before
// anything is written, naming the cell; one filled by a co-author meanwhile undoes the write.

import { UserFacingError } from "../../src/core/operations";
import { HISTORY_SHEET, PLAN_SHEET } from "../../src/core/port";
import { DEC_2019, harness } from "./support";
import { largeInit } from "./largeWorkbook";

const init = () => {
  const workbook = largeInit(5, 1, 40);
  const history = workbook.sheets!.find((s) => s.name === HISTORY_SHEET)!;
  return { workbook, history };
};

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: UserFacingError) => e
  );
}

describe("the cells below the history", () => {
  test("a note two rows below the table: nothing written, the cell named", async () => {
    const { workbook, history } = init();
    history.cells!.push([], ["", "", "min egen note"]);
    const { host, ops } = harness(workbook);
    const plan = host.dump(PLAN_SHEET).values;
    const error = await rejection(ops.closeRound(DEC_2019));
    expect([error.key, error.params]).toEqual([
      "coauthoring.historyRowTaken",
      { sheet: HISTORY_SHEET, table: "Statusrunder", cell: "C8" },
    ]);
    expect(host.dump(HISTORY_SHEET).values.length).toBe(8);
    expect(host.dump(HISTORY_SHEET).tables[0].address).toBe("A1:I6");
    expect(host.dump(PLAN_SHEET).values).toEqual(plan);
  });

  test("a co-author typing below the table after the read: the write undone, the cell named", async () => {
    const { workbook } = init();
    const { host, ops } = harness(workbook, { requirementSets: { ExcelApi: "1.13" } });
    const before = host.dump(HISTORY_SHEET);
    host.server.afterResponse(1, (co) => co.setValues(HISTORY_SHEET, "E9", [["kollega"]]));
    const error = await rejection(ops.closeRound(DEC_2019));
    expect([error.key, error.params.cell]).toEqual(["coauthoring.historyRowTaken", "E9"]);
    const after = host.dump(HISTORY_SHEET);
    expect(after.values.slice(0, 6)).toEqual(before.values.slice(0, 6));
    expect(after.values[8][4]).toBe("kollega");
    // Table.resize (ExcelApi 1.13) put the table back.
    expect(after.tables[0].address).toBe("A1:I6");
  });
});
