// Naming the marking colour in the overview's text: "rødt" only when it really is a red.

/** Hue (degrees), saturation and lightness (0–1) of `#RRGGBB`; null when not that form. */
export function hsl(hex: string): { h: number; s: number; l: number } | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => parseInt(part, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

/** True for clear reds (#FF0000, Excel's dark red #C00000, …), not for pinks, browns or orange. */
export function isRed(hex: string): boolean {
  const c = hsl(hex);
  if (!c) return false;
  const redHue = c.h <= 12 || c.h >= 348;
  return redHue && c.s >= 0.6 && c.l >= 0.25 && c.l <= 0.6;
}
