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
