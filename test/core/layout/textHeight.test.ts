import { columnWidthPx, wrapWidthPx } from "../../../src/core/layout/excelUnits";
import { lineHeight, textHeight, textLines } from "../../../src/core/layout/textHeight";
import { textWidthPx, wrappedLineCount } from "../../../src/core/layout/wrap";

// Widths below are Carlito's (= Calibri's) advance widths at 11 pt, 96 dpi: 2048 units per em,
// 14.667 px per em. "0" is 1038 units = 7.43 px; a space 463 units = 3.32 px.
const px = (units: number) => (units * (11 * 96)) / 72 / 2048;

describe("textWidthPx", () => {
  it("adds the font's advance widths at the font size", () => {
    expect(textWidthPx("0")).toBeCloseTo(px(1038), 6);
    expect(textWidthPx("0 0")).toBeCloseTo(px(1038 * 2 + 463), 6);
    expect(textWidthPx("0", { fontSize: 22 })).toBeCloseTo(2 * px(1038), 6);
  });

  it("measures bold and italic with their own widths", () => {
    const text = "Rammesætte, støtte op om og kvalificere besøg";
    expect(textWidthPx(text, { bold: true })).toBeGreaterThan(textWidthPx(text));
    expect(textWidthPx(text, { italic: true })).not.toBeCloseTo(textWidthPx(text), 1);
  });

  it("knows Latin-1, Latin Extended-A and the plan's symbols; a full em for the rest", () => {
    expect(textWidthPx("Æ")).toBeGreaterThan(textWidthPx("A"));
    expect(textWidthPx("ł")).toBeGreaterThan(0);
    expect(textWidthPx("√")).toBeCloseTo(px(1024), 0);
    expect(textWidthPx("…")).toBeGreaterThan(textWidthPx("."));
    expect(textWidthPx("无")).toBeCloseTo(px(2048), 6);
  });

  it("measures the example's action that the old estimate gave one line in a 322 px column", () => {
    const text = "Denmark Day i Wuxi 2018 med fokus på vandrensning (?)";
    expect(textWidthPx(text)).toBeCloseTo(340.7, 1);
    expect(textLines(text, 322)).toBe(2);
  });
});

describe("Excel's column units", () => {
  it("turns character widths into pixels as Excel does (max digit width 7 px)", () => {
    expect(columnWidthPx(46)).toBe(322);
    expect(columnWidthPx(6)).toBe(42);
    expect(columnWidthPx(8.43)).toBe(59);
  });

  it("leaves the cell padding and a safety margin free", () => {
    expect(wrapWidthPx(322)).toBe(314);
  });
});

describe("wrappedLineCount", () => {
  const zero = px(1038);
  const space = px(463);

  it("needs no line for no text and one for text that fits", () => {
    expect(wrappedLineCount("", 100)).toBe(0);
    expect(wrappedLineCount("0000", 4 * zero + 0.01)).toBe(1);
    expect(wrappedLineCount("0000", 4 * zero - 0.01)).toBe(2);
  });

  it("wraps greedily at spaces, the space counting only between words on one line", () => {
    const two = 4 * zero + space + 4 * zero;
    expect(wrappedLineCount("0000 0000", two + 0.01)).toBe(1);
    expect(wrappedLineCount("0000 0000", two - 0.01)).toBe(2);
    expect(wrappedLineCount("0000 0000 0000", two + 0.01)).toBe(2);
    expect(wrappedLineCount("00 00 00 00", 2 * zero + 0.01)).toBe(4);
  });

  it("breaks a word wider than the line by character", () => {
    expect(wrappedLineCount("0".repeat(25), 10 * zero + 0.01)).toBe(3);
    expect(wrappedLineCount(`00 ${"0".repeat(25)} 00`, 10 * zero + 0.01)).toBe(4);
  });

  it("starts a new line at every line break, including empty lines and CRLF", () => {
    expect(wrappedLineCount("a\nb", 100)).toBe(2);
    expect(wrappedLineCount("a\r\nb\rc", 100)).toBe(3);
    expect(wrappedLineCount("a\n\nb", 100)).toBe(3);
  });

  it("fits fewer words per line in bold and in larger text", () => {
    const text = "Rammesætte, støtte op om og kvalificere besøg (forslag til besøgsinput)";
    const width = textWidthPx(text) + 1;
    expect(wrappedLineCount(text, width)).toBe(1);
    expect(wrappedLineCount(text, width, { bold: true })).toBe(2);
    expect(wrappedLineCount(text, width, { fontSize: 16 })).toBe(2);
  });
});

describe("textHeight", () => {
  it("is 15 pt per line at 11 pt and scales with the font size", () => {
    expect(lineHeight()).toBe(15);
    expect(lineHeight(16)).toBeCloseTo(21.75);
    expect(textHeight("kort", 322)).toBe(15);
    expect(textHeight("", 322)).toBe(15);
  });

  it("grows with the text and shrinks with the width", () => {
    const text = "Rammesætte, støtte op om og kvalificere besøg (forslag til besøgsinput)";
    expect(textHeight(text, 322)).toBe(30);
    expect(textHeight(text, 140)).toBeGreaterThan(textHeight(text, 322));
    expect(textHeight(text.repeat(4), 322)).toBeGreaterThan(textHeight(text, 322));
  });
});
