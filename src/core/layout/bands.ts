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
import type { BandCellKind, StyleBook } from "./styles";
import { lineHeight, textHeight, type TextFont } from "./textHeight";
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
}

/** What a column's items depend on (the Word export reads the same items). */
export type ItemContext = Pick<BandContext, "settings" | "widths" | "current">;

/** Lines `text` needs in a text column (the height estimate in whole lines). */
function linesOf(text: string, width: number, font: TextFont = {}): number {
  return Math.round(textHeight(text, width, font) / lineHeight(font.fontSize));
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
  const width = ctx.widths.text;
  const marked = sameMonth(action.statusDate, ctx.current);
  out.push(item("action", action.text, linesOf(action.text, width), action.status, marked));
  if (HAS_TEXT.test(action.note)) {
    out.push(
      item("note", action.note, linesOf(action.note, width, { bold: marked }), null, marked)
    );
  }
}

/** The column of one focus area in one band; empty when the area has no such initiative. */
export function columnItems(initiative: Initiative | undefined, ctx: ItemContext): BandItem[] {
  if (!initiative) return [];
  const { settings, widths } = ctx;
  const heading = `${settings.initiativeHeading} ${initiative.name}`.trim();
  const out: BandItem[] = [
    item("initiative", heading, linesOf(heading, widths.text, { bold: true })),
    item("actionHeading", settings.actionHeading, linesOf(settings.actionHeading, widths.text)),
  ];
  initiative.actions.forEach((action, i) => {
    if (i > 0) out.push(SPACER);
    actionItems(action, ctx, out);
  });
  return out;
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
  for (const it of items) {
    const kind = TEXT_KIND[it.kind];
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
