import { isRed } from "../../../src/core/layout/colors";
import { columnWidths, groupWidths } from "../../../src/core/layout/widths";

describe("isRed", () => {
  it.each(["#FF0000", "#C00000", "#e00000", "#D22B2B", "FF0000"])("calls %s red", (color) => {
    expect(isRed(color)).toBe(true);
  });

  it.each([
    "#0070C0",
    "#00B050",
    "#FFC000",
    "#FFC0CB",
    "#8B4513",
    "#400000",
    "#808080",
    "#000000",
    "rød",
    "",
  ])("does not call %s red", (color) => {
    expect(isRed(color)).toBe(false);
  });
});

describe("column widths", () => {
  it("gives three focus areas the seed's proportions", () => {
    expect(columnWidths(3)).toEqual([46, 6, 46, 6, 46, 6]);
  });

  it("narrows the text columns as focus areas are added, within readable bounds", () => {
    let previous = Infinity;
    for (let groups = 1; groups <= 8; groups++) {
      const { text } = groupWidths(groups);
      expect(text).toBeLessThanOrEqual(previous);
      expect(text).toBeGreaterThanOrEqual(20);
      expect(text).toBeLessThanOrEqual(70);
      expect(columnWidths(groups)).toHaveLength(2 * groups);
      previous = text;
    }
  });

  it("treats no focus areas like one, so the top block has columns to span", () => {
    expect(columnWidths(0)).toEqual(columnWidths(1));
  });
});
