// Row bands: band i holds the i-th initiative of every focus area, side by side. Each focus
// area's column flows on its own (heading, action heading, actions with notes); the band is
// as tall as its tallest column, and shorter columns leave empty cells.

import { sameMonth } from "../dates";
import type { Action, FocusArea, Initiative, Settings, StatusSymbol, YearMonth } from "../model";
import type { SheetCell } from "../sheet";
import type { GridBuilder } from "./grid";
import type { BandCellKind, StyleBook } from "./styles";
import { textHeight } from "./textHeight";
import { symbolColumn, textColumn, type GroupWidths } from "./widths";

/** Height of the empty row between two actions and at the end of a band. */
export const SPACER_HEIGHT = 6;

type LineKind = "initiative" | "actionHeading" | "action" | "note" | "spacer";

/** One row of one focus area's column within a band. */
interface BandLine {
  kind: LineKind;
  text: string;
  symbol: StatusSymbol | null;
  /** Belongs to the current status round. */
  marked: boolean;
  height: number;
}

export interface BandContext {
  settings: Settings;
  styles: StyleBook;
  widths: GroupWidths;
  current: YearMonth | null;
}

function line(
  kind: LineKind,
  text: string,
  height: number,
  symbol: StatusSymbol | null = null,
  marked = false
): BandLine {
  return { kind, text, symbol, marked, height };
}

const SPACER = line("spacer", "", 0);
const HAS_TEXT = /\S/;

function actionLines(action: Action, ctx: BandContext, out: BandLine[]): void {
  const width = ctx.widths.text;
  const marked = sameMonth(action.statusDate, ctx.current);
  out.push(line("action", action.text, textHeight(action.text, width), action.status, marked));
  if (HAS_TEXT.test(action.note)) {
    out.push(
      line("note", action.note, textHeight(action.note, width, { bold: marked }), null, marked)
    );
  }
}

/** The column of one focus area in one band; empty when the area has no such initiative. */
export function columnLines(initiative: Initiative | undefined, ctx: BandContext): BandLine[] {
  if (!initiative) return [];
  const { settings, widths } = ctx;
  const heading = `${settings.initiativeHeading} ${initiative.name}`.trim();
  const out: BandLine[] = [
    line("initiative", heading, textHeight(heading, widths.text, { bold: true })),
    line("actionHeading", settings.actionHeading, textHeight(settings.actionHeading, widths.text)),
  ];
  initiative.actions.forEach((action, i) => {
    if (i > 0) out.push(SPACER);
    actionLines(action, ctx, out);
  });
  return out;
}

const TEXT_KIND: Record<LineKind, BandCellKind> = {
  initiative: "initiative",
  actionHeading: "actionHeading",
  action: "action",
  note: "note",
  spacer: "empty",
};

/**
 * Appends band `index` (the index-th initiative of every area) plus a spacer row that keeps
 * the text off the line below. `last`: the final band, whose last row closes the table.
 */
export function addBand(
  grid: GridBuilder,
  areas: readonly FocusArea[],
  index: number,
  ctx: BandContext,
  last: boolean
): void {
  const columns = areas.map((area) => columnLines(area.initiatives[index], ctx));
  const rowCount = Math.max(0, ...columns.map((c) => c.length)) + 1;
  const { styles } = ctx;
  for (let r = 0; r < rowCount; r++) {
    const top = r === 0;
    const bottom = last && r === rowCount - 1;
    const cells = new Array<SheetCell>(grid.columnCount);
    let height = 0;
    for (let g = 0; g < columns.length; g++) {
      const l: BandLine | undefined = columns[g][r];
      const kind = l ? TEXT_KIND[l.kind] : "empty";
      const marked = l !== undefined && l.marked;
      const textStyle = styles.band(kind, marked, top, bottom, "left");
      cells[textColumn(g)] =
        l && kind !== "empty" ? { value: l.text, style: textStyle } : grid.blank(textStyle);
      const symbol = l !== undefined && l.kind === "action" ? l.symbol : null;
      const symbolStyle = styles.band(symbol ? "symbol" : "empty", marked, top, bottom, "right");
      cells[symbolColumn(g)] = symbol
        ? { value: symbol, style: symbolStyle }
        : grid.blank(symbolStyle);
      if (l && l.height > height) height = l.height;
    }
    grid.addRow(cells, height || SPACER_HEIGHT);
  }
}

/** The number of bands: the most initiatives any focus area has. */
export function bandCount(areas: readonly FocusArea[]): number {
  return Math.max(0, ...areas.map((area) => area.initiatives.length));
}
