// The automatic status date among co-authors and late events: its memory is keyed by the
// action's identity and follows Remote and structure changes; a late event of the add-in's own
// write is not taken for a user's edit; its write proves the row.

import type { StatusEdit } from "../../src/core/operations";
import { PLAN_SHEET } from "../../src/core/port";
import { generatedPlanRows } from "../support/generatedPlan";
import { DEC_2019_SERIAL, harness, planInit } from "./support";

const SEP_2019_SERIAL = 43709;

function setup(options: { graceMs?: number } = {}) {
  const rows = generatedPlanRows(9);
  rows[4][3] = "v"; // a typed variant (row 6)
  const h = harness(
    planInit(rows),
    {},
    options.graceMs === undefined ? {} : { ownWriteGraceMs: options.graceMs }
  );
  const edits: StatusEdit[] = [];
  return { ...h, edits, onEdit: (edit: StatusEdit) => edits.push(edit) };
}

const statusDate = (host: ReturnType<typeof setup>["host"], row: number) =>
  host.dump(PLAN_SHEET).values[row - 1][5];

describe("the automatic status date among co-authors", () => {
  test("a co-author's change, then the user bolding the Status column: nothing is dated", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    await host.simulateUserEdit(PLAN_SHEET, "D3", [["%"]], "Remote");
    await host.flushEvents();
    await host.simulateUserFormat(PLAN_SHEET, "D2:D10", { bold: true });
    await host.flushEvents();
    expect(statusDate(host, 3)).toBe(SEP_2019_SERIAL);
    expect(edits).toEqual([]);
  });

  test("after a co-author deletes and sorts rows, an area edit dates only the rows really edited", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    host.server.coauthor.deleteTableRows("Handlinger", 0);
    host.server.coauthor.sortTable("Handlinger", "Handling/aktivitet", "descending");
    await host.flushEvents();
    const before = host
      .dump(PLAN_SHEET)
      .values.slice(1, 9)
      .map((r) => r[3]);
    // The user pastes the same statuses back over the column, changing only the first one.
    const pasted = before.map((v, i) => [i === 0 ? (v === "%" ? "√" : "%") : v]);
    await host.simulateUserEdit(PLAN_SHEET, "D2:D9", pasted);
    await host.flushEvents();
    expect(edits).toEqual([{ rows: [2] }]);
    expect(statusDate(host, 2)).toBe(DEC_2019_SERIAL);
  });

  test("a late event of the add-in's own symbol fix dates nothing", async () => {
    const { host, ops, edits, onEdit } = setup({ graceMs: 0 });
    await ops.watchStatusEdits(onEdit);
    host.holdEvents();
    const outcome = await ops.applyStatusFormatting(); // D6 "v" → "√"
    expect(outcome.symbolsChanged).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5)); // past the guard's window
    await host.releaseEvents();
    expect(host.dump(PLAN_SHEET).values[5][3]).toBe("√");
    expect(statusDate(host, 6)).toBe(SEP_2019_SERIAL);
    expect(edits).toEqual([]);
    expect(host.eventHandlerErrors).toEqual([]);
  });

  test("a row deleted by a co-author between the handler's read and its write: nothing written", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    // The handler reads in its first request; the co-author deletes row 2 right after.
    host.server.afterResponse(1, (co) => co.deleteTableRows("Handlinger", 0));
    const datesBefore = host.dump(PLAN_SHEET).values.map((r) => r[5]);
    await host.simulateUserEdit(PLAN_SHEET, "D3", [["√"]]);
    await host.flushEvents();
    expect(host.server.pendingEdits).toBe(0);
    expect(edits).toEqual([]);
    // Every date is as before, shifted up by the deleted row.
    expect(
      host
        .dump(PLAN_SHEET)
        .values.map((r) => r[5])
        .slice(2)
    ).toEqual(datesBefore.slice(3));
  });
});
