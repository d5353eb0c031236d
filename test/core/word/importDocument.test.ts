// The action-vs-note decision and the import's settings, on document models built in code.

import { exportDocument } from "../../../src/core/word/exportDocument";
import {
  importDocument,
  importedPlan,
  importedSettings,
  type DocumentImport,
} from "../../../src/core/word/importDocument";
import {
  paragraph,
  type WordDocument,
  type WordParagraph,
  type WordRun,
  type WordTable,
} from "../../../src/core/word/document";
import { defaultSettings } from "../../../src/core/settings";

const RED = "#FF0000";
const text = (t: string, run: Partial<WordRun> = {}): WordParagraph =>
  paragraph([{ text: t, ...run }]);

function docWith(cell: WordParagraph[], before: WordParagraph[] = []): WordDocument {
  const table: WordTable = {
    kind: "table",
    rows: [
      { cells: [{ paragraphs: [text("Skole")] }] },
      { cells: [{ paragraphs: [text("Indsats: Netværk"), text("Handling/aktivitet:"), ...cell] }] },
    ],
  };
  return { blocks: [...before, table] };
}

function read(cell: WordParagraph[]): DocumentImport {
  const result = importDocument(docWith(cell));
  if (!result.ok) throw new Error(result.code);
  return result;
}

function actions(result: DocumentImport) {
  return result.areas[0].initiatives[0].actions.map(({ text, status, note }) => ({
    text,
    status,
    note,
  }));
}

describe("action or note", () => {
  it("takes a paragraph in parentheses, in italics or in red after an action as its note", () => {
    for (const note of [
      text("(Aktivitet blev ikke relevant)"),
      text("Aktivitet blev ikke relevant", { italic: true }),
      text("Aktivitet blev ikke relevant", { color: RED }),
    ]) {
      const result = read([text("Denmark Day %"), note]);
      expect(actions(result)).toEqual([
        { text: "Denmark Day", status: "%", note: note.runs[0].text },
      ]);
      expect(result.doubts).toEqual([]);
    }
  });

  it("takes a paragraph in the previous note's colour as a note", () => {
    const blue = { color: "#0070C0" };
    const result = read([
      text("Møde √"),
      text("Første note", { italic: true, ...blue }),
      text("Besøg √"),
      text("Anden note", blue),
    ]);
    expect(actions(result).map((a) => a.note)).toEqual(["Første note", "Anden note"]);
  });

  it("opens an action for a paragraph that a lone symbol or a marked note follows", () => {
    const result = read([
      text("Afu & Axi √"),
      text("Organisere en idrætsdelegation"),
      text("(Arbejdet er igangsat)", { color: RED }),
      text("(√)", { color: RED }),
    ]);
    expect(actions(result)).toEqual([
      { text: "Afu & Axi", status: "√", note: "" },
      { text: "Organisere en idrætsdelegation", status: "(√)", note: "(Arbejdet er igangsat)" },
    ]);
    expect(result.markedCount).toBe(1);
  });

  it("opens an action for the first paragraph and for a plain paragraph after a note", () => {
    const result = read([text("Planlægge besøg"), text("(Afventer svar)"), text("Nyt materiale")]);
    expect(actions(result)).toEqual([
      { text: "Planlægge besøg", status: null, note: "(Afventer svar)" },
      { text: "Nyt materiale", status: null, note: "" },
    ]);
  });

  it("keeps an unsure paragraph as a note and reports it with its text", () => {
    const result = read([text("Møde med skoler √"), text("Tovholder er fundet"), text("Besøg √")]);
    expect(actions(result)).toEqual([
      { text: "Møde med skoler", status: "√", note: "Tovholder er fundet" },
      { text: "Besøg", status: "√", note: "" },
    ]);
    expect(result.doubts).toEqual([
      {
        severity: "warning",
        code: "word.doubt.noteOrAction",
        params: { focusArea: "Skole", initiative: "Netværk", text: "Tovholder er fundet" },
      },
    ]);
  });

  it("reads a plain paragraph after an action as an action when the document's notes are italic", () => {
    const result = read([
      text("Møde √"),
      text("Holdt i maj", { italic: true }),
      text("Besøg √"),
      text("Kursus"),
      text("Messe %"),
    ]);
    expect(actions(result).map((a) => a.text)).toEqual(["Møde", "Besøg", "Kursus", "Messe"]);
    expect(result.doubts).toEqual([]);
  });

  it("reports text it cannot place instead of dropping it silently", () => {
    const table: WordTable = {
      kind: "table",
      rows: [
        { cells: [{ paragraphs: [text("Skole")] }, { paragraphs: [text("Erhverv")] }] },
        {
          cells: [
            { paragraphs: [text("Løs tekst"), text("Indsats: Netværk"), text("√")] },
            { paragraphs: [text("Indsats: Tom")] },
          ],
        },
      ],
    };
    const result = importDocument({ blocks: [table] });
    if (!result.ok) throw new Error(result.code);
    expect(result.doubts.map((d) => [d.code, d.params?.text])).toEqual([
      ["word.doubt.outsideInitiative", "Løs tekst"],
      ["word.doubt.loneSymbol", "√"],
      ["word.doubt.noActions", "Netværk"],
      ["word.doubt.emptyFocusArea", "Skole"],
      ["word.doubt.noActions", "Tom"],
      ["word.doubt.emptyFocusArea", "Erhverv"],
    ]);
  });
});

describe("settings and rounds", () => {
  it("takes the latest marked round, a given round over the document's, and dates only red actions", () => {
    const before = [
      text("Min plan", { bold: true }),
      text("Indledning."),
      text("(Status september 2019 markeret med rødt)"),
      text("Status for handlingerne december 2019 er markeret med rødt"),
      text("√ = Handlingen gennemført"),
      text("Efter legenden"),
    ];
    const result = importDocument(
      docWith([text("Møde √"), text("Besøg "), text("√", { color: RED })], before)
    );
    if (!result.ok) throw new Error(result.code);
    expect(result.documentRound).toEqual({ year: 2019, month: 12 });
    const settings = importedSettings(result, result.documentRound);
    expect(settings).toMatchObject({
      title: "Min plan",
      intro: "Indledning.",
      focusAreaOrder: ["Skole"],
    });
    const given = { year: 2020, month: 1 };
    const dates = importedPlan(result, given).focusAreas[0].initiatives[0].actions.map(
      (a) => a.statusDate
    );
    expect(dates).toEqual([null, given]);
  });

  it("imports in the language asked for", () => {
    const result = importDocument(docWith([text("Møde √")]), { language: "en" });
    expect(result.ok && importedSettings(result, null).language).toBe("en");
  });
});

describe("export description", () => {
  const round = { year: 2019, month: 12 };
  const plan = {
    focusAreas: [
      {
        name: "Skole",
        initiatives: [
          {
            name: "Netværk",
            actions: [
              { text: "Møde", status: "√" as const, note: "Holdt", statusDate: round, row: 2 },
              { text: "Besøg", status: null, note: "", statusDate: null, row: 3 },
            ],
          },
        ],
      },
    ],
  };
  const settings = { ...defaultSettings("da"), title: "Plan", currentStatusDate: round };
  const doc = exportDocument(plan, settings);

  it("is A4 landscape with title, legend and the marking line in the marking colour", () => {
    expect(doc.page).toEqual({ orientation: "landscape" });
    const paragraphs = doc.blocks.filter((b): b is WordParagraph => b.kind === "paragraph");
    expect(paragraphs[0]).toMatchObject({ role: "title", runs: [{ text: "Plan", bold: true }] });
    const lines = paragraphs.map((p) => p.runs.map((r) => r.text).join(""));
    expect(lines).toContain("√ = Handlingen gennemført");
    const marking = paragraphs.find((p) => /december 2019/.test(p.runs[0]?.text ?? ""));
    expect(marking?.runs[0]).toMatchObject({ bold: true, color: "#C00000" });
  });

  it("has a repeated header row and the band items, the current round's symbol and note marked", () => {
    const table = doc.blocks.find((b): b is WordTable => b.kind === "table") as WordTable;
    expect(table.rows[0].header).toBe(true);
    expect(table.rows[0].cells[0].paragraphs[0].runs[0].text).toBe("Skole");
    const cell = table.rows[1].cells[0].paragraphs;
    expect(cell.map((p) => p.runs.map((r) => r.text).join(""))).toEqual([
      "Indsats: Netværk",
      "Handling/aktivitet:",
      "Møde √",
      "Holdt",
      "",
      "Besøg",
    ]);
    expect(cell[2].runs[2]).toEqual({ text: "√", bold: true, color: "#C00000" });
    expect(cell[3].runs[0]).toEqual({ text: "Holdt", italic: true, bold: true, color: "#C00000" });
  });
});
