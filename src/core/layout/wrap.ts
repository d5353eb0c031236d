// Excel's word wrap, simulated with the font's real advance widths: greedy, at spaces; line
// breaks in the text start a new line; a word wider than the line is broken by character.
// Runs for every text item of large plans, so it scans each text once and allocates nothing.

import { FONT_SIZE } from "./styles";
import { DEFAULT_FONT, fontMetrics, styleIndex } from "./fonts";

export interface TextFont {
  /** A supported font name (see fonts.ts); Calibri by default. */
  name?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
}

const SPACE = 32;
const LF = 10;
const CR = 13;
const PX_PER_PT = 96 / 72;

interface Widths {
  table: Float64Array;
  symbols: Map<number, number>;
  fallback: number;
  /** Font units per pixel at the font size. */
  unitsPerPx: number;
}

function widthsOf(font: TextFont): Widths {
  const metrics = fontMetrics(font.name ?? DEFAULT_FONT);
  const s = styleIndex(font.bold, font.italic);
  const sizePx = (font.fontSize ?? FONT_SIZE) * PX_PER_PT;
  return {
    table: metrics.tables[s],
    symbols: metrics.symbols[s],
    fallback: metrics.defaultWidth,
    unitsPerPx: metrics.unitsPerEm / sizePx,
  };
}

function charWidth(w: Widths, code: number): number {
  if (code < w.table.length) return w.table[code];
  return w.symbols.get(code) ?? w.fallback;
}

/** Width of `text` on one line, in pixels at 96 dpi (no kerning: Excel applies none). */
export function textWidthPx(text: string, font: TextFont = {}): number {
  const w = widthsOf(font);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += charWidth(w, text.charCodeAt(i));
  return units / w.unitsPerPx;
}

/** Wrapping state, module-level so that the loop below allocates no closure. */
const line = { count: 0, used: 0 };

/** Places the word text[start, end) of `width` units on the current line or the next ones. */
function placeWord(
  text: string,
  start: number,
  end: number,
  width: number,
  gap: number,
  capacity: number,
  w: Widths
): void {
  if (line.used > 0 && line.used + gap + width <= capacity) {
    line.used += gap + width;
    return;
  }
  if (line.used > 0) line.count++;
  if (width <= capacity) {
    line.used = width;
    return;
  }
  // Wider than a line: broken by character, as Excel does.
  let used = 0;
  for (let i = start; i < end; i++) {
    const cw = charWidth(w, text.charCodeAt(i));
    if (used > 0 && used + cw > capacity) {
      line.count++;
      used = 0;
    }
    used += cw;
  }
  line.used = used;
}

/**
 * Lines `text` takes when Excel wraps it into `widthPx` pixels (the cell's text width, see
 * `wrapWidthPx`). 0 for empty text.
 */
export function wrappedLineCount(text: string, widthPx: number, font: TextFont = {}): number {
  const length = text.length;
  if (length === 0) return 0;
  const w = widthsOf(font);
  const capacity = widthPx * w.unitsPerPx;
  const table = w.table;
  line.count = 1;
  line.used = 0;
  let wordStart = 0;
  let word = 0;
  let gap = 0; // spaces between the line's text and the next word
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== LF && c !== CR) {
      if (word === 0) wordStart = i;
      word += c < table.length ? table[c] : charWidth(w, c);
      continue;
    }
    if (word > 0) {
      placeWord(text, wordStart, i, word, gap, capacity, w);
      word = 0;
      gap = 0;
    }
    if (c === SPACE) {
      gap += table[SPACE];
      continue;
    }
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
    line.count++;
    line.used = 0;
    gap = 0;
  }
  if (word > 0) placeWord(text, wordStart, length, word, gap, capacity, w);
  return line.count;
}
