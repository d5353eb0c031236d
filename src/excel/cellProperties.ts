// The core's CellStyle as Office.js cell properties, compactly. A large overview has tens of
// thousands of cells, and setCellProperties sends one object per cell, so the request size is
// dominated by those objects. Most cells of a column look alike (a text column is wrapped,
// top-aligned, with a left border), so each column's most common look is applied once to the
// whole column range through `range.format` ("column default"), and each cell only carries
// what differs from it — usually nothing (`{}`).

import type { CellStyle } from "../core/sheet";

type Border = "Thin" | "Medium";

/** A style in Office.js terms; undefined = Excel's default (the sheet is cleared first). */
interface Flat {
  wrapText?: boolean;
  verticalAlignment?: "Top" | "Center" | "Bottom";
  horizontalAlignment?: "Left" | "Center" | "Right" | "General";
  bold?: boolean;
  italic?: boolean;
  underline?: "Single";
  size?: number;
  color?: string;
  fill?: string;
  borderTop?: Border;
  borderBottom?: Border;
  borderLeft?: Border;
  borderRight?: Border;
}

/** Properties a column default may carry: they apply to every cell of a range alike. */
const DEFAULTABLE = [
  "wrapText",
  "verticalAlignment",
  "horizontalAlignment",
  "bold",
  "italic",
  "borderLeft",
  "borderRight",
] as const;
type DefaultKey = (typeof DEFAULTABLE)[number];
export type ColumnDefault = Pick<Flat, DefaultKey>;

/** What a cleared cell has, written out when a cell must undo its column's default. */
const NEUTRAL: Required<ColumnDefault> = {
  wrapText: false,
  verticalAlignment: "Bottom",
  horizontalAlignment: "General",
  bold: false,
  italic: false,
  borderLeft: "Thin",
  borderRight: "Thin",
};

const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const BORDER = { thin: "Thin", medium: "Medium" } as const;

function flatten(style: CellStyle | undefined): Flat {
  if (!style) return {};
  const flat: Flat = {};
  if (style.wrap) flat.wrapText = true;
  if (style.verticalAlignment && style.verticalAlignment !== "bottom") {
    flat.verticalAlignment = VERTICAL[style.verticalAlignment];
  }
  if (style.horizontalAlignment) flat.horizontalAlignment = HORIZONTAL[style.horizontalAlignment];
  if (style.bold) flat.bold = true;
  if (style.italic) flat.italic = true;
  if (style.underline) flat.underline = "Single";
  if (style.fontSize !== undefined) flat.size = style.fontSize;
  if (style.color) flat.color = style.color;
  if (style.fill) flat.fill = style.fill;
  if (style.borderTop) flat.borderTop = BORDER[style.borderTop];
  if (style.borderBottom) flat.borderBottom = BORDER[style.borderBottom];
  if (style.borderLeft) flat.borderLeft = BORDER[style.borderLeft];
  if (style.borderRight) flat.borderRight = BORDER[style.borderRight];
  return flat;
}

function defaultOf(flat: Flat): ColumnDefault {
  const d: ColumnDefault = {};
  for (const key of DEFAULTABLE) {
    if (flat[key] !== undefined) (d as Record<string, unknown>)[key] = flat[key];
  }
  return d;
}

const keyCache = new WeakMap<CellStyle, string>();

/** A stable key per look (styles are shared objects in the core, but equal ones may not be). */
export function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  let key = keyCache.get(style);
  if (key === undefined) {
    key = JSON.stringify(flatten(style));
    keyCache.set(style, key);
  }
  return key;
}

/** The most common look of each column over all rows, reduced to the defaultable part. */
export function columnDefaults(
  cells: readonly { style?: CellStyle }[][],
  columnCount: number
): ColumnDefault[] {
  const defaults: ColumnDefault[] = [];
  for (let c = 0; c < columnCount; c++) {
    const counts = new Map<string, { count: number; style?: CellStyle }>();
    for (const row of cells) {
      const style = row[c]?.style;
      const key = styleKey(style);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { count: 1, style });
    }
    let best: { count: number; style?: CellStyle } | undefined;
    for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
    defaults.push(defaultOf(flatten(best?.style)));
  }
  return defaults;
}

function border(weight: Border | undefined): Excel.CellBorder {
  return weight ? { style: "Continuous", weight } : { style: "None" };
}

/** The cell properties that turn a cell with `defaults` applied into `style`. */
export function cellProperties(
  style: CellStyle | undefined,
  defaults: ColumnDefault
): Excel.SettableCellProperties {
  const flat = flatten(style);
  const want: Flat = {};
  for (const key of DEFAULTABLE) {
    const cell = flat[key];
    const column = defaults[key];
    if (cell === column) continue;
    if (cell !== undefined) (want as Record<string, unknown>)[key] = cell;
    else if (key === "borderLeft" || key === "borderRight") {
      (want as Record<string, unknown>)[key] = null; // remove the column's border
    } else (want as Record<string, unknown>)[key] = NEUTRAL[key];
  }
  for (const key of ["underline", "size", "color", "fill", "borderTop", "borderBottom"] as const) {
    if (flat[key] !== undefined) (want as Record<string, unknown>)[key] = flat[key];
  }

  const format: Excel.CellPropertiesFormat = {};
  if (want.wrapText !== undefined) format.wrapText = want.wrapText;
  if (want.verticalAlignment) format.verticalAlignment = want.verticalAlignment;
  if (want.horizontalAlignment) format.horizontalAlignment = want.horizontalAlignment;
  const font: Excel.CellPropertiesFont = {};
  if (want.bold !== undefined) font.bold = want.bold;
  if (want.italic !== undefined) font.italic = want.italic;
  if (want.underline) font.underline = want.underline;
  if (want.size !== undefined) font.size = want.size;
  if (want.color) font.color = want.color;
  if (Object.keys(font).length > 0) format.font = font;
  if (want.fill) format.fill = { color: want.fill };
  const borders: Excel.CellBorderCollection = {};
  if (want.borderTop) borders.top = border(want.borderTop);
  if (want.borderBottom) borders.bottom = border(want.borderBottom);
  if ("borderLeft" in want) borders.left = border(want.borderLeft ?? undefined);
  if ("borderRight" in want) borders.right = border(want.borderRight ?? undefined);
  if (Object.keys(borders).length > 0) format.borders = borders;
  return Object.keys(format).length > 0 ? { format } : {};
}

/** Applies a column default to a range (one column of one chunk) through `range.format`. */
export function applyColumnDefault(range: Excel.Range, defaults: ColumnDefault): void {
  const format = range.format;
  if (defaults.wrapText) format.wrapText = true;
  if (defaults.verticalAlignment) format.verticalAlignment = defaults.verticalAlignment;
  if (defaults.horizontalAlignment) format.horizontalAlignment = defaults.horizontalAlignment;
  if (defaults.bold) format.font.bold = true;
  if (defaults.italic) format.font.italic = true;
  for (const [side, weight] of [
    ["EdgeLeft", defaults.borderLeft],
    ["EdgeRight", defaults.borderRight],
  ] as const) {
    if (!weight) continue;
    const edge = format.borders.getItem(side);
    edge.style = "Continuous";
    edge.weight = weight;
  }
}
