// Every style of the overview in one place. Style objects are shared between cells (one
// object per distinct look), so a plan of thousands of actions does not allocate thousands.

import type { BorderWeight, CellStyle } from "../sheet";

export const FONT_SIZE = 11;
export const TITLE_FONT_SIZE = 16;
export const HEADER_FONT_SIZE = 12;
export const SMALL_FONT_SIZE = 9;

/** Light fill of the focus-area header row (prints as a pale grey). */
export const HEADER_FILL = "#DDE5F0";
/** Grey of the generated-by line: readable, but clearly not plan content. */
export const MUTED_COLOR = "#595959";
const GRID: BorderWeight = "thin";

/** What a cell of a band shows; decides its base look. */
export type BandCellKind = "initiative" | "actionHeading" | "action" | "note" | "symbol" | "empty";

/** Text column (left edge of a group's box) or symbol column (right edge). */
export type GroupSide = "left" | "right";

// Actions and their symbols sit at the bottom of their merged rows and notes at the top of
// theirs: when the line estimate is a line too many, the spare line falls between actions,
// never between an action and its note, and the symbol ends the action's last line as in the seed.
const BASE: Record<BandCellKind, CellStyle> = {
  initiative: { bold: true, wrap: true, verticalAlignment: "top" },
  actionHeading: { underline: true, wrap: true, verticalAlignment: "top" },
  action: { wrap: true, verticalAlignment: "bottom" },
  note: { italic: true, wrap: true, verticalAlignment: "top" },
  symbol: { horizontalAlignment: "center", verticalAlignment: "bottom" },
  empty: { verticalAlignment: "top" },
};

const KIND_INDEX: Record<BandCellKind, number> = {
  initiative: 0,
  actionHeading: 1,
  action: 2,
  note: 3,
  symbol: 4,
  empty: 5,
};

/**
 * The styles of one overview; `markingColor` is the colour of the current round. Every style
 * names `fontName` explicitly: the row heights are computed from that font's widths, so no
 * cell may fall back to whatever default font the workbook or the host has.
 */
export class StyleBook {
  readonly title: CellStyle;
  readonly intro: CellStyle;
  readonly legend: CellStyle;
  /** Colour plus bold: the bold survives black-and-white printing. */
  readonly marking: CellStyle;
  readonly generated: CellStyle;
  readonly emptyPlan: CellStyle;
  /** Empty rows between blocks. */
  readonly gap: CellStyle;
  readonly headerText: CellStyle;
  readonly headerSymbol: CellStyle;
  private readonly bandCache: CellStyle[] = [];

  constructor(
    private readonly markingColor: string,
    readonly fontName: string
  ) {
    this.title = {
      fontName,
      bold: true,
      fontSize: TITLE_FONT_SIZE,
      wrap: true,
      verticalAlignment: "top",
    };
    this.intro = { fontName, wrap: true, verticalAlignment: "top" };
    this.legend = { fontName, verticalAlignment: "top" };
    this.marking = { fontName, bold: true, color: markingColor, verticalAlignment: "top" };
    this.generated = {
      fontName,
      italic: true,
      fontSize: SMALL_FONT_SIZE,
      color: MUTED_COLOR,
      verticalAlignment: "top",
    };
    this.emptyPlan = { fontName, italic: true, wrap: true, verticalAlignment: "top" };
    this.gap = { fontName };
    const header: CellStyle = {
      fontName,
      bold: true,
      fontSize: HEADER_FONT_SIZE,
      fill: HEADER_FILL,
      wrap: true,
      verticalAlignment: "middle",
      borderTop: GRID,
      borderBottom: GRID,
    };
    this.headerText = { ...header, borderLeft: GRID };
    this.headerSymbol = { ...header, borderRight: GRID };
  }

  /**
   * The style of a band cell. `marked`: belongs to the current status round (only notes and
   * symbols show it); `top`: first row of a band (the line between bands); `bottom`: last row
   * of the table. Called for every cell of a large plan, so looked up by a number, not a string.
   */
  band(
    kind: BandCellKind,
    marked: boolean,
    top: boolean,
    bottom: boolean,
    side: GroupSide
  ): CellStyle {
    const isMarked = marked && (kind === "note" || kind === "symbol");
    const index =
      KIND_INDEX[kind] * 16 +
      (isMarked ? 8 : 0) +
      (top ? 4 : 0) +
      (bottom ? 2 : 0) +
      (side === "left" ? 1 : 0);
    return (this.bandCache[index] ??= this.makeBandStyle(kind, isMarked, top, bottom, side));
  }

  private makeBandStyle(
    kind: BandCellKind,
    marked: boolean,
    top: boolean,
    bottom: boolean,
    side: GroupSide
  ): CellStyle {
    const style: CellStyle = { fontName: this.fontName, ...BASE[kind] };
    if (marked) {
      style.bold = true;
      style.color = this.markingColor;
    }
    if (top) style.borderTop = GRID;
    if (bottom) style.borderBottom = GRID;
    if (side === "left") style.borderLeft = GRID;
    else style.borderRight = GRID;
    return style;
  }
}
