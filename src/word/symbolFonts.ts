// Glyphs of the symbol fonts people insert check marks from (Insert › Symbol): Word writes them
// as `w:sym` (font and character code, often in the private-use range F0xx), LibreOffice as text
// in a run whose font is the symbol font. Both map here to Unicode; a glyph not known is
// reported (never dropped silently).

/** Font (lower case) → low byte of the character code → Unicode. */
const GLYPHS: Record<string, Record<number, string>> = {
  symbol: { 0xd6: "√" },
  wingdings: { 0xfc: "✓", 0xfb: "✗", 0xfd: "☒", 0xfe: "☑", 0xa8: "◻" },
  "wingdings 2": { 0x50: "✓", 0x4f: "✗" },
};

/** The run's font when it is a symbol font this file knows, else null. */
export function symbolFont(font: string | null | undefined): string | null {
  const key = (font ?? "").trim().toLowerCase();
  return /^(symbol|wingdings( [23])?|webdings)$/.test(key) ? key : null;
}

/** The glyph as Unicode, or null when it is not known. */
export function glyph(font: string, code: number): string | null {
  return GLYPHS[font]?.[code & 0xff] ?? null;
}

/** "Wingdings F0FB": a glyph as the doubt names it. */
export function glyphName(font: string, code: number): string {
  const name = font.replace(/\b\w/g, (c) => c.toUpperCase());
  return `${name} ${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
