// Golden test of the Bycirklen example: the overview's sheet description, and the committed
// example workbook being exactly what `npm run example` builds.
// Regenerate after an intended layout change: UPDATE_GOLDEN=1 npx jest test/golden && npm run example

import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import type { RefreshResult } from "../../src/core/refresh";
import type { SheetDescription } from "../../src/core/sheet";
import * as source from "../../examples/bycirklen-kina-2017-2020.source";
import { buildExampleWorkbook, EXAMPLE_PATH, exampleBytes } from "../../examples/build-example";

const GOLDEN = path.join(__dirname, "bycirklen-kina-2017-2020.overview.json");

/** One line per row, merge and top-level field, so a diff shows what moved. */
function serialize(sheet: SheetDescription): string {
  const { cells, merges, ...rest } = sheet;
  const lines = [
    "{",
    ...Object.entries(rest).map(
      ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`
    ),
    '  "merges": [',
    merges.map((m) => `    ${JSON.stringify(m)}`).join(",\n"),
    "  ],",
    '  "cells": [',
    cells.map((row) => `    ${JSON.stringify(row)}`).join(",\n"),
    "  ]",
    "}",
  ];
  return `${lines.join("\n")}\n`;
}

let result: RefreshResult;
beforeAll(async () => {
  ({ result } = await buildExampleWorkbook());
});

describe("the Bycirklen example", () => {
  it("reads without any diagnostic and writes its overview", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.statusDate).toEqual({ year: 2019, month: 12 });
  });

  it("shows every action and note of the source, and marks exactly the December notes", () => {
    const sheet = result.sheet as SheetDescription;
    const texts = sheet.cells.flat().map((c) => c.value);
    const actions = source.focusAreas.flatMap((a) => a.initiatives.flatMap((i) => i.actions));
    expect(actions).toHaveLength(40);
    for (const action of actions) {
      expect(texts).toContain(action.text);
      if (action.note) expect(texts).toContain(action.note);
    }
    const markedNotes = sheet.cells
      .flat()
      .filter((c) => c.style?.color === "#C00000" && typeof c.value === "string")
      .map((c) => c.value);
    const december = actions
      .filter((a) => a.note && a.round === source.DECEMBER_2019)
      .map((a) => a.note);
    const september = actions
      .filter((a) => a.note && a.round === source.SEPTEMBER_2019)
      .map((a) => a.note);
    expect(december).toHaveLength(3);
    expect(september).toHaveLength(5);
    expect(markedNotes).toEqual(expect.arrayContaining(december));
    for (const note of september) expect(markedNotes).not.toContain(note);
  });

  it("matches the golden sheet description", () => {
    const actual = serialize(result.sheet as SheetDescription);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, actual);
    if (!existsSync(GOLDEN)) throw new Error(`No golden file ${GOLDEN}: run with UPDATE_GOLDEN=1`);
    expect(actual).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("is committed as built: examples/bycirklen-kina-2017-2020.xlsx equals a fresh build", async () => {
    const fresh = await exampleBytes();
    // If this fails after an intended change, run `npm run example` and commit the file.
    expect(Buffer.compare(fresh, readFileSync(EXAMPLE_PATH))).toBe(0);
  });
});
