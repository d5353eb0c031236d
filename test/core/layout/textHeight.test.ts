import {
  lineCapacity,
  lineHeight,
  textHeight,
  wrappedLines,
} from "../../../src/core/layout/textHeight";

describe("wrappedLines", () => {
  it("needs no line for no text and one for text that fits", () => {
    expect(wrappedLines("", 10)).toBe(0);
    expect(wrappedLines("kort", 10)).toBe(1);
    expect(wrappedLines("0123456789", 10)).toBe(1);
  });

  it("wraps at spaces, moving a word that does not fit to the next line", () => {
    expect(wrappedLines("aaaa bbbb", 9)).toBe(1);
    expect(wrappedLines("aaaa bbbbb", 9)).toBe(2);
    expect(wrappedLines("aaa bbb ccc ddd", 7)).toBe(2);
    expect(wrappedLines("aaa bbb ccc ddd", 6)).toBe(4);
  });

  it("breaks a word longer than a line", () => {
    expect(wrappedLines("x".repeat(25), 10)).toBe(3);
    expect(wrappedLines(`ab ${"x".repeat(25)} cd`, 10)).toBe(4);
  });

  it("starts a new line at every line break, including empty lines and CRLF", () => {
    expect(wrappedLines("a\nb", 10)).toBe(2);
    expect(wrappedLines("a\r\nb\rc", 10)).toBe(3);
    expect(wrappedLines("a\n\nb", 10)).toBe(3);
  });

  it("ignores runs of spaces between words", () => {
    expect(wrappedLines("aaaa    bbbb", 9)).toBe(1);
  });
});

describe("textHeight", () => {
  it("is 15 pt per line at 11 pt and scales with the font size", () => {
    expect(lineHeight()).toBe(15);
    expect(lineHeight(16)).toBeCloseTo(21.75);
    expect(textHeight("kort", 46)).toBe(15);
    expect(textHeight("", 46)).toBe(15);
  });

  it("grows with the text and shrinks with the width", () => {
    const text = "Rammesætte, støtte op om og kvalificere besøg (forslag til besøgsinput)";
    expect(textHeight(text, 46)).toBe(30);
    expect(textHeight(text, 20)).toBeGreaterThan(textHeight(text, 46));
    expect(textHeight(text.repeat(4), 46)).toBeGreaterThan(textHeight(text, 46));
  });

  it("fits fewer characters per line for bold and larger text", () => {
    expect(lineCapacity(46, { bold: true })).toBeLessThan(lineCapacity(46));
    expect(lineCapacity(46, { fontSize: 16 })).toBeLessThan(lineCapacity(46));
    expect(lineCapacity(0.1)).toBe(1);
  });
});
