// The status symbol by the document's cues: a "%" right after a number is the status when a
// tab, a run of its own, or a colour or format unlike the text before sets it apart; in a
// sentence it stays text. Tabs never stay in what is imported.

import { importDocument, type DocumentImport } from "../../../src/core/word/importDocument";
import { paragraph, type WordParagraph, type WordRun } from "../../../src/core/word/document";

const RED = "#FF0000";

function read(cell: WordParagraph[], intro: WordParagraph[] = []): DocumentImport {
  const result = importDocument({
    blocks: [
      ...intro,
      {
        kind: "table",
        rows: [
          { cells: [{ paragraphs: [paragraph("Transport")] }] },
          {
            cells: [
              {
                paragraphs: [
                  paragraph("Indsats:\tBusser"),
                  paragraph("Handling/aktivitet:"),
                  ...cell,
                ],
              },
            ],
          },
        ],
      },
    ],
  });
  if (!result.ok) throw new Error(result.code);
  return result;
}

const first = (result: DocumentImport) => result.areas[0].initiatives[0].actions[0];
const runs = (...list: WordRun[]) => paragraph(list);

describe("a % right after a number", () => {
  it("is the status after a tab, and the tab is not kept", () => {
    const result = read([paragraph("Electric buses on route 4 and 7\t%")]);
    expect(first(result)).toMatchObject({
      text: "Electric buses on route 4 and 7",
      status: "%",
    });
  });

  it("is the status in a run of its own", () => {
    const result = read([runs({ text: "Electric buses on route 4 and 7 " }, { text: "%" })]);
    expect(first(result)).toMatchObject({ text: "Electric buses on route 4 and 7", status: "%" });
  });

  it("is the status when coloured unlike the text before it, and marks the round", () => {
    // One run holds the text's last word and the red symbol's space: the colour decides.
    const result = read([
      runs({ text: "Electric buses on route 4 and " }, { text: "7 " }, { text: "%", color: RED }),
    ]);
    expect(first(result)).toMatchObject({ status: "%", marked: true });
    expect(result.markedCount).toBe(1);
  });

  it("is the status when bold unlike the text before it, even glued to the number", () => {
    const result = read([runs({ text: "Andel 50" }, { text: "%", bold: true })]);
    expect(first(result)).toMatchObject({ text: "Andel 50", status: "%" });
  });

  it("is all the cues together, as the issue's document has it", () => {
    const result = read([
      runs({ text: "Electric buses on route 4 and 7" }, { text: "\t" }, { text: "%", color: RED }),
    ]);
    expect(first(result)).toMatchObject({
      text: "Electric buses on route 4 and 7",
      status: "%",
      marked: true,
    });
  });

  it("stays text in one run of the same format: a percentage", () => {
    const result = read([paragraph("Ny aftale 50 %")]);
    expect(first(result)).toMatchObject({ text: "Ny aftale 50 %", status: null });
  });

  it("stays text inside a sentence, even in a run of its own", () => {
    const result = read([
      runs({ text: "Reach 50 " }, { text: "%" }, { text: " of the schools √" }),
    ]);
    expect(first(result)).toMatchObject({ text: "Reach 50 % of the schools", status: "√" });
  });

  it("stays text in a sentence with a number: 50 % of the schools", () => {
    const result = read([paragraph("50 % of the schools")]);
    expect(first(result)).toMatchObject({ text: "50 % of the schools", status: null });
  });
});

describe("tabs read as a space", () => {
  it("in names, actions, notes and the intro", () => {
    const result = read(
      [paragraph("Møde\tmed\t\tskoler √"), paragraph("(Flyttet\ttil maj)")],
      [paragraph("Titel"), paragraph("Indledning\tmed tab")]
    );
    expect(result.areas[0].initiatives[0].name).toBe("Busser");
    expect(first(result)).toMatchObject({
      text: "Møde med skoler",
      status: "√",
      note: "(Flyttet til maj)",
    });
    expect(result.intro).toBe("Indledning med tab");
  });
});
