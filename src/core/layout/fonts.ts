// The fonts the overview can be set in: only those whose advance widths the project has, since
// every row height is computed from them. Calibri, through Carlito's metric-compatible widths.
// (Aptos and Aptos Narrow, Excel's newer defaults, have no openly licensed metric-compatible
// font to take widths from, so they are not offered.)

import { CARLITO_WIDTHS } from "./carlitoWidths";

export const DEFAULT_FONT = "Calibri";

/** Advance widths of one font: four styles, indexed by `styleIndex`. */
export interface FontMetrics {
  unitsPerEm: number;
  defaultWidth: number;
  /** Per style: width by code point below `table.length`; NaN where the default applies. */
  tables: Float64Array[];
  /** Per style: widths of the listed symbols above the table. */
  symbols: Map<number, number>[];
}

type WidthSource = typeof CARLITO_WIDTHS;

function decode(source: WidthSource): FontMetrics {
  const points: number[] = [];
  for (const [first, last] of source.ranges) for (let c = first; c <= last; c++) points.push(c);
  const tableSize = points[points.length - 1] + 1;
  const styles = [source.regular, source.bold, source.italic, source.boldItalic];
  const tables: Float64Array[] = [];
  const symbols: Map<number, number>[] = [];
  for (const lines of styles) {
    const widths = lines.join(" ").split(" ").map(Number);
    const table = new Float64Array(tableSize).fill(source.defaultWidth);
    points.forEach((c, i) => {
      if (widths[i] > 0) table[c] = widths[i];
    });
    const map = new Map<number, number>();
    source.symbols.forEach((c, i) => {
      const w = widths[points.length + i];
      if (w > 0) map.set(c, w);
    });
    tables.push(table);
    symbols.push(map);
  }
  return { unitsPerEm: source.unitsPerEm, defaultWidth: source.defaultWidth, tables, symbols };
}

// Decoded on the first measurement, not when the module loads: the pane's start reads the Font
// setting, which needs only the names. The first refresh pays the decode (a few ms, once).
const SOURCES: ReadonlyMap<string, WidthSource> = new Map([[DEFAULT_FONT, CARLITO_WIDTHS]]);
const decoded = new Map<string, FontMetrics>();

/** The font names the Font setting accepts. */
export const SUPPORTED_FONTS: readonly string[] = [...SOURCES.keys()];

/** The supported font `name` spells (case and spaces ignored), or null. */
export function supportedFont(name: string): string | null {
  const key = name.trim().toLowerCase().replace(/\s+/g, " ");
  return SUPPORTED_FONTS.find((font) => font.toLowerCase() === key) ?? null;
}

/** Metrics of a supported font; Calibri's for anything else. */
export function fontMetrics(name: string = DEFAULT_FONT): FontMetrics {
  const font = SOURCES.has(name) ? name : DEFAULT_FONT;
  let metrics = decoded.get(font);
  if (!metrics) {
    metrics = decode(SOURCES.get(font) as WidthSource);
    decoded.set(font, metrics);
  }
  return metrics;
}

/** 0 regular, 1 bold, 2 italic, 3 bold italic: the order of `FontMetrics.tables`. */
export function styleIndex(bold: boolean | undefined, italic: boolean | undefined): number {
  return (bold ? 1 : 0) + (italic ? 2 : 0);
}
