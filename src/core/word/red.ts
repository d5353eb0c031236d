// "Red means this round": the reds people pick in Word, recognised by hue rather than by value.

import { hsl } from "../layout/colors";

/**
 * True for FF0000, C00000, Office's theme reds (C0504D, the 2007 accent) and other near reds:
 * a red hue (within 15° of 0°), clearly saturated, neither near-black nor pastel. Laxer than
 * the overview's own `isRed` (which names the marking colour in text) because a document's red
 * is often a theme shade; orange (ED7D31, hue 24°) and pink (light) stay out.
 */
export function isDocumentRed(color: string | undefined): boolean {
  if (!color) return false;
  const c = hsl(color);
  if (!c) return false;
  return (c.h <= 15 || c.h >= 345) && c.s >= 0.4 && c.l >= 0.2 && c.l <= 0.7;
}
