// The committed width table is exactly what scripts/font-metrics.ts reads from Debian's Carlito
// fonts (fonts-crosextra-carlito, installed by scripts/ensure-debian-packages.sh).

import { readFileSync } from "fs";
import { generateTable, TABLE_FILE } from "../../../scripts/font-metrics";
import { CARLITO_WIDTHS } from "../../../src/core/layout/carlitoWidths";

describe("Carlito width table", () => {
  it("is what the script produces from the font files", () => {
    expect(readFileSync(TABLE_FILE, "utf8")).toBe(generateTable());
  });

  it("names the font's licence and covers every style and code point", () => {
    expect(readFileSync(TABLE_FILE, "utf8")).toContain("SIL Open Font License, Version 1.1");
    const count = CARLITO_WIDTHS.ranges.reduce((n, [a, b]) => n + b - a + 1, 0) + 8;
    for (const style of ["regular", "bold", "italic", "boldItalic"] as const) {
      expect(CARLITO_WIDTHS[style].join(" ").split(" ")).toHaveLength(count);
    }
  });
});
