// The overview sheet: the seed document's table as a spreadsheet (see the README, "The overview").
//
//   title / intro / legend (3 lines) / marking line / generated-by line
//   header row: one merged cell per focus area over its text + symbol columns (print title row)
//   bands: band i = the i-th initiative of every focus area, side by side
//
// Nothing is frozen: the header row sits below the top block, and freezing that many rows
// would take half a laptop screen. The header repeats on every printed page instead.

import { t } from "../../i18n";
import type { FocusArea, Plan, Settings } from "../model";
import { OVERVIEW_SHEET, PLAN_SHEET, PLAN_TABLE } from "../port";
import type { PageSetup, SheetCell, SheetDescription } from "../sheet";
import { orderedFocusAreas } from "../settings";
import { addBand, bandCount, type BandContext } from "./bands";
import { GridBuilder } from "./grid";
import { HEADER_FONT_SIZE, StyleBook } from "./styles";
import { pageBreakRows, PageTracker } from "./pagination";
import { textHeight } from "./textHeight";
import { addTopBlock } from "./top";
import { columnWidths, groupWidths, symbolColumn, textColumn } from "./widths";

export interface OverviewOptions {
  /** When given, the generated-by line says when the overview was made (local time). */
  generatedAt?: Date;
}

/** Margins in inches: room for the binder edge, small enough to keep the text large. */
const MARGINS = { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 };

function countActions(plan: Plan): number {
  let count = 0;
  for (const area of plan.focusAreas) {
    for (const initiative of area.initiatives) count += initiative.actions.length;
  }
  return count;
}

function pageSetup(headerRow: number | null): PageSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    ...(headerRow === null ? {} : { printTitleRows: { first: headerRow, last: headerRow } }),
    margins: { ...MARGINS },
  };
}

/** The focus-area header row; each name is merged over its group's two columns. */
function addHeaderRow(grid: GridBuilder, areas: readonly FocusArea[], styles: StyleBook): number {
  const widths = groupWidths(areas.length);
  const cells = new Array<SheetCell>(grid.columnCount);
  const font = { name: styles.fontName, fontSize: HEADER_FONT_SIZE, bold: true };
  let height = 0;
  areas.forEach((area, g) => {
    cells[textColumn(g)] = { value: area.name, style: styles.headerText };
    cells[symbolColumn(g)] = grid.blank(styles.headerSymbol);
    height = Math.max(height, textHeight(area.name, widths.textPx + widths.symbolPx, font) + 4);
  });
  const row = grid.addRow(cells, height);
  areas.forEach((_, g) => grid.merge(row, textColumn(g), 1, 2));
  return row;
}

/** Describes the overview sheet for `plan`; pure, and the same input gives the same sheet. */
export function buildOverview(
  plan: Plan,
  settings: Settings,
  options: OverviewOptions = {}
): SheetDescription {
  const empty = countActions(plan) === 0;
  const areas = empty ? [] : orderedFocusAreas(plan, settings);
  const grid = new GridBuilder(columnWidths(areas.length));
  const styles = new StyleBook(settings.markingColor, settings.font);
  addTopBlock(grid, settings, styles, options.generatedAt);

  if (empty) {
    const text = t(settings.language, "core.overview.emptyPlan", {
      table: PLAN_TABLE,
      sheet: PLAN_SHEET,
    });
    const font = { name: settings.font, italic: true };
    grid.addMergedRow(text, styles.emptyPlan, textHeight(text, grid.totalWidthPx, font));
    return grid.toSheet(OVERVIEW_SHEET, pageSetup(null));
  }

  const headerRow = addHeaderRow(grid, areas, styles);
  const page = pageSetup(headerRow);
  const pages = PageTracker.forSheet(grid.columnPx, page, grid.heights[headerRow]);
  for (const height of grid.heights) pages.addRow(height);
  const ctx: BandContext = {
    settings,
    styles,
    widths: groupWidths(areas.length),
    current: settings.currentStatusDate,
    pages,
  };
  const bands = bandCount(areas);
  for (let i = 0; i < bands; i++) addBand(grid, areas, i, ctx, i === bands - 1);
  const breaks = pageBreakRows({
    heights: grid.heights,
    merges: grid.merges,
    columnPx: grid.columnPx,
    page,
    firstBreakableRow: headerRow + 2,
    keepRows: grid.keepRows,
  });
  return grid.toSheet(OVERVIEW_SHEET, page, breaks);
}
