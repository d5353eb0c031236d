import { defaultSettings } from "../../../src/core/settings";
import { overviewAsOf, planAsOf, readHistory } from "../../../src/core/rounds";
import { DEC, MAR, SEP, historyRows, historySource, state } from "./support";

const history = readHistory(
  historySource([
    ...historyRows(SEP, [
      state("H-001", "Frokost", "(√)", "", { focusArea: "Overordnet fokus", initiative: "Besøg" }),
      state("H-002", "Denmark Day", "%", "(Ikke relevant)", { statusDate: SEP }),
    ]),
    ...historyRows(DEC, [
      state("H-001", "Frokost", "(√)", "Ikke i 2019", {
        focusArea: "Overordnet fokus",
        initiative: "Besøg",
      }),
      state("H-002", "Denmark Day", "%", "(Ikke relevant)", { statusDate: SEP }),
      state("H-003", "Ny handling", "√", "", { focusArea: "Skole", initiative: "Netværk" }),
    ]),
  ])
).history;

describe("the plan as of a round", () => {
  it("rebuilds the round's plan from the history and marks that round's changes", () => {
    const asOf = planAsOf(history, DEC)!;
    expect(
      asOf.plan.focusAreas.map((a) => [
        a.name,
        a.initiatives.map((i) => i.actions.map((x) => [x.id, x.status, x.note, x.statusDate])),
      ])
    ).toEqual([
      ["Overordnet fokus", [[["H-001", "(√)", "Ikke i 2019", DEC]]]],
      ["Erhverv", [[["H-002", "%", "(Ikke relevant)", SEP]]]],
      ["Skole", [[["H-003", "√", "", DEC]]]],
    ]);
    expect(asOf.marked).toBe(2);
  });

  it("marks by Statusdato in the first round, which has no round before it", () => {
    const asOf = planAsOf(history, SEP)!;
    const actions = asOf.plan.focusAreas.flatMap((a) => a.initiatives.flatMap((i) => i.actions));
    expect(actions.map((a) => [a.id, a.statusDate])).toEqual([
      ["H-001", null],
      ["H-002", SEP],
    ]);
    expect(planAsOf(history, MAR)).toBeNull();
  });

  it("builds the overview with that round as the status date, its changes red and bold", () => {
    const settings = { ...defaultSettings("da"), currentStatusDate: MAR };
    const sheet = overviewAsOf(history, DEC, settings)!;
    const cells = sheet.cells.flat();
    expect(
      cells.some(
        (c) =>
          c.value === "Status for handlingerne december 2019 er markeret med rødt og fed skrift"
      )
    ).toBe(true);
    const style = (text: string) => cells.find((c) => c.value === text)?.style;
    expect(style("Ikke i 2019")).toMatchObject({ color: "#C00000", bold: true });
    expect(style("(Ikke relevant)")?.color).toBeUndefined();
    expect(overviewAsOf(history, MAR, settings)).toBeNull();
  });
});
