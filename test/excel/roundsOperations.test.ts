// The Statusrunder operations end to end through the Office adapter, Microsoft's client and the
// fake server, on the example workbook (its history holds September 2019): the rounds and the
// trend, the changes, the changes sheet with its native charts, the overview as of a round,
// and closing December.

import { EXAMPLE_PATH } from "../../examples/build-example";
import {
  CHANGES_MARKER_NAME,
  CHANGES_SHEET,
  HISTORY_SHEET,
  OVERVIEW_SHEET,
} from "../../src/core/port";
import { harness, initFromXlsx } from "./support";

const SEP = { year: 2019, month: 9 };
const DEC = { year: 2019, month: 12 };

async function example() {
  // The generated Oversigt is left out, as in the other example tests (its merges).
  return harness(await initFromXlsx(EXAMPLE_PATH, [OVERVIEW_SHEET]));
}

describe("rounds operations in Excel", () => {
  test("the rounds, the current round and the trend, in one read", async () => {
    const { host, ops } = await example();
    const syncs = host.stats.syncs;
    const rounds = await ops.getRounds();
    expect(host.stats.syncs - syncs).toBe(1);
    expect(rounds.rounds).toEqual([SEP]);
    expect(rounds.current).toEqual(DEC);
    expect(rounds.trend.rounds).toEqual([SEP, "now"]);
    expect(rounds.trend.focusAreas.map((a) => a.focusArea)).toEqual([
      "Overordnet fokus",
      "Skole & Uddannelse",
      "Erhverv",
    ]);
  });

  test("Skriv ændringsark writes sheet Ændringer under its marker with one chart per area", async () => {
    const { host, ops } = await example();
    const result = await ops.compareRounds(SEP, "now", true);
    expect([result.ok, result.written, result.charts, result.changes.length]).toEqual([
      true,
      true,
      3,
      4,
    ]);
    const sheet = host.dump(CHANGES_SHEET);
    expect(sheet.values[0][0]).toBe("Ændringer fra september 2019 til nu");
    expect(sheet.names.map((n) => n.name)).toContain(CHANGES_MARKER_NAME);
    expect(sheet.charts.map((c) => [c.name, c.type, c.title.text])).toEqual([
      ["Statusoversigt 1", "ColumnStacked", "Overordnet fokus"],
      ["Statusoversigt 2", "ColumnStacked", "Skole & Uddannelse"],
      ["Statusoversigt 3", "ColumnStacked", "Erhverv"],
    ]);
    // The sheet and its charts in two syncs: a new sheet has no charts to look up.
    expect(ops.lastWriteSyncs).toBe(2);
    // Written again: the add-in's charts are replaced, not added to. Their names come with the
    // sheet's write, so still two syncs.
    await ops.compareRounds(SEP, "now", true);
    expect(host.dump(CHANGES_SHEET).charts).toHaveLength(3);
    expect(ops.lastWriteSyncs).toBe(2);
  });

  test("the overview as of September, then closing December below the table", async () => {
    const { host, ops } = await example();
    const overview = await ops.overviewForRound(SEP);
    expect(overview.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(overview.written).toBe(true);
    expect(host.dump(OVERVIEW_SHEET).values.flat()).toContain(
      "Status for handlingerne september 2019 er markeret med rødt og fed skrift"
    );
    const closed = await ops.closeRound(DEC);
    expect(closed).toMatchObject({ written: true, replaced: false, actions: 40, newIds: 0 });
    const history = host.dump(HISTORY_SHEET);
    expect(history.tables[0].address).toBe("A1:J81");
    const again = await ops.closeRound(DEC);
    expect(again.replaced).toBe(true);
    expect(host.dump(HISTORY_SHEET).tables[0].address).toBe("A1:J81");
  });
});
