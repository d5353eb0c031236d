// Row bands: band i holds the i-th initiative of every focus area, side by side. Inside a band
// the sheet is a line grid, like the seed's table cells: every row is one text line high, and
// each item (initiative heading, action heading, action with its symbol, note) takes as many
// rows as it has lines, merged in its own column. Each column flows on its own, so a short
// action sits right below its predecessor whatever the neighbouring columns hold; the band is
// as tall as its longest column.

import { sameMonth } from "../dates";
import type { Action, FocusArea, Initiative, Settings, StatusSymbol, YearMonth } from "../model";
import type { CellStyle, SheetCell } from "../sheet";
import type { GridBuilder } from "./grid";
import type { PageTracker } from "./pagination";
import type { BandCellKind, StyleBook } from "./styles";
import { lineHeight, textLines, type TextFont } from "./textHeight";
import { symbolColumn, textColumn, type GroupWidths } from "./widths";

/** Height of the low row that closes a band, keeping the text off the line below. */
export const SPACER_HEIGHT = 6;

export type ItemKind = "initiative" | "actionHeading" | "action" | "note" | "spacer";

/** One item of one focus area's column within a band: `lines` rows of the line grid. */
export interface BandItem {
  kind: ItemKind;
  text: string;
  symbol: StatusSymbol | null;
  /** Belongs to the current status round. */
  marked: boolean;
  lines: number;
}

export interface BandContext {
  settings: Settings;
  styles: StyleBook;
  widths: GroupWidths;
  current: YearMonth | null;
  /** The printed page so far; when given, items a page end would cut move to the next page. */
  pages?: PageTracker;
}

/** What a column's items depend on (the Word export reads the same items). */
export type ItemContext = Pick<BandContext, "settings" | "widths" | "current">;

/** Lines `text` takes in a text column, in the overview's font. */
function linesOf(text: string, ctx: ItemContext, font: TextFont = {}): number {
  return textLines(text, ctx.widths.textPx, { ...font, name: ctx.settings.font });
}

function item(
  kind: ItemKind,
  text: string,
  lines: number,
  symbol: StatusSymbol | null = null,
  marked = false
): BandItem {
  return { kind, text, symbol, marked, lines };
}

/** An empty line between two actions of the same column. */
const SPACER = item("spacer", "", 1);
const HAS_TEXT = /\S/;

function actionItems(action: Action, ctx: ItemContext, out: BandItem[]): void {
  const marked = sameMonth(action.statusDate, ctx.current);
  out.push(item("action", action.text, linesOf(action.text, ctx), action.status, marked));
  if (HAS_TEXT.test(action.note)) {
    const font = { bold: marked, italic: true };
    out.push(item("note", action.note, linesOf(action.note, ctx, font), null, marked));
  }
}

/** The column of one focus area in one band; empty when the area has no such initiative. */
export function columnItems(initiative: Initiative | undefined, ctx: ItemContext): BandItem[] {
  if (!initiative) return [];
  const { settings } = ctx;
  const heading = `${settings.initiativeHeading} ${initiative.name}`.trim();
  const out: BandItem[] = [
    item("initiative", heading, linesOf(heading, ctx, { bold: true })),
    item("actionHeading", settings.actionHeading, linesOf(settings.actionHeading, ctx)),
  ];
  initiative.actions.forEach((action, i) => {
    if (i > 0) out.push(SPACER);
    actionItems(action, ctx, out);
  });
  return out;
}

/**
 * The first item of the unit that holds `items[j]`: an action with its note, and the headings
 * with the first action below them, print together.
 */
function unitStart(items: readonly BandItem[], j: number): number {
  let u = j;
  if (items[u].kind === "note" && u > 0 && items[u - 1].kind === "action") u--;
  while (u > 0 && (items[u - 1].kind === "initiative" || items[u - 1].kind === "actionHeading"))
    u--;
  return u;
}

/** Lines of a column's headings plus its first action (and that action's note). */
function firstUnitLines(items: readonly BandItem[]): number {
  let lines = 0;
  for (let j = 0; j < items.length; j++) {
    if (j > 0 && unitStart(items, j) !== 0) break;
    lines += items[j].lines;
  }
  return lines;
}

/**
 * Where the page ends inside the band, every column whose item (with its unit) would be cut
 * gets empty lines before that unit, so it starts on the next page; the row where the page ends
 * is then a boundary no merge crosses, and `pageBreakRows` breaks there. A unit taller than a
 * page stays where it is: nothing keeps it whole. Advances `pages` over the band.
 */
function keepItemsOnPages(columns: BandItem[][], pages: PageTracker): void {
  const line = lineHeight();
  const perPage = pages.rowsPerPage(line);
  const totals = columns.map(columnRows);
  // Per column, the first item not yet above a page end and its top row: each page end
  // resumes there, so a band is scanned once however many pages it spans.
  const cursor = columns.map(() => ({ j: 0, top: 0 }));
  let start = 0; // band row at the top of the current page segment
  for (;;) {
    const rows = Math.max(0, ...totals);
    const room = pages.rowsLeft(line);
    if (start + room >= rows) {
      for (let r = start; r < rows; r++) pages.addRow(line);
      pages.addRow(SPACER_HEIGHT);
      return;
    }
    // The band's first units (headings and first action) do not fit: the band starts on the
    // next page, as pageBreakRows will break above it.
    if (start === 0 && room < perPage && columns.some((items) => firstUnitLines(items) > room)) {
      pages.newPage();
      continue;
    }
    const end = start + room; // first band row of the next page
    columns.forEach((items, c) => {
      let { j, top } = cursor[c];
      while (j < items.length && top + items[j].lines <= end) top += items[j++].lines;
      cursor[c] = { j, top };
      if (j === items.length) return;
      // Item j reaches past the page end: cut by it, or starting right at it. An item right
      // below the page end must not leave its headings or its action behind.
      const u = unitStart(items, j);
      if (top === end && u === j) return;
      let unitTop = top;
      let unitLines = items[j].lines;
      for (let k = u; k < j; k++) {
        unitTop -= items[k].lines;
        unitLines += items[k].lines;
      }
      if (unitTop > start && unitTop < end && unitLines <= perPage) {
        items.splice(u, 0, item("spacer", "", end - unitTop));
        totals[c] += end - unitTop;
        cursor[c] = { j: u + 1, top: end };
      }
    });
    pages.newPage();
    start = end;
  }
}

/** Rows a column takes: the sum of its items' lines. */
function columnRows(items: readonly BandItem[]): number {
  let rows = 0;
  for (const it of items) rows += it.lines;
  return rows;
}

const TEXT_KIND: Record<ItemKind, BandCellKind> = {
  initiative: "initiative",
  actionHeading: "actionHeading",
  action: "action",
  note: "note",
  spacer: "empty",
};

/**
 * Writes one column's items into the band's rows (`rows[r]` is sheet row `first + r`) and
 * merges every item of more than one line over its rows; the action's symbol ends its last line.
 * Covered cells get the item's style too, so every host draws the group's box along them.
 */
function placeColumn(
  grid: GridBuilder,
  rows: SheetCell[][],
  first: number,
  group: number,
  items: readonly BandItem[],
  styles: StyleBook
): void {
  const text = textColumn(group);
  const sym = symbolColumn(group);
  let r = 0;
  let previous: ItemKind | null = null;
  for (const it of items) {
    const kind = TEXT_KIND[it.kind];
    // Boundaries a page break avoids: headings stay with the first action, a note with its action.
    const keep =
      it.kind === "actionHeading" ||
      it.kind === "note" ||
      (it.kind === "action" && previous === "actionHeading");
    if (keep) grid.keepWithPrevious(first + r);
    previous = it.kind;
    const symbolKind: BandCellKind = it.symbol ? "symbol" : "empty";
    for (let k = 0; k < it.lines; k++) {
      const top = r + k === 0;
      const textStyle: CellStyle = styles.band(kind, it.marked, top, false, "left");
      const symbolStyle: CellStyle = styles.band(symbolKind, it.marked, top, false, "right");
      // The text goes into the merged area's top-left cell. The symbol needs no merge: it sits
      // in the row of the action's last line, as the document puts it at the end of the text
      // (half the merges, which every host pays for).
      rows[r + k][text] =
        k === 0 && kind !== "empty" ? { value: it.text, style: textStyle } : grid.blank(textStyle);
      rows[r + k][sym] =
        k === it.lines - 1 && it.symbol
          ? { value: it.symbol, style: symbolStyle }
          : grid.blank(symbolStyle);
    }
    if (it.lines > 1 && kind !== "empty") grid.merge(first + r, text, it.lines, 1);
    r += it.lines;
  }
}

/**
 * Appends band `index` (the index-th initiative of every area) plus a low spacer row that keeps
 * the text off the line below. `last`: the final band, whose last row closes the table.
 */
export function addBand(
  grid: GridBuilder,
  areas: readonly FocusArea[],
  index: number,
  ctx: BandContext,
  last: boolean
): void {
  const { styles } = ctx;
  const columns = areas.map((area) => columnItems(area.initiatives[index], ctx));
  if (ctx.pages) keepItemsOnPages(columns, ctx.pages);
  const lineRows = Math.max(0, ...columns.map(columnRows));
  const first = grid.rowCount;
  const rows: SheetCell[][] = [];
  for (let r = 0; r <= lineRows; r++) {
    const top = r === 0;
    const bottom = last && r === lineRows;
    const cells = new Array<SheetCell>(grid.columnCount);
    for (let g = 0; g < areas.length; g++) {
      cells[textColumn(g)] = grid.blank(styles.band("empty", false, top, bottom, "left"));
      cells[symbolColumn(g)] = grid.blank(styles.band("empty", false, top, bottom, "right"));
    }
    rows.push(cells);
  }
  columns.forEach((items, g) => placeColumn(grid, rows, first, g, items, styles));
  const height = lineHeight();
  rows.forEach((cells, r) => grid.addRow(cells, r < lineRows ? height : SPACER_HEIGHT));
}

/** The number of bands: the most initiatives any focus area has. */
export function bandCount(areas: readonly FocusArea[]): number {
  return Math.max(0, ...areas.map((area) => area.initiatives.length));
}
