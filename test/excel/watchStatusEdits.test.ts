// The automatic status date: a user's Local edit of Status/Statusnote sets that row's
// Statusdato; co-authors' (Remote) edits, other columns and the add-in's own writes do not.

import type { StatusEdit } from "../../src/core/operations";
import { PLAN_SHEET } from "../../src/core/port";
import { generatedPlanRows } from "../support/generatedPlan";
import { DEC_2019_SERIAL, harness, planInit } from "./support";

const SEP_2019_SERIAL = 43709;

function setup() {
  const rows = generatedPlanRows(9);
  rows[4][3] = "v"; // a typed variant for applyStatusFormatting to rewrite (row 6)
  const h = harness(planInit(rows));
  const edits: StatusEdit[] = [];
  return { ...h, edits, onEdit: (edit: StatusEdit) => edits.push(edit) };
}

/** Statusdato (column F) of a sheet row, 1-based. */
const statusDate = (host: ReturnType<typeof setup>["host"], row: number) =>
  host.dump(PLAN_SHEET).values[row - 1][5];

describe("watchStatusEdits", () => {
  test("a Local edit of Status sets that row's Statusdato to the current status date", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    expect(statusDate(host, 3)).toBe(SEP_2019_SERIAL);
    await host.simulateUserEdit(PLAN_SHEET, "D3", [["√"]]);
    await host.flushEvents();
    expect(statusDate(host, 3)).toBe(DEC_2019_SERIAL);
    expect(host.dump(PLAN_SHEET).numberFormats[2][5]).toBe("mmmm yyyy");
    expect(statusDate(host, 4)).toBe(SEP_2019_SERIAL);
    expect(edits).toEqual([{ rows: [3] }]);
    expect(host.eventHandlerErrors).toEqual([]);
  });

  test("an edit of Statusnote over several rows dates each of them", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    await host.simulateUserEdit(PLAN_SHEET, "E3:E4", [["ny note"], ["og en til"]]);
    await host.flushEvents();
    expect([statusDate(host, 3), statusDate(host, 4)]).toEqual([DEC_2019_SERIAL, DEC_2019_SERIAL]);
    expect(edits).toEqual([{ rows: [3, 4] }]);
  });

  test("a Remote (co-author) edit and an edit of another column change nothing", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    await host.simulateUserEdit(PLAN_SHEET, "D3", [["%"]], "Remote");
    await host.simulateUserEdit(PLAN_SHEET, "C4", [["Ny handlingstekst"]]);
    await host.flushEvents();
    expect(statusDate(host, 3)).toBe(SEP_2019_SERIAL);
    expect(statusDate(host, 4)).toBe(SEP_2019_SERIAL);
    expect(edits).toEqual([]);
  });

  test("the add-in's own writes do not count as edits and do not loop", async () => {
    const { host, ops, edits, onEdit } = setup();
    await ops.watchStatusEdits(onEdit);
    const before = statusDate(host, 6);
    expect(before).toBe(SEP_2019_SERIAL);
    const outcome = await ops.applyStatusFormatting(); // rewrites D6 "v" → "√"
    expect(outcome.symbolsChanged).toBe(1);
    await host.flushEvents();
    expect(host.dump(PLAN_SHEET).values[5][3]).toBe("√");
    expect(statusDate(host, 6)).toBe(before);
    expect(edits).toEqual([]);

    // One user edit: one read and one write by the handler, and its own write ends there.
    const syncs = host.stats.syncs;
    await host.simulateUserEdit(PLAN_SHEET, "D3", [["%"]]); // was "(√)"
    await host.flushEvents();
    expect(host.stats.syncs - syncs).toBe(2);
    expect(edits).toEqual([{ rows: [3] }]);
    expect(host.eventHandlerErrors).toEqual([]);
  });

  test("after unsubscribing, edits no longer set the date", async () => {
    const { host, ops, edits, onEdit } = setup();
    const unsubscribe = await ops.watchStatusEdits(onEdit);
    await unsubscribe();
    await host.simulateUserEdit(PLAN_SHEET, "D3", [["√"]]);
    await host.flushEvents();
    expect(statusDate(host, 3)).toBe(SEP_2019_SERIAL);
    expect(edits).toEqual([]);
  });
});
