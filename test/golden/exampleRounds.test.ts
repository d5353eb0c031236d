// The example's status rounds as data: comparing the closed September round with the plan now
// lists exactly December's changes, and the overview as of September shows September's state.

import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import {
  changesJson,
  computeChanges,
  formatWallClock,
  overviewAsOf,
  planAsOf,
} from "../../src/core/rounds";
import { exampleSettings } from "../../examples/build-example";
import { exampleStates, septemberEntries } from "../../examples/bycirklen-rounds";
import * as source from "../../examples/bycirklen-kina-2017-2020.source";

const history = () => ({
  rounds: [
    {
      round: source.SEPTEMBER_2019,
      closedAt: septemberEntries()[0].closedAt,
      entries: septemberEntries(),
    },
  ],
});

describe("the example's status rounds", () => {
  it("gives every action a unique ID in the document's order", () => {
    const ids = exampleStates().map((s) => s.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect([ids[0], ids[39]]).toEqual(["H-001", "H-040"]);
    expect(formatWallClock(septemberEntries()[0].closedAt as number)).toBe("2019-09-02 12:00");
  });

  it("lists December's changes against the closed September round: three notes, one status", () => {
    const result = computeChanges({
      history: history(),
      historySheet: "Historik",
      now: exampleStates(),
      planSheet: "Plan",
      idColumn: "ID",
      areaOrder: source.focusAreaOrder,
    });
    expect(result.diagnostics.map((d) => formatDiagnostic(d, "da"))).toEqual([]);
    const json = changesJson({ ...result, from: result.from! });
    expect([json.from, json.to]).toEqual(["2019-09", "now"]);
    expect(
      json.changes.map((c) => [c.id, c.kind, c.action.slice(0, 30), c.before, c.after])
    ).toEqual([
      [
        "H-001",
        "note",
        "Frokost – kinesisk ambassadør ",
        { status: "(√)", note: "" },
        {
          status: "(√)",
          note: "Frokostmøder har været afholdt i 2017 og 2018. Det er ikke lykkedes at holde et frokostmøde i 2019 pga. ambassadørskifte.",
        },
      ],
      [
        "H-005",
        "note",
        "Borgmesterbesøg Wuxi Sister Ci",
        { status: "(√)", note: "" },
        { status: "(√)", note: "(Næste Sister Cities Forum bliver først afholdt i 2021)" },
      ],
      [
        "H-012",
        "status",
        "Organisere en Bycirklen idræts",
        { status: null, note: "" },
        { status: "(√)", note: expect.stringContaining("badmintonklubber") },
      ],
      [
        "H-012",
        "note",
        "Organisere en Bycirklen idræts",
        { status: null, note: "" },
        { status: "(√)", note: expect.stringContaining("badmintonklubber") },
      ],
    ]);
    expect(json.counts["2019-09"]["Overordnet fokus"]).toEqual({
      done: 11,
      partlyDone: 2,
      notDone: 0,
      noStatus: 2,
    });
    expect(json.counts.now["Overordnet fokus"]).toEqual({
      done: 11,
      partlyDone: 3,
      notDone: 0,
      noStatus: 1,
    });
  });

  it("shows the September state as of 2019-09: its five notes marked, December's absent", () => {
    const asOf = planAsOf(history(), source.SEPTEMBER_2019)!;
    expect(asOf.marked).toBe(5);
    const sheet = overviewAsOf(history(), source.SEPTEMBER_2019, exampleSettings())!;
    const cells = sheet.cells.flat();
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain(
      "Status for handlingerne september 2019 er markeret med rødt og fed skrift"
    );
    expect(texts).toContain("(Arbejdsgruppen er nedlagt primo 2018)");
    expect(texts.some((t) => t.includes("ambassadørskifte") || t.includes("2021"))).toBe(false);
    const red = cells.filter((c) => c.style?.color === "#C00000" && typeof c.value === "string");
    expect(red.map((c) => c.value).filter((v) => v !== "%" && v !== "√" && v !== "(√)")).toEqual(
      expect.arrayContaining([
        "(Arbejdsgruppen er nedlagt primo 2018)",
        "(Aktivitet blev ikke relevant)",
      ])
    );
  });
});
