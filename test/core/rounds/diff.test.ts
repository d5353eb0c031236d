import {
  changesByFocusArea,
  diffRounds,
  locateInPlan,
  type ActionState,
} from "../../../src/core/rounds";
import { state } from "./support";

const summary = (changes: ReturnType<typeof diffRounds>) =>
  changes.map((c) => [c.focusArea, c.id, c.kind, c.before, c.after]);

describe("diffRounds", () => {
  it("lists status moves, note changes, additions and removals, each naming action and ID", () => {
    const from = [
      state("H-001", "Frokost", "%", "Ikke holdt"),
      state("H-002", "Borgmesterbesøg", "(√)", "Planlagt"),
      state("H-003", "Brochure", "√"),
      state("H-004", "Denmark Day", "(√)"),
    ];
    const to = [
      state("H-001", "Frokost", "(√)", "Ikke holdt"),
      state("H-002", "Borgmesterbesøg", "(√)", "Udsat til 2021"),
      state("H-004", "Denmark Day", "(√)", "  "),
      state("H-005", "Ny handling", null, "Ny note"),
    ];
    const changes = diffRounds(from, to);
    expect(summary(changes)).toEqual([
      [
        "Erhverv",
        "H-001",
        "status",
        { status: "%", note: "Ikke holdt" },
        { status: "(√)", note: "Ikke holdt" },
      ],
      [
        "Erhverv",
        "H-002",
        "note",
        { status: "(√)", note: "Planlagt" },
        { status: "(√)", note: "Udsat til 2021" },
      ],
      ["Erhverv", "H-005", "added", null, { status: null, note: "Ny note" }],
      ["Erhverv", "H-003", "removed", { status: "√", note: "" }, null],
    ]);
    expect(changes[0]).toMatchObject({ action: "Frokost", initiative: "Døråbner" });
  });

  it("gives two entries when both status and note changed", () => {
    const changes = diffRounds(
      [state("H-001", "Idrætsdelegation", null, "")],
      [state("H-001", "Idrætsdelegation", "(√)", "30 spillere efteråret 2020")]
    );
    expect(changes.map((c) => c.kind)).toEqual(["status", "note"]);
    expect(changes[0].before).toEqual({ status: null, note: "" });
    expect(changes[1].after).toEqual({ status: "(√)", note: "30 spillere efteråret 2020" });
  });

  it("ignores re-wrapped notes: only white space differs", () => {
    const changes = diffRounds(
      [state("H-001", "A", "√", "Første linje\nanden linje ")],
      [state("H-001", "A", "√", "Første  linje anden linje")]
    );
    expect(changes).toEqual([]);
  });

  it("matches by ID even when the action was renamed or moved, and names it as it is now", () => {
    const changes = diffRounds(
      [state("H-001", "Gammelt navn", "%", "", { focusArea: "Erhverv" })],
      [state("h-001", "Nyt navn", "√", "", { focusArea: "Skole & Uddannelse" })]
    );
    expect(summary(changes)).toEqual([
      [
        "Skole & Uddannelse",
        "h-001",
        "status",
        { status: "%", note: "" },
        { status: "√", note: "" },
      ],
    ]);
  });

  it("matches actions without ID by focus area, initiative and text, never two different IDs", () => {
    const changes = diffRounds(
      [
        state(null, "Frokost ", "%"),
        state("H-001", "Brochure", "√"),
        state("H-009", "Tvilling", "√"),
      ],
      [
        state("H-007", "frokost", "√"),
        state("H-001", "Brochure", "√"),
        state("H-010", "Tvilling", "√"),
      ]
    );
    expect(summary(changes)).toEqual([
      ["Erhverv", "H-007", "status", { status: "%", note: "" }, { status: "√", note: "" }],
      ["Erhverv", "H-010", "added", null, { status: "√", note: "" }],
      ["Erhverv", "H-009", "removed", { status: "√", note: "" }, null],
    ]);
  });

  it("comes per focus area in the overview's order, then the others as they appear", () => {
    const a = (id: string, area: string) => state(id, id, null, "", { focusArea: area });
    const to = [
      a("H-1", "Erhverv"),
      a("H-2", "Skole"),
      a("H-3", "erhverv"),
      a("H-4", "Overordnet"),
    ];
    const changes = diffRounds([], to, ["Overordnet", "Skole"]);
    expect(changes.map((c) => c.id)).toEqual(["H-4", "H-2", "H-1", "H-3"]);
    expect(changesByFocusArea(changes).map((g) => [g.focusArea, g.changes.length])).toEqual([
      ["Overordnet", 1],
      ["Skole", 1],
      ["Erhverv", 2],
    ]);
  });

  it("finds each entry's row in the plan now, for selecting it (both entries of one action)", () => {
    const now: ActionState[] = [
      state("H-001", "A", "√", "ny", { row: 4 }),
      state(null, "B", "√", "", { row: 9 }),
    ];
    const from = [
      state("H-001", "A", "%", "gammel"),
      state(null, "B", "%"),
      state("H-003", "C", "%"),
    ];
    const changes = locateInPlan(diffRounds(from, now), now);
    expect(changes.map((c) => [c.id, c.kind, c.planRow])).toEqual([
      ["H-001", "status", 4],
      ["H-001", "note", 4],
      [null, "status", 9],
      ["H-003", "removed", null],
    ]);
  });
});
