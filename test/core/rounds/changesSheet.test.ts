import { capRowHeights } from "../../../src/core/rowHeights";
import { defaultSettings } from "../../../src/core/settings";
import { buildChangesSheet, computeChanges, readHistory } from "../../../src/core/rounds";
import { DEC, SEP, historyRows, historySource, state } from "./support";

const history = readHistory(
  historySource([
    ...historyRows(SEP, [
      state("H-001", "Frokost", "%", "", { focusArea: "Overordnet fokus" }),
      state("H-002", "Denmark Day", "√"),
    ]),
    ...historyRows(DEC, [
      state("H-001", "Frokost", "(√)", "Ikke i 2019", { focusArea: "Overordnet fokus" }),
      state("H-002", "Denmark Day", "√"),
    ]),
  ])
).history;

function sheetFor(from = SEP, to: typeof DEC | "now" = DEC, lang: "da" | "en" = "da") {
  const result = computeChanges({
    history,
    historySheet: "Historik",
    now: null,
    planSheet: "Plan",
    idColumn: "ID",
    areaOrder: [],
    from,
    to,
  });
  return buildChangesSheet({
    from,
    to,
    changes: result.changes,
    trend: result.trend,
    settings: { ...defaultSettings(lang) },
    generatedAt: new Date(2019, 11, 2, 12, 0),
  });
}

const values = (row: { value: unknown }[]) => row.map((c) => c.value);

describe("the changes sheet", () => {
  it("lists the changes under a header, then a counts table per focus area with its chart", () => {
    const { sheet, charts } = sheetFor();
    expect(sheet.name).toBe("Ændringer");
    expect(sheet.cells[0][0].value).toBe("Ændringer fra september 2019 til december 2019");
    expect(sheet.cells[1][0].value).toContain("2019-12-02 12:00");
    expect(values(sheet.cells[3])).toEqual([
      "Fokusområde",
      "ID",
      "Ændring",
      "Indsats",
      "Handling/aktivitet",
      "Før",
      "Efter",
    ]);
    expect(values(sheet.cells[4])).toEqual([
      "Overordnet fokus",
      "H-001",
      "Status",
      "Døråbner",
      "Frokost",
      "%",
      "(√)",
    ]);
    expect(values(sheet.cells[5])).toEqual([
      "Overordnet fokus",
      "H-001",
      "Note",
      "Døråbner",
      "Frokost",
      "",
      "Ikke i 2019",
    ]);
    expect(sheet.page.printTitleRows).toEqual({ first: 3, last: 3 });

    expect(charts).toHaveLength(2);
    const [first, second] = charts;
    expect(first).toMatchObject({
      type: "columnStacked",
      title: "Overordnet fokus",
      seriesBy: "columns",
    });
    // The chart's data is the counts table: series names over the counts, rounds down the side.
    const data = sheet.cells
      .slice(first.data.row, first.data.row + first.data.rowCount)
      .map((row) => values(row.slice(0, first.data.columnCount)));
    expect(data).toEqual([
      ["Statusrunde", "√", "(√)", "%", "Uden status"],
      ["september 2019", 0, 0, 1, 0],
      ["december 2019", 0, 1, 0, 0],
    ]);
    expect(sheet.cells[first.at.row][0].value).toBe("Overordnet fokus");
    expect(first.at.column).toBe(5);
    // Each chart has room of its own: the next block starts below the previous chart.
    expect(second.at.row - first.at.row).toBeGreaterThanOrEqual(Math.ceil(first.height / 15));
    expect(first.seriesColors).toHaveLength(4);
    for (const row of sheet.cells) expect(row).toHaveLength(sheet.columnCount);
    expect(sheet.rowHeights).toHaveLength(sheet.cells.length);
  });

  it("says when nothing changed, in the sheet's language", () => {
    const { sheet } = sheetFor(DEC, DEC, "en");
    expect(sheet.cells[0][0].value).toBe("Changes from December 2019 to December 2019");
    expect(sheet.cells[4][0].value).toBe("No changes from December 2019 to December 2019.");
  });
});

/** The changes sheet for one action whose note went from `before` to `after`. */
function noteSheet(before: string, after: string) {
  const notes = readHistory(
    historySource([
      ...historyRows(SEP, [state("H-010", "Udveksling", "%", before)]),
      ...historyRows(DEC, [state("H-010", "Udveksling", "%", after)]),
    ])
  ).history;
  const result = computeChanges({
    history: notes,
    historySheet: "Historik",
    now: null,
    planSheet: "Plan",
    idColumn: "ID",
    areaOrder: [],
    from: SEP,
    to: DEC,
  });
  return buildChangesSheet({
    from: SEP,
    to: DEC,
    changes: result.changes,
    trend: result.trend,
    settings: defaultSettings("da"),
  }).sheet;
}

const sentence = "Partnerne i Wuxi har bedt om en ny plan for udvekslingen af lærere. ";
const longNote = (length: number) =>
  `${sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1)}.`;
const BEFORE = 5;
const AFTER = 6;

describe("the changes sheet: no row over 409 points", () => {
  it.each([1200, 5000])(
    "continues a %i-character note on the rows below, each at most 409 points",
    (length) => {
      const note = longNote(length);
      const sheet = noteSheet("Kort", note);
      const first = 4;
      expect(values(sheet.cells[first]).slice(0, 6)).toEqual([
        "Erhverv",
        "H-010",
        "Note",
        "Døråbner",
        "Udveksling",
        "Kort",
      ]);
      // The entry's rows: its first row, then rows with text in column Efter only.
      let last = first;
      while (sheet.cells[last + 1][AFTER].value !== null) last++;
      expect(last).toBeGreaterThan(first);
      const rows = sheet.cells.slice(first, last + 1);
      expect(rows.map((row) => row[AFTER].value).join("")).toBe(note);
      for (const row of rows.slice(1)) {
        expect(values(row).slice(0, AFTER)).toEqual([null, null, null, null, null, null]);
        // Same style as the entry's first row: it reads as one item.
        expect(row[AFTER].style).toEqual(rows[0][AFTER].style);
        expect(typeof row[AFTER].value).toBe("string");
      }
      for (const height of sheet.rowHeights) expect(height).toBeLessThanOrEqual(409);
      expect(capRowHeights(sheet).diagnostics).toEqual([]);
      // The next section still follows the entry.
      expect(sheet.cells[last + 2][0].value).toBe(
        "Antal handlinger pr. statusrunde og fokusområde"
      );
    }
  );

  it("continues Før and Efter side by side, each on as many rows as it needs", () => {
    const before = longNote(1300);
    const after = longNote(3000);
    const sheet = noteSheet(before, after);
    const rows = sheet.cells.slice(4).filter((row, r) => r === 0 || row[0].value === null);
    const column = (c: number) =>
      rows.map((row) => (typeof row[c].value === "string" ? row[c].value : "")).join("");
    expect(column(BEFORE)).toBe(before);
    expect(column(AFTER)).toBe(after);
    for (const height of sheet.rowHeights) expect(height).toBeLessThanOrEqual(409);
  });

  it("keeps text that would be a formula as text on a continuation row", () => {
    const note = Array.from({ length: 300 }, (_, i) => `=SUM(A${i}:B${i})`).join(" ");
    const sheet = noteSheet("", note);
    const pieces = sheet.cells
      .slice(4)
      .map((row) => row[AFTER].value)
      .filter((v) => v !== null);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join("")).toBe(note);
    for (const piece of pieces) expect(piece).toMatch(/^=SUM\(A\d+:B\d+\)/);
  });

  it("caps a row with a word taller than 409 points, and warns naming the item", () => {
    const url = `https://example.org/${"wuxi".repeat(600)}`;
    const sheet = noteSheet("", `Se ${url}`);
    const sized = capRowHeights(sheet);
    expect(sized.diagnostics).toHaveLength(1);
    expect(sized.diagnostics[0]).toMatchObject({
      severity: "warning",
      code: "coauthoring.rowHeightCapped",
      sheet: "Ændringer",
      params: { sheet: "Ændringer" },
    });
    expect(String(sized.diagnostics[0].params?.item)).toMatch(/^https:\/\/example\.org\/wuxi/);
    expect(Math.max(...sized.sheet.rowHeights)).toBe(409);
    // The word's row follows the entry's first row ("Se "), in column Efter.
    const row = sized.diagnostics[0].row! - 1;
    expect(sheet.cells[row - 1][AFTER].value).toBe("Se ");
    expect(sheet.cells[row][AFTER].value).toBe(url);
  });
});
