import {
  assignIds,
  duplicateIdDiagnostics,
  findDuplicateIds,
  formatId,
  highestIdFormula,
  idNumber,
  recordedHighestId,
  type History,
} from "../../../src/core/rounds";
import { formatDiagnostic } from "../../../src/core/formatDiagnostic";
import { SEP, state } from "./support";

const historyWith = (...ids: string[]): History => ({
  rounds: [
    {
      round: SEP,
      closedAt: null,
      entries: ids.map((id) => ({ ...state(id, id, null), round: SEP, closedAt: null })),
    },
  ],
});

describe("stable action IDs", () => {
  it("formats short readable IDs and keeps growing past three digits", () => {
    expect([formatId(1), formatId(42), formatId(999), formatId(1000)]).toEqual([
      "H-001",
      "H-042",
      "H-999",
      "H-1000",
    ]);
    expect([idNumber("H-007"), idNumber(" h-12 "), idNumber("A-2"), idNumber("H-")]).toEqual([
      7,
      12,
      null,
      null,
    ]);
  });

  it("fills only empty IDs, in row order, and keeps every existing ID as written", () => {
    const plan = assignIds(
      [
        { id: null, row: 5 },
        { id: "A-2", row: 3 },
        { id: "H-004", row: 2 },
        { id: "  ", row: 4 },
      ],
      null
    );
    expect(plan.assignments).toEqual([
      { row: 4, id: "H-005" },
      { row: 5, id: "H-006" },
    ]);
    expect(plan.highest).toBe(6);
    expect(plan.duplicates).toEqual([]);
  });

  it("numbers past the recorded highest ID: a deleted action's ID is not given again", () => {
    const rows = [
      { id: "H-001", row: 2 },
      { id: null, row: 3 },
    ];
    expect(assignIds(rows, null, 7).assignments).toEqual([{ row: 3, id: "H-008" }]);
    expect(assignIds(rows, null).assignments).toEqual([{ row: 3, id: "H-002" }]);
    // The record never lowers the numbering below the plan's own IDs.
    expect(assignIds([{ id: "H-020", row: 2 }, ...rows], null, 7).highest).toBe(21);
  });

  it("reads the recorded highest ID and writes it only when it changes", () => {
    expect(
      [40, "40", " 12 ", 0, -3, 2.5, "x", true, { error: "#REF!" }, null, undefined].map((v) =>
        recordedHighestId(v)
      )
    ).toEqual([40, 40, 12, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([
      highestIdFormula(41, 40),
      highestIdFormula(40, 40),
      highestIdFormula(3, undefined),
      highestIdFormula(0, undefined),
      highestIdFormula(5, "rubbish"),
    ]).toEqual(["=41", null, "=3", null, "=5"]);
  });

  it("never reuses an ID that only the history still holds (a deleted action)", () => {
    const plan = assignIds(
      [
        { id: "H-001", row: 2 },
        { id: null, row: 3 },
      ],
      historyWith("H-001", "H-017")
    );
    expect(plan.assignments).toEqual([{ row: 3, id: "H-018" }]);
  });

  it("never reuses a number the workbook records as handed out", () => {
    const plan = assignIds([{ id: null, row: 2 }], historyWith("H-003"), 25);
    expect(plan.assignments).toEqual([{ row: 2, id: "H-026" }]);
    expect(plan.highest).toBe(26);
  });

  it("starts at H-001 in a plan without IDs or history", () => {
    expect(assignIds([{ id: null, row: 7 }], null).assignments).toEqual([{ row: 7, id: "H-001" }]);
  });

  it("reports duplicates with all their rows (ignoring case and spaces) and changes none", () => {
    const rows = [
      { id: "H-001", row: 2 },
      { id: "h-001 ", row: 9 },
      { id: "A-2", row: 4 },
      { id: "A-2", row: 3 },
      { id: "H-001", row: 6 },
      { id: "B", row: 5 },
    ];
    const plan = assignIds(rows, null);
    expect(plan.assignments).toEqual([]);
    expect(plan.duplicates).toEqual([
      { id: "H-001", rows: [2, 6, 9] },
      { id: "A-2", rows: [3, 4] },
    ]);
    expect(findDuplicateIds(rows)).toEqual(plan.duplicates);
    const diagnostics = duplicateIdDiagnostics(plan.duplicates, "Plan", "ID", "error");
    expect(diagnostics.map((d) => [d.severity, d.row])).toEqual([
      ["error", 6],
      ["error", 4],
    ]);
    expect(formatDiagnostic(diagnostics[0], "da")).toBe(
      "Plan, række 6, kolonne ID: ID'et »H-001« står i flere rækker (2, 6, 9). Et ID skal være entydigt: ret eller slet det i de rækker, der ikke skal have det, så får de et nyt."
    );
  });
});
