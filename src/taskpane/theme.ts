// Light or dark Fluent theme from the Office theme (Office.context.officeTheme). The dark theme
// is a chunk of its own, loaded only by a dark Office: the pane's first JavaScript carries one.

import { webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme we read; every field may be missing on some hosts. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of `#RRGGBB` (0 = black, 1 = white); `null` when not a colour. */
function luminance(color: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office says so, or (older hosts) when its body background is dark. */
export function isDarkOfficeTheme(theme: OfficeThemeLike | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return l !== null && l < 0.2;
}

export async function fluentTheme(theme: OfficeThemeLike | null | undefined): Promise<Theme> {
  if (!isDarkOfficeTheme(theme)) return webLightTheme;
  const { webDarkTheme } = await import(/* webpackChunkName: "dark-theme" */ "./darkTheme");
  return webDarkTheme;
}
