import { summarize } from "../../src/core/summarize";
import { act, DEC_2019, planOf, seedPlan, SEP_2019 } from "./layout/planBuilder";

describe("summarize", () => {
  it("counts each focus area's actions by status, in plan order", () => {
    const summary = summarize(seedPlan(), DEC_2019);
    expect(summary.actions).toBe(12);
    expect(summary.focusAreas).toEqual([
      { focusArea: "Overordnet fokus", done: 4, partlyDone: 2, notDone: 0, noStatus: 0, marked: 1 },
      {
        focusArea: "Skole & Uddannelse",
        done: 2,
        partlyDone: 0,
        notDone: 1,
        noStatus: 0,
        marked: 0,
      },
      { focusArea: "Erhverv", done: 2, partlyDone: 0, notDone: 1, noStatus: 0, marked: 1 },
    ]);
  });

  it("counts actions without status, and marks only the current month", () => {
    const plan = planOf({
      A: {
        I: [act("a", null), act("b", null, "", DEC_2019), act("c", "√", "", SEP_2019)],
        J: [act("d", "%", "note", DEC_2019)],
      },
    });
    expect(summarize(plan, DEC_2019).focusAreas[0]).toEqual({
      focusArea: "A",
      done: 1,
      partlyDone: 0,
      notDone: 1,
      noStatus: 2,
      marked: 2,
    });
    expect(summarize(plan, SEP_2019).focusAreas[0].marked).toBe(1);
    expect(summarize(plan, null).focusAreas[0].marked).toBe(0);
  });

  it("summarizes an empty plan", () => {
    expect(summarize({ focusAreas: [] }, DEC_2019)).toEqual({ focusAreas: [], actions: 0 });
  });
});
