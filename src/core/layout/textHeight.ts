// Row-height estimates for wrapped text. Hosts that cannot auto-fit (ExcelJS files opened in
// LibreOffice, merged cells everywhere) would otherwise print wrapped text clipped to one line.

import { FONT_SIZE } from "./styles";

/** Points per text line at 11 pt (Excel's default row height for Calibri 11). */
export const LINE_HEIGHT = 15;

/**
 * Characters of running text per character unit of column width. A column width counts the
 * widths of the digit "0"; average prose is narrower (≈1.3 in Calibri, ≈1.25 in LibreOffice's
 * substitute DejaVu Sans, measured on the Bycirklen plan). 1.2 stays on the safe side: a row
 * a little too tall shows a gap, one too short hides text.
 */
const CHARS_PER_WIDTH_UNIT = 1.2;
/** Bold text is about a tenth wider. */
const BOLD_FACTOR = 0.9;

export interface TextFont {
  fontSize?: number;
  bold?: boolean;
}

/** Points per line for a font size. */
export function lineHeight(fontSize: number = FONT_SIZE): number {
  return Math.round(((LINE_HEIGHT * fontSize) / FONT_SIZE) * 4) / 4;
}

/** Characters that fit on one line of a column `width` units wide. */
export function lineCapacity(width: number, font: TextFont = {}): number {
  const size = font.fontSize ?? FONT_SIZE;
  const factor = CHARS_PER_WIDTH_UNIT * (FONT_SIZE / size) * (font.bold ? BOLD_FACTOR : 1);
  return Math.max(1, Math.floor(width * factor));
}

const SPACE = 32;
const LF = 10;
const CR = 13;

/** Wrapping state, module-level so that the hot loop below allocates no closure. */
const wrap = { lines: 0, used: 0 };

/** Puts a word of `word` characters on the current line, or starts a new one. */
function placeWord(word: number, capacity: number): void {
  if (word === 0) return;
  if (wrap.used > 0 && wrap.used + 1 + word <= capacity) {
    wrap.used += 1 + word;
    return;
  }
  if (wrap.used > 0) wrap.lines++;
  const extra = Math.ceil(word / capacity) - 1; // a word longer than a line is broken
  wrap.lines += extra;
  wrap.used = word - extra * capacity;
}

/**
 * Lines that `text` needs when wrapped at spaces into lines of `capacity` characters; line
 * breaks in the text start a new line. Scans the characters once without allocating: it runs
 * for every cell of large plans.
 */
export function wrappedLines(text: string, capacity: number): number {
  const length = text.length;
  if (length === 0) return 0;
  wrap.lines = 1;
  wrap.used = 0;
  let word = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== LF && c !== CR) {
      word++;
      continue;
    }
    placeWord(word, capacity);
    word = 0;
    if (c === SPACE) continue;
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    wrap.lines++;
    wrap.used = 0;
  }
  placeWord(word, capacity);
  return wrap.lines;
}

/** Estimated row height in points for `text` wrapped in a column `width` units wide. */
export function textHeight(text: string, width: number, font: TextFont = {}): number {
  const lines = Math.max(1, wrappedLines(text, lineCapacity(width, font)));
  return lines * lineHeight(font.fontSize);
}
