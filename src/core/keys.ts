// The one comparison of names users type: plan headers, setting keys, status words.

/** Ignores case, Unicode composition, all spacing (also around "/") and a trailing ":". */
export function normalizeKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, "").replace(/:+$/, "");
}

/** Sheet, table and workbook names: Excel compares them case-insensitively. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
