// The founding document's layout (all 40 actions of the example, three red December remarks)
// and its English variant, read from .docx files the docx package builds.

import { Paragraph, TextRun } from "docx";
import { DECEMBER_2019 } from "../../examples/bycirklen-kina-2017-2020.source";
import * as source from "../../examples/bycirklen-kina-2017-2020.source";
import { importedSettings } from "../../src/core/word/importDocument";
import { foundingDocument } from "./fixtures/foundingDocument";
import { importBytes, importedPlan, planRows } from "./support";

/** The example as the document shows it: only the current round (December, red) is known. */
function expectedRows() {
  return source.focusAreas.flatMap((area) =>
    area.initiatives.flatMap((initiative) =>
      initiative.actions.map((a) => ({
        focusArea: area.name,
        initiative: initiative.name,
        text: a.text,
        status: a.status,
        note: a.note ?? "",
        statusDate: a.round && a.round.year === 2019 && a.round.month === 12 ? DECEMBER_2019 : null,
      }))
    )
  );
}

describe("import of the founding document's layout", () => {
  let imported: Awaited<ReturnType<typeof importBytes>>;
  beforeAll(async () => {
    imported = await importBytes(await foundingDocument());
  });

  it("reads all 40 actions with their symbols and notes, in order", () => {
    const rows = planRows(importedPlan(imported, imported.documentRound));
    expect(rows).toHaveLength(40);
    expect(rows).toEqual(expectedRows());
  });

  it("finds the three red December remarks and the round from the document's sentence", () => {
    expect(imported.documentRound).toEqual(DECEMBER_2019);
    expect(imported.markedCount).toBe(3);
    const marked = planRows(importedPlan(imported, imported.documentRound))
      .filter((r) => r.statusDate)
      .map((r) => r.text.slice(0, 20));
    expect(marked).toEqual([
      "Frokost – kinesisk a",
      "Borgmesterbesøg Wuxi",
      "Organisere en Bycirk",
    ]);
    expect(imported.markingColor).toMatch(/^#(FF0000|C00000|B22222)$/);
  });

  it("reads title, intro (without the marking sentences) and the focus-area order", () => {
    const settings = importedSettings(imported, imported.documentRound);
    expect(settings.title).toBe(source.title);
    expect(settings.intro).toBe(source.intro);
    expect(settings.focusAreaOrder).toEqual(source.focusAreaOrder);
    expect(settings.currentStatusDate).toEqual(DECEMBER_2019);
    expect(settings.language).toBe("da");
  });

  it("reports no doubts: every paragraph is decided by the document's cues", () => {
    expect(imported.doubts).toEqual([]);
  });
});

describe("import of an English document", () => {
  it("reads English headings, the English round sentence and sets English", async () => {
    const bytes = await foundingDocument({
      headings: { initiative: "Initiative:", action: "Action/activity:" },
      top: [
        new Paragraph({
          children: [new TextRun({ text: "China cooperation 2017-2020", bold: true })],
        }),
        new Paragraph("We chose three focus areas."),
        new Paragraph("The status for March 2020 is marked in red."),
        new Paragraph("√ = Action completed"),
        new Paragraph("% = Action not completed"),
        new Paragraph("(√) = Action partly completed"),
      ],
    });
    const imported = await importBytes(bytes);
    expect(imported.language).toBe("en");
    expect(imported.title).toBe("China cooperation 2017-2020");
    expect(imported.intro).toBe("We chose three focus areas.");
    expect(imported.documentRound).toEqual({ year: 2020, month: 3 });
    const rows = planRows(importedPlan(imported, imported.documentRound));
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.statusDate).map((r) => r.statusDate)).toEqual([
      { year: 2020, month: 3 },
      { year: 2020, month: 3 },
      { year: 2020, month: 3 },
    ]);
  });
});
