// Run formatting as Word resolves it: direct run properties, then the run's character style,
// then the paragraph style, then the document defaults (each style following its basedOn
// chain). Colours may name a theme colour, resolved through the theme part.

import { A, child, children, onOff, W, wAttr, type XmlElement } from "./xml";

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB`; undefined = automatic. */
  color?: string;
}

/** Properties one level sets; `colorSet` also when it sets "automatic", which ends the search. */
type Layer = RunFormat & { colorSet?: boolean };

interface Style {
  type: string;
  /** Lower-case style name ("heading 1"): built-in names are English in every language. */
  name: string;
  basedOn: string | null;
  layer: Layer;
}

/** Theme colour names as `w:themeColor` writes them → the theme's colour scheme elements. */
const THEME_SLOTS: Record<string, string> = {
  dark1: "dk1",
  light1: "lt1",
  dark2: "dk2",
  light2: "lt2",
  text1: "dk1",
  background1: "lt1",
  text2: "dk2",
  background2: "lt2",
  accent1: "accent1",
  accent2: "accent2",
  accent3: "accent3",
  accent4: "accent4",
  accent5: "accent5",
  accent6: "accent6",
  hyperlink: "hlink",
  followedHyperlink: "folHlink",
};

/** The theme's colour scheme: `dk1` → `#000000`, `accent2` → `#C0504D`, … */
export function readTheme(theme: XmlElement | null): Map<string, string> {
  const colors = new Map<string, string>();
  if (!theme) return colors;
  const elements = theme.localName === "clrScheme" ? [theme] : findAll(theme, "clrScheme");
  const scheme = elements[0];
  if (!scheme) return colors;
  for (const slot of children(scheme)) {
    const srgb = child(slot, A, "srgbClr")?.getAttribute("val");
    const sys = child(slot, A, "sysClr")?.getAttribute("lastClr");
    const hex = srgb || sys;
    if (slot.localName && hex && /^[0-9a-f]{6}$/i.test(hex)) {
      colors.set(slot.localName, `#${hex.toUpperCase()}`);
    }
  }
  return colors;
}

function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of children(el)) {
    if (c.localName === name && c.namespaceURI === A) out.push(c);
    else out.push(...findAll(c, name));
  }
  return out;
}

/** Applies `w:themeShade` (darker) or `w:themeTint` (lighter), hex byte values 00–FF. */
function shadeTint(hex: string, shade: string | null, tint: string | null): string {
  let rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  if (shade && /^[0-9a-f]{2}$/i.test(shade)) {
    const f = parseInt(shade, 16) / 255;
    rgb = rgb.map((c) => Math.round(c * f));
  } else if (tint && /^[0-9a-f]{2}$/i.test(tint)) {
    const f = parseInt(tint, 16) / 255;
    rgb = rgb.map((c) => Math.round(255 - (255 - c) * f));
  }
  return `#${rgb
    .map((c) => c.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

/** A `w:color` element: the theme colour when named (it wins over `w:val`), else the value. */
function readColor(
  el: XmlElement | undefined,
  theme: Map<string, string>
): string | undefined | null {
  if (!el) return null; // not set here: look further
  const themeName = wAttr(el, "themeColor");
  const slot = themeName ? THEME_SLOTS[themeName] : undefined;
  const fromTheme = slot ? theme.get(slot) : undefined;
  if (fromTheme) return shadeTint(fromTheme, wAttr(el, "themeShade"), wAttr(el, "themeTint"));
  const val = wAttr(el);
  if (!val || /^auto$/i.test(val)) return undefined; // automatic: explicitly no colour
  return /^[0-9a-f]{6}$/i.test(val) ? `#${val.toUpperCase()}` : undefined;
}

/** Run properties (`w:rPr`): only what is set. */
export function readRunProperties(rPr: XmlElement | undefined, theme: Map<string, string>): Layer {
  const format: Layer = {};
  if (!rPr) return format;
  const bold = onOff(child(rPr, W, "b"));
  const italic = onOff(child(rPr, W, "i"));
  if (bold !== undefined) format.bold = bold;
  if (italic !== undefined) format.italic = italic;
  const color = readColor(child(rPr, W, "color"), theme);
  if (color !== null) {
    format.colorSet = true;
    if (color !== undefined) format.color = color;
  }
  return format;
}

/** Combines layers, the first one that sets a property wins. */
function combine(layers: readonly Layer[]): RunFormat {
  const out: RunFormat = {};
  const bold = layers.find((l) => l.bold !== undefined);
  const italic = layers.find((l) => l.italic !== undefined);
  const color = layers.find((l) => l.colorSet);
  if (bold?.bold) out.bold = true;
  if (italic?.italic) out.italic = true;
  if (color?.color) out.color = color.color;
  return out;
}

export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private readonly defaults: Layer;
  private readonly chains = new Map<string, Layer[]>();
  private defaultParagraphStyle: string | null = null;

  constructor(
    stylesRoot: XmlElement | null,
    readonly theme: Map<string, string>
  ) {
    const docDefaults = stylesRoot ? child(stylesRoot, W, "docDefaults") : undefined;
    this.defaults = readRunProperties(child(child(docDefaults, W, "rPrDefault"), W, "rPr"), theme);
    for (const style of stylesRoot ? children(stylesRoot, W, "style") : []) {
      const id = wAttr(style, "styleId");
      if (!id) continue;
      const type = wAttr(style, "type") ?? "paragraph";
      const layer = readRunProperties(child(style, W, "rPr"), theme);
      this.styles.set(id, {
        type,
        name: (wAttr(child(style, W, "name")) ?? id).toLowerCase(),
        basedOn: wAttr(child(style, W, "basedOn")),
        layer,
      });
      if (type === "paragraph" && /^(1|true|on)$/i.test(wAttr(style, "default") ?? "")) {
        this.defaultParagraphStyle = id;
      }
    }
  }

  /** The layers of a style and its basedOn chain, nearest first. */
  private chain(id: string | null): Layer[] {
    if (!id) return [];
    const cached = this.chains.get(id);
    if (cached) return cached;
    const layers: Layer[] = [];
    const seen = new Set<string>();
    let at: string | null = id;
    while (at && !seen.has(at)) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) break;
      layers.push(style.layer);
      at = style.basedOn;
    }
    this.chains.set(id, layers);
    return layers;
  }

  /** The run's formatting: run, character style, paragraph style, document defaults. */
  resolve(runLayer: Layer, runStyle: string | null, paragraphStyle: string | null): RunFormat {
    return combine([
      runLayer,
      ...this.chain(runStyle),
      ...this.chain(paragraphStyle ?? this.defaultParagraphStyle),
      this.defaults,
    ]);
  }

  /** `title` for Title and Heading 1 paragraphs, `heading` for other headings. */
  role(paragraphStyle: string | null): "title" | "heading" | undefined {
    let at = paragraphStyle;
    const seen = new Set<string>();
    while (at && !seen.has(at)) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) return undefined;
      if (style.name === "title" || style.name === "heading 1") return "title";
      if (/^heading [2-9]$/.test(style.name)) return "heading";
      at = style.basedOn;
    }
    return undefined;
  }
}
