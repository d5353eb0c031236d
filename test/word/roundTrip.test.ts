// Export → .docx → import gives back the same plan: actions, symbols, notes, current-round
// dates, and the settings the document carries.

import { exampleSettings } from "../../examples/build-example";
import { sameMonth } from "../../src/core/dates";
import type { Plan, Settings } from "../../src/core/model";
import { readPlan } from "../../src/core/readPlan";
import { defaultSettings } from "../../src/core/settings";
import { PLAN_HEADER, generatedPlanRows } from "../support/generatedPlan";
import { exportDocument } from "../../src/core/word/exportDocument";
import { importedSettings } from "../../src/core/word/importDocument";
import { writeDocx } from "../../src/word/writeDocx";
import { examplePlan, importBytes, importedPlan, planRows } from "./support";

/** What a document can carry: the current round's dates; earlier rounds are not marked. */
function asDocumentShowsIt(plan: Plan, settings: Settings) {
  return planRows(plan).map((row) => ({
    ...row,
    statusDate: sameMonth(row.statusDate, settings.currentStatusDate) ? row.statusDate : null,
  }));
}

async function roundTrip(plan: Plan, settings: Settings) {
  const bytes = await writeDocx(exportDocument(plan, settings));
  const imported = await importBytes(bytes);
  return { imported, plan: importedPlan(imported, imported.documentRound) };
}

describe("round trip: export, then import", () => {
  it("gives back the example plan and its settings", async () => {
    const plan = examplePlan();
    const settings = exampleSettings();
    const back = await roundTrip(plan, settings);
    expect(planRows(back.plan)).toEqual(asDocumentShowsIt(plan, settings));
    expect(back.imported.doubts).toEqual([]);
    const s = importedSettings(back.imported, back.imported.documentRound);
    expect(s).toMatchObject({
      title: settings.title,
      intro: settings.intro,
      currentStatusDate: settings.currentStatusDate,
      focusAreaOrder: settings.focusAreaOrder,
      markingColor: settings.markingColor,
      language: "da",
    });
  });

  it("keeps an English plan English, notes with line breaks, and a custom marking colour", async () => {
    const round = { year: 2020, month: 3 };
    const plan: Plan = {
      focusAreas: [
        {
          name: "Schools",
          initiatives: [
            {
              name: "Network",
              actions: [
                {
                  text: "Found the network",
                  status: "√",
                  note: "Ten schools\njoined",
                  statusDate: round,
                  row: 2,
                },
                { text: "Measure the effect", status: "%", note: "", statusDate: null, row: 3 },
              ],
            },
          ],
        },
        {
          name: "Business",
          initiatives: [
            {
              name: "Doors",
              actions: [{ text: "Trade fair", status: "(√)", note: "", statusDate: round, row: 4 }],
            },
            {
              name: "Investment",
              actions: [{ text: "Visit", status: null, note: "", statusDate: null, row: 5 }],
            },
          ],
        },
      ],
    };
    const settings: Settings = {
      ...exampleSettings(),
      title: "Status",
      intro: "",
      language: "en",
      initiativeHeading: "Initiative:",
      actionHeading: "Action/activity:",
      currentStatusDate: round,
      focusAreaOrder: ["Business", "Schools"],
      markingColor: "#FF0000",
    };
    const back = await roundTrip(plan, settings);
    expect(back.imported.language).toBe("en");
    expect(back.imported.markingColor).toBe("#FF0000");
    // The overview's column order comes back as the plan's area order.
    const expected = asDocumentShowsIt(plan, settings);
    expect(planRows(back.plan)).toEqual([...expected.slice(2), ...expected.slice(0, 2)]);
  });

  it("gives back a generated plan where statusless actions follow complete ones", async () => {
    const { plan } = readPlan({
      kind: "table",
      sheet: "Plan",
      firstColumn: 0,
      headerRow: 1,
      header: PLAN_HEADER,
      rows: generatedPlanRows(120),
    });
    const settings = { ...defaultSettings("da"), currentStatusDate: { year: 2019, month: 12 } };
    const back = await roundTrip(plan, settings);
    expect(planRows(back.plan)).toEqual(asDocumentShowsIt(plan, settings));
    expect(back.imported.doubts).toEqual([]);
  });
});
