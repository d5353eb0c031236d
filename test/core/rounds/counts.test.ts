import { countRounds, historyTrend, roundLabel, roundRefKey } from "../../../src/core/rounds";
import { DEC, SEP, state } from "./support";

describe("trend counts", () => {
  it("counts √ / (√) / % / no status per round and focus area, in the overview's order", () => {
    const a = (area: string, status: "√" | "(√)" | "%" | null) =>
      state(null, "x", status, "", { focusArea: area });
    const trend = countRounds(
      [
        { round: SEP, states: [a("Erhverv", "%"), a("Skole", null), a("Erhverv", "(√)")] },
        {
          round: "now",
          states: [a("erhverv", "√"), a("Erhverv", "√"), a("Skole", "%"), a("Ny", null)],
        },
      ],
      ["Skole", "Erhverv", "Udgået"]
    );
    expect(trend.rounds).toEqual([SEP, "now"]);
    expect(trend.focusAreas).toEqual([
      {
        focusArea: "Skole",
        counts: [
          { done: 0, partlyDone: 0, notDone: 0, noStatus: 1 },
          { done: 0, partlyDone: 0, notDone: 1, noStatus: 0 },
        ],
      },
      {
        focusArea: "Erhverv",
        counts: [
          { done: 0, partlyDone: 1, notDone: 1, noStatus: 0 },
          { done: 2, partlyDone: 0, notDone: 0, noStatus: 0 },
        ],
      },
      {
        focusArea: "Ny",
        counts: [
          { done: 0, partlyDone: 0, notDone: 0, noStatus: 0 },
          { done: 0, partlyDone: 0, notDone: 0, noStatus: 1 },
        ],
      },
    ]);
  });

  it("runs over every closed round, then now", () => {
    const entry = (round: typeof SEP) => ({ ...state("H-1", "x", "√"), round, closedAt: null });
    const trend = historyTrend(
      {
        rounds: [
          { round: SEP, closedAt: null, entries: [entry(SEP)] },
          { round: DEC, closedAt: null, entries: [entry(DEC)] },
        ],
      },
      [state("H-1", "x", "%")]
    );
    expect(trend.rounds.map(roundRefKey)).toEqual(["2019-09", "2019-12", "now"]);
    expect(trend.focusAreas[0].counts.map((c) => c.done)).toEqual([1, 1, 0]);
    expect([
      roundLabel(DEC, "da"),
      roundLabel("now", "da"),
      roundLabel(DEC, "en"),
      roundLabel("now", "en"),
    ]).toEqual(["december 2019", "nu", "December 2019", "now"]);
  });
});
