import { rowPieces } from "../../../src/core/layout/splitText";

const splitToRows = (text: string, cellPx: number) => rowPieces(text, cellPx).map((p) => p.text);
import { textHeight, textLines } from "../../../src/core/layout/textHeight";

// A 36-character column (the changes sheet's Før/Efter): 257 px.
const NOTE_PX = 257;
const sentence = "Partnerne i Wuxi har bedt om en ny plan for udvekslingen af lærere. ";
const note = (length: number) =>
  sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);

describe("splitToRows", () => {
  it("keeps a text that fits as one piece", () => {
    expect(splitToRows("Kort note.", NOTE_PX)).toEqual(["Kort note."]);
    expect(rowPieces("Kort note.", NOTE_PX)).toEqual([{ text: "Kort note.", height: 15 }]);
  });

  it.each([1200, 5000])(
    "splits a %i-character note into pieces of at most 409 points that make up the note",
    (length) => {
      const text = note(length);
      expect(textHeight(text, NOTE_PX)).toBeGreaterThan(409);
      const pieces = rowPieces(text, NOTE_PX);
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.map((p) => p.text).join("")).toBe(text);
      for (const piece of pieces) {
        expect(piece.height).toBeLessThanOrEqual(409);
        expect(piece.height).toBe(textHeight(piece.text.trimEnd(), NOTE_PX));
        // Split between words: every piece but the last ends with the space before a word.
        expect(piece.text).toMatch(/^\S/);
      }
      for (const piece of pieces.slice(0, -1)) {
        expect(piece.text).toMatch(/ $/);
        // As full as a row allows: 27 lines of 15 pt, the next word would need a 28th.
        expect(textLines(piece.text.trimEnd(), NOTE_PX)).toBe(27);
      }
    }
  );

  it("splits at line breaks too, leaving them at the end of the earlier piece", () => {
    const text = Array.from({ length: 40 }, (_, i) => `Linje ${i + 1}`).join("\n");
    const pieces = splitToRows(text, NOTE_PX);
    expect(pieces.join("")).toBe(text);
    expect(pieces).toHaveLength(2);
    expect(pieces[0]).toMatch(/^Linje 1\n[^]*Linje 27\n$/);
    expect(pieces[1]).toMatch(/^Linje 28\n/);
  });

  it("uses the font's line height: larger text takes fewer lines per piece", () => {
    const text = note(1200);
    const large = rowPieces(text, NOTE_PX, { fontSize: 16, bold: true });
    expect(large.map((p) => p.text).join("")).toBe(text);
    for (const piece of large) expect(piece.height).toBeLessThanOrEqual(409);
    expect(large.length).toBeGreaterThan(rowPieces(text, NOTE_PX).length);
  });

  it("never splits inside a word: a word taller than a row stays a piece of its own", () => {
    const url = `https://example.org/${"a".repeat(1500)}`;
    const text = `Se ${url} for detaljer.`;
    const pieces = rowPieces(text, 50);
    expect(pieces.map((p) => p.text)).toEqual(["Se ", `${url} `, "for detaljer."]);
    expect(pieces[1].height).toBeGreaterThan(409);
    expect(pieces[0].height).toBeLessThanOrEqual(409);
  });
});
