import { buildOverview } from "../../../src/core/layout/overviewLayout";
import { groupWidths } from "../../../src/core/layout/widths";
import type { Language, Plan, Settings } from "../../../src/core/model";
import { defaultSettings } from "../../../src/core/settings";
import type { SheetDescription } from "../../../src/core/sheet";
import {
  act,
  DEC_2019,
  find,
  findAll,
  initiativeRows,
  planOf,
  rowAfter,
  rowSpan,
  seedPlan,
  SEP_2019,
} from "./planBuilder";

function settings(overrides: Partial<Settings> = {}, lang: Language = "da"): Settings {
  return {
    ...defaultSettings(lang),
    title: "Fokusområder Bycirklens Kina-samarbejde 2017-2020",
    currentStatusDate: DEC_2019,
    ...overrides,
  };
}

function headerRow(sheet: SheetDescription): number {
  expect(sheet.page.printTitleRows).toBeDefined();
  return sheet.page.printTitleRows!.first;
}

/** `count` focus areas named "Område 1"…, each with one initiative and one action. */
function areasPlan(count: number): Plan {
  const spec: Record<string, Record<string, ReturnType<typeof act>[]>> = {};
  for (let i = 1; i <= count; i++)
    spec[`Område ${i}`] = { [`Indsats ${i}`]: [act(`Handling ${i}`, "√")] };
  return planOf(spec);
}

describe("buildOverview: the top block", () => {
  const sheet = buildOverview(
    seedPlan(),
    settings({ intro: "Nedenfor vises en intern skematisk oversigt." })
  );

  it("names the sheet Oversigt and puts the title, merged and large, in the first row", () => {
    expect(sheet.name).toBe("Oversigt");
    const title = find(sheet, "Fokusområder Bycirklens Kina-samarbejde 2017-2020");
    expect([title.row, title.column]).toEqual([0, 0]);
    expect(title.cell.style).toMatchObject({ bold: true });
    expect(title.cell.style!.fontSize).toBeGreaterThan(11);
    expect(sheet.merges).toContainEqual({
      row: 0,
      column: 0,
      rowCount: 1,
      columnCount: sheet.columnCount,
    });
  });

  it("puts the intro, wrapped and merged, below the title", () => {
    const intro = find(sheet, "Nedenfor vises en intern skematisk oversigt.");
    expect(intro.row).toBe(1);
    expect(intro.cell.style).toMatchObject({ wrap: true });
    expect(sheet.merges).toContainEqual({
      row: 1,
      column: 0,
      rowCount: 1,
      columnCount: sheet.columnCount,
    });
  });

  it("shows the legend in the seed's order, then the marking line, then the generated-by line", () => {
    const done = find(sheet, "√ = Handlingen gennemført");
    const notDone = find(sheet, "% = Handlingen er ikke gennemført");
    const partly = find(sheet, "(√) = Handlingen er til dels gennemført");
    const marking = find(sheet, /^Status for handlingerne december 2019 er markeret med rødt/);
    const generated = find(sheet, /^Genereret af Statusoversigt/);
    expect(notDone.row).toBe(done.row + 1);
    expect(partly.row).toBe(done.row + 2);
    expect(marking.row).toBe(partly.row + 1);
    expect(generated.row).toBeGreaterThan(marking.row);
    expect(generated.cell.value).toMatch(/overskrives ved næste opdatering/);
    expect(headerRow(sheet)).toBeGreaterThan(generated.row);
  });

  it("writes the marking line in the marking colour and bold", () => {
    const marking = find(sheet, /^Status for handlingerne/);
    expect(marking.cell.style).toMatchObject({ color: "#C00000", bold: true });
  });

  it("leaves out the intro row when there is no intro", () => {
    const noIntro = buildOverview(seedPlan(), settings({ intro: "" }));
    expect(find(noIntro, "√ = Handlingen gennemført").row).toBe(
      find(sheet, "√ = Handlingen gennemført").row - 1
    );
  });

  it("writes the English texts for an English plan", () => {
    const en = buildOverview(seedPlan(), settings({}, "en"));
    find(en, "√ = Action completed");
    find(en, "% = Action not completed");
    find(en, "(√) = Action partly completed");
    find(en, /^Status of the actions for December 2019 is marked in red/);
    expect(en.cells[headerRow(en) + 1][0].value).toBe("Initiative: Besøg/'Relationspleje'");
  });

  it("names a colour that is not red neutrally, in that colour", () => {
    const blue = buildOverview(seedPlan(), settings({ markingColor: "#0070C0" }));
    const line = find(blue, /^Status for handlingerne december 2019/);
    expect(line.cell.value).not.toMatch(/rødt/);
    expect(line.cell.value).toMatch(/farve og fed skrift/);
    expect(line.cell.style).toMatchObject({ color: "#0070C0", bold: true });
  });

  it("says plainly that nothing is marked when there is no current status date", () => {
    const none = buildOverview(seedPlan(), settings({ currentStatusDate: null }));
    const line = find(none, /ingen status er markeret/);
    expect(line.cell.style?.color).toBeUndefined();
    expect(findAll(none, /^Status for handlingerne/)).toHaveLength(0);
    expect(none.cells.flat().filter((c) => c.style?.color === "#C00000")).toHaveLength(0);
  });

  it("says when it was generated, in local time, when given a time", () => {
    const timed = buildOverview(seedPlan(), settings(), {
      generatedAt: new Date(2026, 10, 29, 8, 5),
    });
    find(timed, /^Genereret af Statusoversigt 2026-11-29 08:05 — /);
  });
});

describe("buildOverview: header and column groups", () => {
  const sheet = buildOverview(seedPlan(), settings());

  it("heads each group with its focus area in plan order, merged over text and symbol column", () => {
    const h = headerRow(sheet);
    expect(sheet.cells[h].map((c) => c.value)).toEqual([
      "Overordnet fokus",
      null,
      "Skole & Uddannelse",
      null,
      "Erhverv",
      null,
    ]);
    for (const column of [0, 2, 4]) {
      expect(sheet.merges).toContainEqual({ row: h, column, rowCount: 1, columnCount: 2 });
    }
    expect(sheet.cells[h][0].style).toMatchObject({
      bold: true,
      borderTop: "thin",
      borderBottom: "thin",
      borderLeft: "thin",
    });
    expect(sheet.cells[h][0].style?.fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(sheet.cells[h][1].style).toMatchObject({ borderRight: "thin" });
  });

  it("repeats the header row on every printed page and freezes nothing", () => {
    const h = headerRow(sheet);
    expect(sheet.page.printTitleRows).toEqual({ first: h, last: h });
    expect(sheet.frozenRows).toBeUndefined();
  });

  it("sets up A4 landscape, one page wide, with margins", () => {
    expect(sheet.page).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToPagesWide: 1,
    });
    const m = sheet.page.margins!;
    for (const side of [m.top, m.bottom, m.left, m.right]) {
      expect(side).toBeGreaterThan(0.2);
      expect(side).toBeLessThan(1.2);
    }
  });

  it("gives each focus area a wide text column and a narrow symbol column (46 + 6 for three)", () => {
    expect(sheet.columnCount).toBe(6);
    expect(sheet.columnWidths).toEqual([46, 6, 46, 6, 46, 6]);
  });

  it("orders the focus areas by the settings (any case), then the unlisted ones in plan order", () => {
    const ordered = buildOverview(
      seedPlan(),
      settings({ focusAreaOrder: ["erhverv", "Ukendt område"] })
    );
    const h = headerRow(ordered);
    expect([0, 2, 4].map((c) => ordered.cells[h][c].value)).toEqual([
      "Erhverv",
      "Overordnet fokus",
      "Skole & Uddannelse",
    ]);
    expect(ordered.cells[h + 1][0].value).toBe("Indsats: Samarbejde med andre aktører");
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("fits %i focus areas on one readable page width", (count) => {
    const s = buildOverview(areasPlan(count), settings());
    expect(s.columnCount).toBe(2 * count);
    const h = headerRow(s);
    expect(s.cells[h].filter((c) => typeof c.value === "string")).toHaveLength(count);
    const { text, symbol } = groupWidths(count);
    expect(text).toBeGreaterThanOrEqual(20);
    expect(text).toBeLessThanOrEqual(70);
    expect(symbol).toBeGreaterThanOrEqual(5);
    // Scaled to one A4-landscape page width (~145 units) the font stays at 7 pt or more.
    const total = s.columnWidths.reduce((a, b) => a + b, 0);
    expect((11 * 145) / total).toBeGreaterThanOrEqual(7);
  });
});

describe("buildOverview: bands", () => {
  const sheet = buildOverview(seedPlan(), settings());
  const h = headerRow(sheet);

  it("aligns the i-th initiative of every focus area on the same row (4/2/3 initiatives)", () => {
    const first = initiativeRows(sheet, 0);
    expect(first).toHaveLength(4);
    expect(initiativeRows(sheet, 2)).toEqual(first.slice(0, 2));
    expect(initiativeRows(sheet, 4)).toEqual(first.slice(0, 3));
    expect(first[0]).toBe(h + 1);
    expect(sheet.cells[first[1]][2].value).toBe("Indsats: Uddannelsesnetværk");
    expect(sheet.cells[first[3]][0].value).toBe("Indsats: Evaluering");
  });

  it("makes a band as tall as its longest column and leaves the shorter ones empty below", () => {
    const [b0, b1] = initiativeRows(sheet, 0);
    const ends = [0, 2, 4].map((c) => {
      let end = b0;
      for (let r = b0; r < b1; r++)
        if (sheet.cells[r][c].value !== null) end = r + rowSpan(sheet, r, c);
      return end;
    });
    // Band 0 of "Overordnet fokus": 2 headings, 3 actions (2 with notes), 2 one-line spacers.
    let lines = 0;
    for (let r = b0; r < b1; r++)
      if (sheet.cells[r][0].value !== null) lines += rowSpan(sheet, r, 0);
    expect(ends[0] - b0).toBe(lines + 2);
    // The longest column sets the band; one low closing row follows.
    expect(b1).toBe(Math.max(...ends) + 1);
    expect(ends[0]).toBe(Math.max(...ends));
    for (const [i, c] of [2, 4].entries()) {
      for (let r = ends[i + 1]; r < b1; r++) expect(sheet.cells[r][c].value).toBeNull();
    }
  });

  it("leaves a band empty for a focus area without that many initiatives", () => {
    const last = initiativeRows(sheet, 0)[3];
    for (let r = last; r < sheet.cells.length; r++) {
      for (const c of [2, 3, 4, 5]) expect(sheet.cells[r][c].value).toBeNull();
    }
  });

  it("writes the initiative heading bold and the action heading below it", () => {
    const first = sheet.cells[h + 1][0];
    expect(first.value).toBe("Indsats: Besøg/'Relationspleje'");
    expect(first.style).toMatchObject({ bold: true, wrap: true });
    expect(sheet.cells[h + 2][0].value).toBe("Handling/aktivitet:");
    expect(sheet.cells[h + 2][0].style?.bold).toBeFalsy();
  });

  it("puts each symbol in the narrow column beside its action, centred", () => {
    const action = find(sheet, "Effektmåling af indsats");
    expect(action.column).toBe(2);
    expect(sheet.cells[action.row][3].value).toBe("%");
    expect(sheet.cells[action.row][3].style?.horizontalAlignment).toBe("center");
    expect(action.cell.style).toMatchObject({ wrap: true });
  });

  it("puts an action's note right below the action's lines, and one empty line between actions", () => {
    const action = find(sheet, /^Frokost – kinesisk ambassadør/);
    const note = find(sheet, /^Frokostmøder har været afholdt/);
    expect([note.row, note.column]).toEqual([rowAfter(sheet, action), action.column]);
    expect(note.cell.style).toMatchObject({ wrap: true, italic: true });
    // When the estimate is a line too many, the spare line falls above the action (its symbol
    // still ends its last line) and below the note, never between them.
    expect(action.cell.style?.verticalAlignment).toBe("bottom");
    expect(sheet.cells[action.row][1].style?.verticalAlignment).toBe("bottom");
    expect(note.cell.style?.verticalAlignment).toBe("top");
    const spacer = rowAfter(sheet, note);
    expect(sheet.cells[spacer][0].value).toBeNull();
    expect(rowSpan(sheet, spacer, 0)).toBe(1);
    expect(sheet.cells[spacer + 1][0].value).toMatch(/^Borgmesterbesøg fra Bycirklen/);
  });

  it("makes every band row one line high and closes each band with a low shared row", () => {
    const s = buildOverview(
      planOf({ A: { I: [act("Første", "√", "Note"), act("Anden", "%")] }, B: { J: [act("B")] } }),
      settings()
    );
    const note = find(s, "Note");
    expect(s.cells[note.row + 1][0].value).toBeNull();
    expect(s.rowHeights[note.row + 1]).toBe(15);
    const second = find(s, "Anden");
    expect(second.row).toBe(note.row + 2);
    const closing = second.row + 1;
    expect(closing).toBe(s.cells.length - 1);
    expect(s.cells[closing].every((c) => c.value === null)).toBe(true);
    expect(s.rowHeights[closing]).toBeLessThan(15);
    for (let r = headerRow(s) + 1; r < closing; r++) expect(s.rowHeights[r]).toBe(15);
  });

  it("lets each column flow on its own: a short action follows its predecessor directly", () => {
    const long = "Rammesætte, støtte op om og kvalificere besøg ".repeat(4).trim();
    const s = buildOverview(
      planOf({
        A: { I: [act(long, "√"), act("A2", "%")] },
        B: { J: [act("B1", "√"), act("B2", "%"), act("B3", "(√)")] },
      }),
      settings()
    );
    const a1 = find(s, long);
    const [b1, b2, b3] = ["B1", "B2", "B3"].map((text) => find(s, text));
    expect(b1.row).toBe(a1.row);
    expect(rowSpan(s, a1.row, 0)).toBeGreaterThan(2);
    expect(b2.row).toBe(b1.row + 2);
    expect(b3.row).toBe(b2.row + 2);
    expect(b2.row).toBeLessThan(rowAfter(s, a1));
    expect(find(s, "A2").row).toBe(rowAfter(s, a1) + 1);
    // Symbols stay on their own action's line.
    expect([b2, b3].map((b) => s.cells[b.row][3].value)).toEqual(["%", "(√)"]);
  });

  it("marks the symbol and note of the current month in colour and bold, nothing else", () => {
    const current = find(sheet, /^Frokost – kinesisk ambassadør/);
    expect(sheet.cells[current.row][1].style).toMatchObject({ color: "#C00000", bold: true });
    const currentNote = rowAfter(sheet, current);
    expect(sheet.cells[currentNote][0].value).toMatch(/^Frokostmøder/);
    expect(sheet.cells[currentNote][0].style).toMatchObject({ color: "#C00000", bold: true });
    expect(current.cell.style?.color).toBeUndefined();
    expect(current.cell.style?.bold).toBeFalsy();

    const older = find(sheet, /^Borgmesterbesøg Wuxi Sister Cities/); // September: an older round
    expect(sheet.cells[older.row][1].style?.color).toBeUndefined();
    expect(sheet.cells[older.row][1].style?.bold).toBeFalsy();
    const olderNote = rowAfter(sheet, older);
    expect(sheet.cells[olderNote][0].value).toMatch(/^\(Næste Sister Cities Forum/);
    expect(sheet.cells[olderNote][0].style?.color).toBeUndefined();
    expect(sheet.cells[olderNote][0].style?.bold).toBeFalsy();

    const marked = sheet.cells
      .flat()
      .filter((c) => c.value !== null && c.style?.color === "#C00000");
    // The marking line + 2 current actions × (symbol + note).
    expect(marked).toHaveLength(5);
  });

  it("draws a line above every band, boxes every column group and closes the table", () => {
    for (const row of initiativeRows(sheet, 0)) {
      sheet.cells[row].forEach((cell) => expect(cell.style?.borderTop).toBe("thin"));
    }
    for (let r = h + 1; r < sheet.cells.length; r++) {
      for (const c of [0, 2, 4]) expect(sheet.cells[r][c].style?.borderLeft).toBe("thin");
      for (const c of [1, 3, 5]) expect(sheet.cells[r][c].style?.borderRight).toBe("thin");
    }
    const last = sheet.cells[sheet.cells.length - 1];
    last.forEach((cell) => expect(cell.style?.borderBottom).toBe("thin"));
  });

  it("uses the headings from the settings", () => {
    const s = buildOverview(
      seedPlan(),
      settings({ initiativeHeading: "Indsatsområde:", actionHeading: "Aktiviteter" })
    );
    const hr = headerRow(s);
    expect(s.cells[hr + 1][0].value).toBe("Indsatsområde: Besøg/'Relationspleje'");
    expect(s.cells[hr + 2][0].value).toBe("Aktiviteter");
  });

  it("leaves the symbol cell empty for an action without status", () => {
    const s = buildOverview(planOf({ A: { I: [act("Ikke vurderet")] } }), settings());
    const action = find(s, "Ikke vurderet");
    expect(s.cells[action.row][1].value).toBeNull();
  });
});

describe("buildOverview: text is data", () => {
  it("keeps text starting with = + - @ verbatim everywhere", () => {
    const plan = planOf({
      "=Område": {
        "+Indsats": [act("=SUM(A1:A3)", "√", "@note", DEC_2019), act("-minus", "%", "=1+1")],
      },
    });
    const s = buildOverview(plan, settings({ title: '=HYPERLINK("x")', intro: "+intro" }));
    for (const text of [
      "=Område",
      "Indsats: +Indsats",
      "=SUM(A1:A3)",
      "@note",
      "-minus",
      "=1+1",
      '=HYPERLINK("x")',
      "+intro",
    ]) {
      expect(find(s, text).cell.value).toBe(text);
    }
    expect(findAll(s, /^'/)).toHaveLength(0);
  });
});

describe("buildOverview: row heights", () => {
  it("gives every row a positive height in points", () => {
    const s = buildOverview(seedPlan(), settings());
    expect(s.rowHeights).toHaveLength(s.cells.length);
    for (const height of s.rowHeights) {
      expect(typeof height).toBe("number");
      expect(height).toBeGreaterThan(0);
    }
  });

  it("merges an item of n lines over n one-line rows in its own column only", () => {
    const long = "Rammesætte, støtte op om og kvalificere besøg ".repeat(6).trim();
    const s = buildOverview(
      planOf({ A: { I: [act("Kort", "√"), act(long, "√")] }, B: { J: [act("Kort", "√")] } }),
      settings()
    );
    const shorts = findAll(s, "Kort");
    for (const short of shorts) {
      expect(s.rowHeights[short.row]).toBe(15);
      // A single line needs no merge, neither for the text nor for the symbol.
      expect(s.merges.filter((m) => m.row === short.row)).toHaveLength(0);
    }
    const item = find(s, long);
    const width = s.columnWidths[0];
    const lines = rowSpan(s, item.row, 0);
    expect(lines).toBeGreaterThanOrEqual(Math.ceil(long.length / (width * 1.3)));
    expect(lines).toBeLessThanOrEqual(Math.ceil(long.length / (width * 1.1)) + 1);
    expect(s.merges).toContainEqual({ row: item.row, column: 0, rowCount: lines, columnCount: 1 });
    for (let r = item.row; r < item.row + lines; r++) {
      expect(s.rowHeights[r]).toBe(15);
      if (r > item.row) expect(s.cells[r][0].value).toBeNull();
    }
    // Column B is untouched by A's merge.
    expect(s.merges.filter((m) => m.row > headerRow(s) && m.column >= 2)).toHaveLength(0);
  });

  it("puts the symbol, unmerged, in the row of its action's last line", () => {
    const long = "Forsætte/pleje relation til Wuxi apptec, herunder samarbejde med copcap ".repeat(
      2
    );
    const s = buildOverview(planOf({ A: { I: [act(long.trim(), "(√)")] } }), settings());
    const item = find(s, long.trim());
    const lines = rowSpan(s, item.row, 0);
    expect(lines).toBeGreaterThan(1);
    expect(s.merges.filter((m) => m.column === 1)).toHaveLength(0);
    const last = item.row + lines - 1;
    expect(s.cells[last][1]).toMatchObject({
      value: "(√)",
      style: { verticalAlignment: "bottom" },
    });
    for (let r = item.row; r < last; r++) expect(s.cells[r][1].value).toBeNull();
  });

  it("continues an intro taller than 409 points on the rows below, merged and styled alike", () => {
    const paragraph = "Inden for hver af de tre fokusområder arbejder vi med skoler og erhverv. ";
    const intro = `${paragraph.repeat(150).trimEnd()}\n\nKontakt: Bycirklen.`;
    const s = buildOverview(seedPlan(), settings({ intro }));
    const legend = find(s, /^√ = /).row;
    // Title in row 0, the intro from row 1 to the gap row above the legend.
    const rows = s.cells.slice(1, legend - 1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((row) => row[0].value).join("")).toBe(intro);
    rows.forEach((row, i) => {
      expect(row[0].style).toEqual(rows[0][0].style);
      expect(s.merges).toContainEqual({
        row: 1 + i,
        column: 0,
        rowCount: 1,
        columnCount: s.columnCount,
      });
    });
    for (const height of s.rowHeights) expect(height).toBeLessThanOrEqual(409);
    expect(headerRow(s)).toBe(legend + 6);
  });

  it("grows the intro row with the intro's length across the merged width", () => {
    const short = buildOverview(seedPlan(), settings({ intro: "Kort intro." }));
    const long = buildOverview(
      seedPlan(),
      settings({ intro: "Inden for hver af de tre fokusområder ".repeat(20) })
    );
    expect(short.rowHeights[1]).toBe(15);
    expect(long.rowHeights[1]).toBeGreaterThan(45);
  });

  it("counts line breaks in a note", () => {
    const s = buildOverview(
      planOf({ A: { I: [act("Handling", "√", "linje 1\nlinje 2\nlinje 3")] } }),
      settings()
    );
    const note = find(s, /^linje 1/);
    expect(rowSpan(s, note.row, 0)).toBe(3);
    expect(s.rowHeights[note.row]).toBe(15);
  });
});

describe("buildOverview: shape", () => {
  function expectValidGrid(s: SheetDescription) {
    expect(s.columnWidths).toHaveLength(s.columnCount);
    expect(s.rowHeights).toHaveLength(s.cells.length);
    for (const row of s.cells) expect(row).toHaveLength(s.columnCount);
    const owner = new Map<string, number>();
    s.merges.forEach((m, i) => {
      expect(m.rowCount * m.columnCount).toBeGreaterThan(1);
      expect(m.row).toBeGreaterThanOrEqual(0);
      expect(m.column).toBeGreaterThanOrEqual(0);
      expect(m.row + m.rowCount).toBeLessThanOrEqual(s.cells.length);
      expect(m.column + m.columnCount).toBeLessThanOrEqual(s.columnCount);
      for (let r = m.row; r < m.row + m.rowCount; r++) {
        for (let c = m.column; c < m.column + m.columnCount; c++) {
          expect(owner.get(`${r},${c}`)).toBeUndefined();
          owner.set(`${r},${c}`, i);
          if (r !== m.row || c !== m.column) expect(s.cells[r][c].value).toBeNull();
        }
      }
    });
  }

  it.each([1, 3, 8])("is a valid grid with non-overlapping merges for %i focus areas", (count) => {
    expectValidGrid(buildOverview(areasPlan(count), settings()));
  });

  it("never overlaps merges when many multi-line items flow in 8 columns", () => {
    const spec: Record<string, Record<string, ReturnType<typeof act>[]>> = {};
    for (let a = 0; a < 8; a++) {
      const area: Record<string, ReturnType<typeof act>[]> = {};
      for (let i = 0; i <= a % 3; i++) {
        area[`Indsats ${a}.${i} ${"med et langt navn ".repeat(a % 2)}`] = [0, 1, 2].map((k) =>
          act(
            `Handling ${k} ${"koordinere og følge op ".repeat(1 + ((a + k) % 4))}`,
            "√",
            k % 2 ? "Note ".repeat(3 + a) : "",
            DEC_2019
          )
        );
      }
      spec[`Område ${a}`] = area;
    }
    const s = buildOverview(planOf(spec), settings());
    expectValidGrid(s);
    const bandMerges = s.merges.filter((m) => m.row > headerRow(s));
    expect(bandMerges.length).toBeGreaterThan(10);
    for (const m of bandMerges) expect(m.columnCount).toBe(1);
  });

  it("is a valid grid for the seed plan", () => {
    expectValidGrid(buildOverview(seedPlan(), settings({ intro: "Intro" })));
  });

  it("still gives a sheet for a plan without actions: title, legend and a line saying so", () => {
    for (const plan of [{ focusAreas: [] }, planOf({ A: { I: [] } })]) {
      const s = buildOverview(plan, settings());
      expectValidGrid(s);
      find(s, "Fokusområder Bycirklens Kina-samarbejde 2017-2020");
      find(s, "√ = Handlingen gennemført");
      const empty = find(s, /^Planen har endnu ingen handlinger/);
      expect(empty.cell.value).toMatch(/tabellen Handlinger på arket Plan/);
      expect(empty.row).toBe(s.cells.length - 1);
      expect(s.page.printTitleRows).toBeUndefined();
      expect(s.page).toMatchObject({ orientation: "landscape", fitToPagesWide: 1 });
    }
  });
});

describe("buildOverview: performance", () => {
  function bigPlan(actions: number, areas: number): Plan {
    const spec: Record<string, Record<string, ReturnType<typeof act>[]>> = {};
    for (let i = 0; i < actions; i++) {
      const area = `Område ${i % areas}`;
      const initiative = `Indsats ${Math.floor(i / (areas * 10))}`;
      spec[area] ??= {};
      (spec[area][initiative] ??= []).push(
        act(
          `Handling nummer ${i} med en tekst der fylder lidt mere end en linje i kolonnen`,
          i % 3 === 0 ? "√" : "%",
          i % 2 ? `Note ${i}` : "",
          i % 5 ? SEP_2019 : DEC_2019
        )
      );
    }
    return planOf(spec);
  }

  // Its speed is measured by `npm run bench` (core.overview.ms.10000), not timed here: test
  // machines are too noisy for a time limit to mean anything.
  it("builds 10,000 actions with a few shared style objects", () => {
    const s = buildOverview(bigPlan(10_000, 3), settings());
    expect(findAll(s, /^Handling nummer/)).toHaveLength(10_000);
    const styles = new Set(s.cells.flat().map((c) => c.style));
    expect(styles.size).toBeLessThan(60);
  });
});

describe("buildOverview: font", () => {
  it("names the font on every cell, Calibri by default", () => {
    const sheet = buildOverview(seedPlan(), settings());
    for (const row of sheet.cells) {
      for (const cell of row) expect(cell.style?.fontName).toBe("Calibri");
    }
    const empty = buildOverview(planOf({}), settings());
    for (const row of empty.cells) {
      for (const cell of row) expect(cell.style?.fontName).toBe("Calibri");
    }
  });

  it("sizes the lines with Calibri's widths: an action 341 px wide takes 2 lines in 322 px", () => {
    const text = "Denmark Day i Wuxi 2018 med fokus på vandrensning (?)";
    const plan = planOf({ A: { I: [act(text, "%")] }, B: { J: [] }, C: { K: [] } });
    const sheet = buildOverview(plan, settings());
    const p = find(sheet, text);
    expect(rowSpan(sheet, p.row, p.column)).toBe(2);
    expect(groupWidths(3).textPx).toBe(322);
  });

  it("measures a marked note in bold italic: 310 px italic fits in 314, 316 px bold does not", () => {
    const note = "Frokostmøder har været afholdt i 2017 og 2018. Det";
    const plan = planOf({
      A: { I: [act("a", "√", note, DEC_2019)] },
      B: { J: [act("b", "√", note, SEP_2019)] },
      C: { K: [act("c")] },
    });
    const sheet = buildOverview(plan, settings());
    const [marked, plain] = findAll(sheet, note);
    expect(rowSpan(sheet, marked.row, marked.column)).toBeGreaterThan(
      rowSpan(sheet, plain.row, plain.column)
    );
  });
});
