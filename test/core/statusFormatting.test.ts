// The host-neutral description of the plan's status formatting.

import type { PlanSource } from "../../src/core/port";
import { columnLetters, rangeAddress } from "../../src/core/a1";
import {
  currentRoundFormula,
  describeStatusFormatting,
  isCurrentRoundFormula,
  STATUS_DATE_NUMBER_FORMAT,
  STATUS_LIST_SOURCE,
} from "../../src/core/statusFormatting";

const HEADER = [
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Statusdato",
];

function source(
  header: string[],
  rows: (string | number | null)[][],
  headerRow = 1,
  firstColumn = 0
): PlanSource {
  return { kind: "table", sheet: "Plan", headerRow, firstColumn, header, rows };
}

const OPTIONS = { markingColor: "#C00000", language: "da" as const };

describe("column letters and addresses", () => {
  test.each([
    [0, "A"],
    [5, "F"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("%i → %s", (index, letters) => expect(columnLetters(index)).toBe(letters));

  test("rangeAddress", () => {
    expect(rangeAddress({ row: 1, column: 3, rowCount: 8, columnCount: 2 })).toBe("D2:E9");
    expect(rangeAddress({ row: 0, column: 0, rowCount: 1, columnCount: 1 })).toBe("A1");
  });
});

describe("the current-round formula", () => {
  test("is locale-independent: YEAR/MONTH against the name, relative to the first body row", () => {
    expect(currentRoundFormula(5, 2)).toBe(
      '=AND($F2<>"",YEAR($F2)=YEAR(AktuelStatusdato),MONTH($F2)=MONTH(AktuelStatusdato))'
    );
    expect(currentRoundFormula(27, 10)).toContain("YEAR($AB10)");
    expect(currentRoundFormula(5, 2)).not.toMatch(/TEXT\(/);
  });

  test("recognises our rule from any anchor, and no user rule", () => {
    expect(isCurrentRoundFormula(currentRoundFormula(5, 2))).toBe(true);
    expect(isCurrentRoundFormula(currentRoundFormula(12, 40))).toBe(true);
    expect(
      isCurrentRoundFormula(
        'and($f7<>"", year($f7)=year(aktuelstatusdato), month($f7)=month(aktuelstatusdato))'
      )
    ).toBe(true);
    for (const user of [
      '=$D2="%"',
      '=AND($F2<>"",YEAR($F2)=2019)',
      '=AND($F2<>"",YEAR($G2)=YEAR(AktuelStatusdato),MONTH($F2)=MONTH(AktuelStatusdato))',
      '=AND($F2<>"",YEAR($F2)=YEAR(AktuelStatusdato),MONTH($F2)=MONTH(AktuelStatusdato),$D2="%")',
      "",
      null,
    ]) {
      expect(isCurrentRoundFormula(user)).toBe(false);
    }
  });
});

describe("describeStatusFormatting", () => {
  test("the example layout: one rectangle over Status+Statusnote, the lists and formats", () => {
    const rows = [
      ["Erhverv", "Døråbner", "Denmark Day", "v", "", 43800],
      ["Erhverv", "Døråbner", "Messe", "√", "note", 43709],
      ["Erhverv", "Døråbner", "Besøg", "delvis", "", null],
    ];
    const { description, diagnostics } = describeStatusFormatting(source(HEADER, rows), OPTIONS);
    expect(diagnostics).toEqual([]);
    expect(description).not.toBeNull();
    const d = description!;
    expect(d.sheet).toBe("Plan");
    expect(d.statusRange).toEqual({ row: 1, column: 3, rowCount: 3, columnCount: 1 });
    expect(d.markedRanges).toEqual([{ row: 1, column: 3, rowCount: 3, columnCount: 2 }]);
    expect(d.statusDateRange).toEqual({ row: 1, column: 5, rowCount: 3, columnCount: 1 });
    expect(d.validation.listSource).toBe(STATUS_LIST_SOURCE);
    expect(STATUS_LIST_SOURCE).toBe("√,(√),%");
    expect(d.validation.prompt).toContain("(√)");
    expect(d.validation.prompt.length).toBeLessThanOrEqual(255); // Excel's input-message limit
    expect(d.validation.promptTitle.length).toBeLessThanOrEqual(32);
    expect(d.conditionalFormat).toEqual({
      formula: currentRoundFormula(5, 2),
      fontColor: "#C00000",
      bold: true,
    });
    expect(d.statusDateNumberFormat).toBe(STATUS_DATE_NUMBER_FORMAT);
    expect(d.fixes).toEqual([
      { row: 1, column: 3, from: "v", to: "√" },
      { row: 3, column: 3, from: "delvis", to: "(√)" },
    ]);
  });

  test("a table further down and to the right, with Status and Statusnote apart", () => {
    const header = [
      "Statusnote",
      "Fokusområde",
      "Indsats",
      "Handling/aktivitet",
      "Status",
      "Eget",
      "Statusdato",
    ];
    const rows = [["n", "A", "I", "H", "ok", "x", null]];
    const { description } = describeStatusFormatting(source(header, rows, 5, 2), {
      ...OPTIONS,
      markingColor: "#0070C0",
      language: "en",
    });
    const d = description!;
    // Sheet columns: the table starts at C; Statusnote = C, Status = G, Statusdato = I.
    expect(d.markedRanges).toEqual([
      { row: 5, column: 2, rowCount: 1, columnCount: 1 },
      { row: 5, column: 6, rowCount: 1, columnCount: 1 },
    ]);
    expect(d.conditionalFormat.formula).toBe(currentRoundFormula(8, 6));
    expect(d.conditionalFormat.fontColor).toBe("#0070C0");
    expect(d.fixes).toEqual([{ row: 5, column: 6, from: "ok", to: "√" }]);
    expect(d.validation.prompt).toContain("partly done");
  });

  test("a missing Statusdato column: no description, the missing-column message", () => {
    const header = HEADER.slice(0, 5);
    const { description, diagnostics } = describeStatusFormatting(
      source(header, [["A", "I", "H", "√", ""]]),
      OPTIONS
    );
    expect(description).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain("core.diag.missingColumn");
  });

  test("no rows: nothing to format, said so", () => {
    const { description, diagnostics } = describeStatusFormatting(source(HEADER, []), OPTIONS);
    expect(description).toBeNull();
    expect(diagnostics.map((d) => d.code)).toContain("excel.statusFormatting.noRows");
  });
});
