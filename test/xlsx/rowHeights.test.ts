// Heights for auto-fit rows with wrapped text, from the core's simulation of Excel's wrap.

import type { SheetDescription } from "../../src/core/sheet";
import { resolveRowHeights } from "../../src/xlsx/rowHeights";

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

describe("resolveRowHeights", () => {
  const long = "ord ".repeat(40).trim(); // 159 characters

  it("keeps explicit heights and leaves rows without wrapped text to the host", () => {
    const s = sheet(
      [[{ value: long, style: { wrap: true } }], [{ value: long }], [{ value: null }]],
      [20, null, null]
    );
    expect(resolveRowHeights(s)).toEqual([20, null, null]);
  });

  it("sizes a wrapped row with Calibri's widths in the column's pixels", () => {
    const s = sheet([[{ value: long, style: { wrap: true } }]], [null]);
    // 21 characters = 147 px, 139 px for text; "ord" is 20.55 px and a space 3.32 px, so
    // 5 words a line (5 · 20.55 + 4 · 3.32 = 116 px; a sixth needs 140) → 8 lines of 15 pt.
    expect(resolveRowHeights(s)).toEqual([8 * 15]);
    const bold = sheet(
      [[{ value: long, style: { wrap: true, bold: true, fontSize: 16 } }]],
      [null]
    );
    expect(resolveRowHeights(bold)[0]).toBeGreaterThan(8 * 21.75);
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
    expect(heights[0]).toBe(4 * 15); // 294 px, 286 for text: 12 words a line
    expect(heights[1]).toBeNull();
  });
});
