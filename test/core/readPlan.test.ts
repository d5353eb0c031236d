import { readPlan, type ReadPlanResult } from "../../src/core/readPlan";
import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import type { PlanSource } from "../../src/core/port";
import type { RawCell } from "../../src/core/raw";
import { PLAN_HEADER as HEADER } from "../support/memoryPort";

function source(rows: RawCell[][], header: RawCell[] = HEADER, headerRow = 1): PlanSource {
  return { kind: "table", sheet: "Plan", headerRow, firstColumn: 0, header, rows };
}

const codes = (result: ReadPlanResult) => result.diagnostics.map((d) => d.code);
const actionsOf = (result: ReadPlanResult) =>
  result.plan.focusAreas.flatMap((a) =>
    a.initiatives.flatMap((i) => i.actions.map((x) => `${a.name}/${i.name}/${x.text}`))
  );

describe("readPlan: structure", () => {
  it("groups actions under focus areas and initiatives in order of first appearance", () => {
    const result = readPlan(
      source([
        ["Overordnet fokus", "Besøg", "Frokost", "(√)", "Note 1", "2019-12"],
        ["Erhverv", "Døråbner", "Liqtech", "√", "", "2019-09"],
        ["Overordnet fokus", "Grafisk design", "Visitkort", "√", "", null],
        ["Overordnet fokus", "Besøg", "Borgmesterbesøg", "%", "", null],
        ["Skole & Uddannelse", "Skolenetværk", "Effektmåling", "%", "", null],
      ])
    );
    expect(result.ok).toBe(true);
    expect(result.plan.focusAreas.map((a) => a.name)).toEqual([
      "Overordnet fokus",
      "Erhverv",
      "Skole & Uddannelse",
    ]);
    expect(result.plan.focusAreas[0].initiatives.map((i) => i.name)).toEqual([
      "Besøg",
      "Grafisk design",
    ]);
    expect(result.plan.focusAreas[0].initiatives[0].actions).toEqual([
      {
        text: "Frokost",
        status: "(√)",
        note: "Note 1",
        statusDate: { year: 2019, month: 12 },
        row: 2,
      },
      { text: "Borgmesterbesøg", status: "%", note: "", statusDate: null, row: 5 },
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.statusFixes).toEqual([]);
  });

  it("treats names differing only in case and spacing as one, keeping the first spelling", () => {
    const result = readPlan(
      source([
        ["Erhverv", "Døråbner for  virksomheder", "A", null, null, null],
        ["erhverv ", "døråbner for virksomheder", "B", null, null, null],
        ["  ERHVERV", "Kultur", "C", null, null, null],
      ])
    );
    expect(actionsOf(result)).toEqual([
      "Erhverv/Døråbner for  virksomheder/A",
      "Erhverv/Døråbner for  virksomheder/B",
      "Erhverv/Kultur/C",
    ]);
  });

  it("counts sheet rows from the header row and carries the optional ID", () => {
    const result = readPlan(
      source([[" 7 ", "Erhverv", "Kultur", "Udstilling", "", "", ""]], ["ID", ...HEADER], 4)
    );
    expect(result.plan.focusAreas[0].initiatives[0].actions[0]).toEqual({
      id: "7",
      text: "Udstilling",
      status: null,
      note: "",
      statusDate: null,
      row: 5,
    });
  });

  it("ignores the user's own columns and finds columns in any order", () => {
    const header = [
      "Kontakt",
      "Statusdato",
      "Status",
      "Handling / aktivitet",
      "Indsats",
      "Fokusområde",
      "Statusnote",
    ];
    const result = readPlan(
      source([["Ida", 43800, "v", "Udstilling", "Kultur", "Erhverv", "Godt"]], header)
    );
    expect(result.plan.focusAreas[0].initiatives[0].actions[0]).toEqual({
      text: "Udstilling",
      status: "√",
      note: "Godt",
      statusDate: { year: 2019, month: 12 },
      row: 2,
    });
    expect(result.statusFixes).toEqual([{ row: 2, column: 2, from: "v", to: "√" }]);
  });

  it("reads an English header", () => {
    const result = readPlan(
      source(
        [["Business", "Culture", "Exhibition", "done", "", "Dec 2019"]],
        ["Focus area", "Initiative", "Action", "Status", "Status note", "Status date"]
      )
    );
    expect(result.ok).toBe(true);
    expect(actionsOf(result)).toEqual(["Business/Culture/Exhibition"]);
  });
});

describe("readPlan: cells", () => {
  it("trims text and turns numbers in text columns into their string", () => {
    const result = readPlan(source([["  Erhverv ", 2020, 42, "  √ ", "  note\nline 2  ", null]]));
    const action = result.plan.focusAreas[0].initiatives[0].actions[0];
    expect(result.plan.focusAreas[0].name).toBe("Erhverv");
    expect(result.plan.focusAreas[0].initiatives[0].name).toBe("2020");
    expect(action.text).toBe("42");
    expect(action.note).toBe("note\nline 2");
    expect(action.status).toBe("√");
  });

  it("keeps text that looks like a formula as plain text", () => {
    const result = readPlan(source([["A", "B", "=SUM(A1)", null, "+45 12 34 56", null]]));
    const action = result.plan.focusAreas[0].initiatives[0].actions[0];
    expect(action.text).toBe("=SUM(A1)");
    expect(action.note).toBe("+45 12 34 56");
  });

  it("skips blank rows silently", () => {
    const result = readPlan(
      source([
        [null, null, null, null, null, null],
        ["  ", "", "\t", null, " ", null],
        [],
        ["A", "B", "C", null, null, null],
      ])
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.plan.focusAreas[0].initiatives[0].actions[0].row).toBe(5);
  });

  it("skips rows with data only in the user's own columns", () => {
    const result = readPlan(
      source([[null, null, null, null, null, null, "egen kommentar"]], [...HEADER, "Kommentar"])
    );
    expect(result.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
  });

  it("warns about an error value, naming the cell and the error, and reads it as empty", () => {
    const result = readPlan(
      source([["A", "B", "C", "√", { error: "#REF!" }, { error: "#N/A" }]], HEADER, 3)
    );
    const action = result.plan.focusAreas[0].initiatives[0].actions[0];
    expect(action.note).toBe("");
    expect(action.statusDate).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "core.diag.errorValue",
        params: { error: "#REF!" },
        sheet: "Plan",
        row: 4,
        column: "Statusnote",
      },
      {
        severity: "warning",
        code: "core.diag.errorValue",
        params: { error: "#N/A" },
        sheet: "Plan",
        row: 4,
        column: "Statusdato",
      },
    ]);
    expect(formatDiagnostic(result.diagnostics[0], "da")).toMatch(
      /^Plan, række 4, kolonne Statusnote: .*#REF!/
    );
  });

  it("leaves out a row whose only data was an error value, after warning", () => {
    const result = readPlan(source([[null, null, { error: "#DIV/0!" }, null, null, null]]));
    expect(codes(result)).toEqual(["core.diag.errorValue", "core.diag.emptyPlan"]);
  });
});

describe("readPlan: status", () => {
  it("records a fix for each typed variant, none for canonical symbols", () => {
    const result = readPlan(
      source([
        ["A", "B", "1", "√", null, null],
        ["A", "B", "2", "delvist", null, null],
        ["A", "B", "3", "(%)", null, null],
        ["A", "B", "4", "Done.", null, null],
        ["A", "B", "5", "%", null, null],
        ["A", "B", "6", null, null, null],
      ])
    );
    expect(result.plan.focusAreas[0].initiatives[0].actions.map((a) => a.status)).toEqual([
      "√",
      "(√)",
      "%",
      "√",
      "%",
      null,
    ]);
    expect(result.statusFixes).toEqual([
      { row: 3, column: 3, from: "delvist", to: "(√)" },
      { row: 4, column: 3, from: "(%)", to: "%" },
      { row: 5, column: 3, from: "Done.", to: "√" },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it("reports unknown status text with the accepted symbols and keeps the status empty", () => {
    const result = readPlan(source([["A", "B", "C", "x", null, null]]));
    expect(result.plan.focusAreas[0].initiatives[0].actions[0].status).toBeNull();
    expect(result.statusFixes).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "core.diag.unknownStatus",
        params: { text: "x", symbols: "√, (√), %" },
        sheet: "Plan",
        row: 2,
        column: "Status",
      },
    ]);
  });
});

describe("readPlan: status dates", () => {
  it("reads every kind of date cell as a month", () => {
    const result = readPlan(
      source([
        ["A", "B", "1", null, null, 43800.5],
        ["A", "B", "2", null, null, 43800],
        ["A", "B", "3", null, null, "december 2019"],
        ["A", "B", "4", null, null, "1/12/2019"],
      ])
    );
    for (const action of result.plan.focusAreas[0].initiatives[0].actions) {
      expect(action.statusDate).toEqual({ year: 2019, month: 12 });
    }
  });

  it("warns about an unreadable status date and keeps it empty", () => {
    const result = readPlan(source([["A", "B", "C", "√", null, "snart"]]));
    expect(result.plan.focusAreas[0].initiatives[0].actions[0].statusDate).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "core.diag.invalidStatusDate",
        params: { text: "snart" },
        sheet: "Plan",
        row: 2,
        column: "Statusdato",
      },
    ]);
  });
});

describe("readPlan: incomplete rows", () => {
  it("leaves out an action without focus area or initiative and says so", () => {
    const result = readPlan(
      source([
        [null, "B", "Uden område", null, null, null],
        ["A", " ", "Uden indsats", null, null, null],
        ["", null, "Uden begge", null, null, null],
        ["A", "B", "Med begge", null, null, null],
      ])
    );
    expect(actionsOf(result)).toEqual(["A/B/Med begge"]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.row, d.column, d.params])).toEqual([
      ["core.diag.actionWithoutFocusArea", "warning", 2, "Fokusområde", { action: "Uden område" }],
      ["core.diag.actionWithoutInitiative", "warning", 3, "Indsats", { action: "Uden indsats" }],
      [
        "core.diag.actionWithoutFocusAreaAndInitiative",
        "warning",
        4,
        "Fokusområde",
        { action: "Uden begge" },
      ],
    ]);
    expect(formatDiagnostic(result.diagnostics[0], "da")).toMatch(/ikke med i oversigten/);
    expect(formatDiagnostic(result.diagnostics[1], "en")).toMatch(/left out of the overview/);
  });

  it("warns about a row with data but no action text", () => {
    const result = readPlan(source([["A", "B", "  ", "√", "note", null]]));
    expect(result.plan.focusAreas).toEqual([]);
    expect(result.diagnostics[0]).toEqual({
      severity: "warning",
      code: "core.diag.rowWithoutAction",
      sheet: "Plan",
      row: 2,
      column: "Handling/aktivitet",
    });
  });

  it("warns about the same action twice, naming both rows, and keeps both", () => {
    const result = readPlan(
      source([
        ["A", "B", "Besøg i Wuxi", null, null, null],
        ["A", "C", "Besøg i Wuxi", null, null, null],
        ["a", "b ", "besøg  i wuxi", null, null, null],
      ])
    );
    expect(actionsOf(result)).toEqual([
      "A/B/Besøg i Wuxi",
      "A/B/besøg  i wuxi",
      "A/C/Besøg i Wuxi",
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "core.diag.duplicateAction",
        params: { action: "besøg  i wuxi", firstRow: 2, row: 4 },
        sheet: "Plan",
        row: 4,
        column: "Handling/aktivitet",
      },
    ]);
    expect(formatDiagnostic(result.diagnostics[0], "da")).toMatch(/række 4.*række 2/);
  });

  it("says so when the plan has no actions", () => {
    const result = readPlan(source([]));
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      { severity: "info", code: "core.diag.emptyPlan", sheet: "Plan" },
    ]);
  });
});

describe("readPlan: header problems", () => {
  it("fails with one error per missing column naming the column and its aliases", () => {
    const result = readPlan(
      source([["A", "B", "C"]], ["Fokusområde", "Indsats", "Handling", "Status"], 2)
    );
    expect(result.ok).toBe(false);
    expect(result.plan.focusAreas).toEqual([]);
    expect(result.columns.missing).toEqual(["note", "statusDate"]);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.row])).toEqual([
      ["error", "core.diag.missingColumn", 2],
      ["error", "core.diag.missingColumn", 2],
    ]);
    const da = formatDiagnostic(result.diagnostics[0], "da");
    expect(da).toContain("Statusnote");
    expect(da).toContain("Status note");
    const en = formatDiagnostic(result.diagnostics[1], "en");
    expect(en).toContain("Statusdato");
    expect(en).toContain("Status date");
  });

  it("warns about a second column with the same meaning", () => {
    const result = readPlan(
      source([["A", "B", "C", "√", "", "", "ignored"]], [...HEADER, "status"])
    );
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      {
        severity: "warning",
        code: "core.diag.duplicateColumn",
        params: { column: "status" },
        sheet: "Plan",
        row: 1,
        column: "status",
      },
    ]);
    expect(result.plan.focusAreas[0].initiatives[0].actions[0].status).toBe("√");
  });
});
