// The core's CellStyle as Office.js cell properties, compactly. A large overview has tens of
// thousands of cells, and setCellProperties sends one object per cell, so the request size is
// dominated by those objects. Most cells of a column look alike (a text column is wrapped,
// top-aligned, with a left border), so each column's most common look is applied once to the
// whole column range through `range.format` ("column default"), and each cell only carries
// what differs from it — usually nothing (`{}`). Empty cells only carry what shows without
// text (fill and borders): their font, alignment and wrapping are invisible, so they neither
// vote for a column's default nor carry differences from it.

import type { CellStyle } from "../core/sheet";

type Border = "Thin" | "Medium";

/** A style in Office.js terms; undefined = Excel's default (the sheet is cleared first). */
interface Flat {
  name?: string;
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
  "name",
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
  name: "Calibri",
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
  if (style.fontName) flat.name = style.fontName;
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

/**
 * Each column's default: per defaultable property, the value most cells of the column have
 * (a column of wrapped, bottom-aligned actions and top-aligned notes still shares its wrap
 * and its border). A property most cells lack stays out of the default.
 */
export function columnDefaults(
  cells: readonly { value: unknown; style?: CellStyle }[][],
  columnCount: number
): ColumnDefault[] {
  const defaults: ColumnDefault[] = [];
  for (let c = 0; c < columnCount; c++) {
    // Count distinct looks first (few), then vote per property weighted by those counts.
    const looks = new Map<string, { count: number; flat: Flat; empty: boolean }>();
    for (const row of cells) {
      const style = row[c]?.style;
      const empty = isEmpty(row[c]?.value);
      const key = `${empty ? 1 : 0}${styleKey(style)}`;
      const entry = looks.get(key);
      if (entry) entry.count++;
      else looks.set(key, { count: 1, flat: flatten(style), empty });
    }
    const column: ColumnDefault = {};
    for (const key of DEFAULTABLE) {
      const votes = new Map<unknown, number>();
      for (const { count, flat, empty } of looks.values()) {
        if (empty && !SHOWS_WHEN_EMPTY.has(key)) continue;
        votes.set(flat[key], (votes.get(flat[key]) ?? 0) + count);
      }
      let best: unknown = undefined;
      let bestCount = -1;
      for (const [value, count] of votes) {
        if (count > bestCount) {
          best = value;
          bestCount = count;
        }
      }
      if (best !== undefined) (column as Record<string, unknown>)[key] = best;
    }
    defaults.push(column);
  }
  return defaults;
}

function border(weight: Border | undefined): Excel.CellBorder {
  return weight ? { style: "Continuous", weight } : { style: "None" };
}

/** What an empty cell still shows. */
const SHOWS_WHEN_EMPTY = new Set<keyof Flat>([
  "fill",
  "borderTop",
  "borderBottom",
  "borderLeft",
  "borderRight",
]);

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * The cell properties that turn a cell with `defaults` applied into `style`; for an empty
 * cell, only as far as it shows (fill and borders).
 */
export function cellProperties(
  style: CellStyle | undefined,
  defaults: ColumnDefault,
  empty = false
): Excel.SettableCellProperties {
  const flat = flatten(style);
  const want: Flat = {};
  const shows = (key: keyof Flat) => !empty || SHOWS_WHEN_EMPTY.has(key);
  for (const key of DEFAULTABLE) {
    if (!shows(key)) continue;
    const cell = flat[key];
    const column = defaults[key];
    if (cell === column) continue;
    if (cell !== undefined) (want as Record<string, unknown>)[key] = cell;
    else if (key === "borderLeft" || key === "borderRight") {
      (want as Record<string, unknown>)[key] = null; // remove the column's border
    } else (want as Record<string, unknown>)[key] = NEUTRAL[key];
  }
  for (const key of ["underline", "size", "color", "fill", "borderTop", "borderBottom"] as const) {
    if (shows(key) && flat[key] !== undefined) (want as Record<string, unknown>)[key] = flat[key];
  }

  const format: Excel.CellPropertiesFormat = {};
  if (want.wrapText !== undefined) format.wrapText = want.wrapText;
  if (want.verticalAlignment) format.verticalAlignment = want.verticalAlignment;
  if (want.horizontalAlignment) format.horizontalAlignment = want.horizontalAlignment;
  const font: Excel.CellPropertiesFont = {};
  if (want.name !== undefined) font.name = want.name;
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
  if (defaults.name) format.font.name = defaults.name;
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
