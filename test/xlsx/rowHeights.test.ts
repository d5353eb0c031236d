// Estimated heights for auto-fit rows with wrapped text.

import type { SheetDescription } from "../../src/core/sheet";
import { resolveRowHeights, wrappedLineCount } from "../../src/xlsx/rowHeights";

function sheet(
  cells: SheetDescription["cells"],
  rowHeights: (number | null)[],
  merges: SheetDescription["merges"] = []
): SheetDescription {
  return {
    name: "Oversigt",
    columnCount: cells[0].length,
    cells,
    merges,
    columnWidths: cells[0].map(() => 21),
    rowHeights,
    page: { orientation: "landscape", paperSize: "A4", fitToPagesWide: 1 },
    frozenRows: 0,
  };
}

describe("wrappedLineCount", () => {
  it("wraps at spaces, keeps paragraphs and breaks words longer than a line", () => {
    expect(wrappedLineCount("kort", 20)).toBe(1);
    expect(wrappedLineCount("aaaa bbbb cccc", 9)).toBe(2);
    expect(wrappedLineCount("a\nb\nc", 20)).toBe(3);
    expect(wrappedLineCount("x".repeat(25), 10)).toBe(3);
  });
});

describe("resolveRowHeights", () => {
  const long = "ord ".repeat(40).trim(); // 159 characters

  it("keeps explicit heights and leaves rows without wrapped text to the host", () => {
    const s = sheet(
      [[{ value: long, style: { wrap: true } }], [{ value: long }], [{ value: null }]],
      [20, null, null]
    );
    expect(resolveRowHeights(s)).toEqual([20, null, null]);
  });

  it("estimates a wrapped row from the text and the column width", () => {
    const s = sheet([[{ value: long, style: { wrap: true } }]], [null]);
    // 20 characters per line → 8 lines of 15 pt.
    expect(resolveRowHeights(s)).toEqual([8 * 15]);
  });

  it("uses the merged width for merged text and skips text merged over several rows", () => {
    const cells = [
      [{ value: long, style: { wrap: true } }, { value: null }],
      [{ value: long, style: { wrap: true } }, { value: null }],
      [{ value: null }, { value: null }],
    ];
    const merges = [
      { row: 0, column: 0, rowCount: 1, columnCount: 2 },
      { row: 1, column: 0, rowCount: 2, columnCount: 1 },
    ];
    const heights = resolveRowHeights(sheet(cells, [null, null, null], merges));
    expect(heights[0]).toBe(4 * 15); // 41 characters per line
    expect(heights[1]).toBeNull();
  });
});
