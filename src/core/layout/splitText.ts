// Splits a text too tall for one row (Excel's limit: 409 points) into pieces for consecutive
// rows, each as tall as a row may be. Pieces end at a word boundary, the spaces and line breaks
// that separate them kept at the end of the earlier piece, so the pieces put together are the
// text exactly. That trailing space is left out of the piece's height: in a top-aligned cell it
// would only be an empty line below the text.

import { MAX_ROW_HEIGHT } from "../rowHeights";
import { lineHeight, textHeight, textLines, type TextFont } from "./textHeight";

const SEPARATOR = /[ \r\n]/;
const TRAILING = /[ \r\n]+$/;

/** Lines a piece shows: without its trailing spaces and line breaks. */
function pieceLines(piece: string, cellPx: number, font: TextFont): number {
  return textLines(piece.replace(TRAILING, ""), cellPx, font);
}

/** Where a word starts after a space or line break: the places the text may be split. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (SEPARATOR.test(text[i - 1]) && !SEPARATOR.test(text[i])) starts.push(i);
  }
  starts.push(text.length);
  return starts;
}

/**
 * The pieces of a text known to be taller than a row, each fitting one (wrapped as `textLines`
 * wraps it). A piece is never split inside a word: a word taller than a row on its own (a long
 * URL in a narrow column) stays a piece taller than a row, and the caller caps its row
 * (`capRowHeights`).
 */
function split(text: string, cellPx: number, font: TextFont): string[] {
  const maxLines = Math.max(1, Math.floor(MAX_ROW_HEIGHT / lineHeight(font.fontSize)));
  const starts = wordStarts(text);
  const pieces: string[] = [];
  let from = 0;
  let next = 0; // index into `starts` of the first split place after `from`
  while (from < text.length) {
    while (starts[next] <= from) next++;
    // Greedy wrapping gives a longer prefix never fewer lines: the longest one that fits is
    // found by bisection. At least one word goes into each piece, fitting or not.
    let lo = next;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (pieceLines(text.slice(from, starts[mid]), cellPx, font) <= maxLines) lo = mid;
      else hi = mid - 1;
    }
    pieces.push(text.slice(from, starts[lo]));
    from = starts[lo];
  }
  return pieces;
}

export interface RowPiece {
  text: string;
  /** Points: the piece's lines, without the space or line break that ends it. */
  height: number;
}

/** `text` in pieces for consecutive rows, with their heights; a text that fits is one piece. */
export function rowPieces(text: string, cellPx: number, font: TextFont = {}): RowPiece[] {
  const height = textHeight(text, cellPx, font);
  if (height <= MAX_ROW_HEIGHT) return [{ text, height }];
  const line = lineHeight(font.fontSize);
  return split(text, cellPx, font).map((piece) => ({
    text: piece,
    height: pieceLines(piece, cellPx, font) * line,
  }));
}
