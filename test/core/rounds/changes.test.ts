import { formatDiagnostic } from "../../../src/core/formatDiagnostic";
import {
  changesJson,
  computeChanges,
  formatChangesText,
  readHistory,
  type ActionState,
  type ChangesInput,
} from "../../../src/core/rounds";
import { DEC, MAR, SEP, historyRows, historySource, state } from "./support";

const sep = [
  state("H-001", "Frokost", "%", "Ikke holdt", {
    focusArea: "Overordnet fokus",
    initiative: "Besøg",
  }),
  state("H-002", "Denmark Day", "(√)", "", { focusArea: "Erhverv" }),
  state("H-003", "Brochure", "√", "", { focusArea: "Overordnet fokus", initiative: "Design" }),
];
const dec = [
  state("H-001", "Frokost", "(√)", "Ikke i 2019", {
    focusArea: "Overordnet fokus",
    initiative: "Besøg",
  }),
  state("H-002", "Denmark Day", "(√)", "", { focusArea: "Erhverv" }),
];
const now: ActionState[] = [
  state("H-001", "Frokost", "√", "Ikke i 2019", {
    focusArea: "Overordnet fokus",
    initiative: "Besøg",
    row: 2,
  }),
  state("H-002", "Denmark Day", "%", "Ikke relevant", { focusArea: "Erhverv", row: 3 }),
  state("H-004", "Ny", null, "", { focusArea: "Erhverv", row: 4 }),
];

function input(more: Partial<ChangesInput> = {}): ChangesInput {
  const history = readHistory(
    historySource([...historyRows(SEP, sep), ...historyRows(DEC, dec)])
  ).history;
  return {
    history,
    historySheet: "Historik",
    now,
    planSheet: "Plan",
    idColumn: "ID",
    areaOrder: ["Overordnet fokus", "Erhverv"],
    ...more,
  };
}

describe("computeChanges", () => {
  it("defaults to the last closed round → now and prints the issue's JSON contract", () => {
    const result = computeChanges(input());
    expect(result.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(changesJson({ ...result, from: result.from! })))).toEqual({
      from: "2019-12",
      to: "now",
      changes: [
        {
          id: "H-001",
          focusArea: "Overordnet fokus",
          initiative: "Besøg",
          action: "Frokost",
          kind: "status",
          before: { status: "(√)", note: "Ikke i 2019" },
          after: { status: "√", note: "Ikke i 2019" },
        },
        {
          id: "H-002",
          focusArea: "Erhverv",
          initiative: "Døråbner",
          action: "Denmark Day",
          kind: "status",
          before: { status: "(√)", note: "" },
          after: { status: "%", note: "Ikke relevant" },
        },
        {
          id: "H-002",
          focusArea: "Erhverv",
          initiative: "Døråbner",
          action: "Denmark Day",
          kind: "note",
          before: { status: "(√)", note: "" },
          after: { status: "%", note: "Ikke relevant" },
        },
        {
          id: "H-004",
          focusArea: "Erhverv",
          initiative: "Døråbner",
          action: "Ny",
          kind: "added",
          before: null,
          after: { status: null, note: "" },
        },
      ],
      counts: {
        "2019-09": {
          "Overordnet fokus": { done: 1, partlyDone: 0, notDone: 1, noStatus: 0 },
          Erhverv: { done: 0, partlyDone: 1, notDone: 0, noStatus: 0 },
        },
        "2019-12": {
          "Overordnet fokus": { done: 0, partlyDone: 1, notDone: 0, noStatus: 0 },
          Erhverv: { done: 0, partlyDone: 1, notDone: 0, noStatus: 0 },
        },
        now: {
          "Overordnet fokus": { done: 1, partlyDone: 0, notDone: 0, noStatus: 0 },
          Erhverv: { done: 0, partlyDone: 0, notDone: 1, noStatus: 1 },
        },
      },
    });
    expect(result.changes.map((c) => c.planRow)).toEqual([2, 3, 3, 4]);
  });

  it("compares two closed rounds, counting the rounds up to the later one", () => {
    const result = computeChanges(input({ from: SEP, to: DEC }));
    const json = changesJson({ ...result, from: result.from! });
    expect([json.from, json.to]).toEqual(["2019-09", "2019-12"]);
    expect(json.changes.map((c) => [c.id, c.kind])).toEqual([
      ["H-001", "status"],
      ["H-001", "note"],
      ["H-003", "removed"],
    ]);
    expect(Object.keys(json.counts)).toEqual(["2019-09", "2019-12"]);
  });

  it("refuses an unknown round, naming the closed ones", () => {
    const result = computeChanges(input({ from: MAR }));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => formatDiagnostic(d, "da"))).toEqual([
      "Historik: Statusrunden 2020-03 findes ikke i historikken. Lukkede runder: 2019-09, 2019-12.",
    ]);
    expect(computeChanges(input({ to: MAR })).ok).toBe(false);
  });

  it("says so when no round has been closed yet", () => {
    const result = computeChanges(input({ history: { rounds: [] } }));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["rounds.diag.noRounds"]);
  });

  it("is blocked by duplicate IDs in the plan, reporting their rows", () => {
    const dup = [...now, state("h-001", "Kopi", "√", "", { focusArea: "Erhverv", row: 7 })];
    const result = computeChanges(input({ now: dup }));
    expect(result.ok).toBe(false);
    expect(result.changes).toEqual([]);
    expect(result.diagnostics.map((d) => [d.severity, d.sheet, d.row, d.params])).toEqual([
      ["error", "Plan", 7, { id: "H-001", rows: "2, 7" }],
    ]);
  });

  it("prints a readable table without --json", () => {
    const text = formatChangesText(computeChanges(input()), "da");
    expect(text).toBe(
      [
        "Ændringer fra december 2019 til nu: 4",
        "",
        "Overordnet fokus",
        "  H-001 Frokost",
        "    Status: (√) → √",
        "",
        "Erhverv",
        "  H-002 Denmark Day",
        "    Status: (√) → %",
        "  H-002 Denmark Day",
        "    Note: – → Ikke relevant",
        "  H-004 Ny",
        "    Tilføjet: Uden status",
        "",
        "Antal handlinger pr. statusrunde og fokusområde",
        "",
        "  Overordnet fokus",
        "    Statusrunde     √  (√)  %  Uden status",
        "    september 2019  1    0  1            0",
        "    december 2019   0    1  0            0",
        "    nu              1    0  0            0",
        "",
        "  Erhverv",
        "    Statusrunde     √  (√)  %  Uden status",
        "    september 2019  0    1  0            0",
        "    december 2019   0    1  0            0",
        "    nu              0    0  1            1",
        "",
      ].join("\n")
    );
  });
});
