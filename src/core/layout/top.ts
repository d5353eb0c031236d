// The block above the table: title, intro, legend, the marking line and the generated-by line.

import { t } from "../../i18n";
import { formatMonth } from "../dates";
import type { Settings, StatusSymbol } from "../model";
import { LEGEND_ORDER } from "../status";
import { isRed } from "./colors";
import type { GridBuilder } from "./grid";
import type { StyleBook } from "./styles";
import { SMALL_FONT_SIZE, TITLE_FONT_SIZE } from "./styles";
import type { CellStyle } from "../sheet";
import { rowPieces } from "./splitText";
import { lineHeight, textHeight, type TextFont } from "./textHeight";

/** The seed's legend order: done, not done, partly done (core/status.ts). */
export const LEGEND: readonly [StatusSymbol, string][] = LEGEND_ORDER.map((s) => [
  s.symbol,
  s.legendKey,
]);

/** Height of an empty row that separates blocks. */
export const GAP_HEIGHT = 8;

/** "Status for handlingerne december 2019 er markeret med rødt og fed skrift", or the neutral line. */
export function markingLine(settings: Settings): string {
  const lang = settings.language;
  const current = settings.currentStatusDate;
  if (!current) return t(lang, "core.overview.marking.none");
  const key = isRed(settings.markingColor)
    ? "core.overview.marking.red"
    : "core.overview.marking.color";
  return t(lang, key, { month: formatMonth(current, lang) });
}

/** "2026-11-29 08:25" in local time: the time the user refreshed, as their clock shows it. */
export function formatTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

export function generatedLine(settings: Settings, generatedAt?: Date): string {
  return generatedAt
    ? t(settings.language, "core.overview.generatedAt", { time: formatTimestamp(generatedAt) })
    : t(settings.language, "core.overview.generated");
}

/**
 * Appends a text merged across the sheet. A text taller than a row may be (409 pt: a long
 * intro) continues on the rows below, split at word boundaries, each row merged across the
 * sheet in the same style, so it reads as one paragraph; the pieces put together are the text.
 */
function addMergedText(grid: GridBuilder, text: string, style: CellStyle, font: TextFont): void {
  for (const piece of rowPieces(text, grid.totalWidthPx, font)) {
    grid.addMergedRow(piece.text, style, piece.height);
  }
}

/** Appends the top block; the table starts on the row after it. */
export function addTopBlock(
  grid: GridBuilder,
  settings: Settings,
  styles: StyleBook,
  generatedAt?: Date
): void {
  const width = grid.totalWidthPx;
  const name = settings.font;
  addMergedText(grid, settings.title, styles.title, {
    name,
    fontSize: TITLE_FONT_SIZE,
    bold: true,
  });
  if (settings.intro.trim() !== "") addMergedText(grid, settings.intro, styles.intro, { name });
  grid.addGapRow(GAP_HEIGHT, styles.gap);
  for (const [symbol, key] of LEGEND) {
    grid.addMergedRow(t(settings.language, key, { symbol }), styles.legend, lineHeight());
  }
  const marking = markingLine(settings);
  const markingStyle = settings.currentStatusDate ? styles.marking : styles.legend;
  grid.addMergedRow(marking, markingStyle, textHeight(marking, width, { name, bold: true }));
  grid.addMergedRow(
    generatedLine(settings, generatedAt),
    styles.generated,
    lineHeight(SMALL_FONT_SIZE) + 3
  );
  grid.addGapRow(GAP_HEIGHT, styles.gap);
}
