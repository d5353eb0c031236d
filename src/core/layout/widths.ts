// Column widths: per focus area a wide text column and a narrow symbol column, sized so that
// 1–8 focus areas print on one A4-landscape page width with fit-to-width.

import { columnWidthPx } from "./excelUnits";

/**
 * Total width (character units) the groups share. A4 landscape with the overview's margins
 * holds about 145 units at 100 %; 156 prints at ~93 %, so three areas get the seed's look.
 */
const TOTAL_WIDTH = 156;
/** Below this, wrapped text turns into a column of single words; wider sheets scale down. */
const MIN_TEXT_WIDTH = 20;
/** Wider than this, lines get too long to read comfortably. */
const MAX_TEXT_WIDTH = 70;

export interface GroupWidths {
  /** Character units, as stored in the file. */
  text: number;
  symbol: number;
  /** The same in pixels, as Excel draws them (what the wrap is computed on). */
  textPx: number;
  symbolPx: number;
}

/** Widths of one column group when `groups` focus areas share the page. */
export function groupWidths(groups: number): GroupWidths {
  const count = Math.max(1, groups);
  const symbol = count <= 4 ? 6 : 5;
  const share = Math.floor(TOTAL_WIDTH / count) - symbol;
  const text = Math.min(MAX_TEXT_WIDTH, Math.max(MIN_TEXT_WIDTH, share));
  return { text, symbol, textPx: columnWidthPx(text), symbolPx: columnWidthPx(symbol) };
}

/** All column widths: text, symbol, text, symbol, … */
export function columnWidths(groups: number): number[] {
  const { text, symbol } = groupWidths(groups);
  const widths: number[] = [];
  for (let g = 0; g < Math.max(1, groups); g++) widths.push(text, symbol);
  return widths;
}

export const textColumn = (group: number): number => 2 * group;
export const symbolColumn = (group: number): number => 2 * group + 1;
