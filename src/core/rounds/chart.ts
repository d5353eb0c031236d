// A native chart as a host-neutral description: the Office adapter applies it with
// `worksheet.charts.add`; ExcelJS cannot write charts, so the command line's file carries the
// counts table only (the README says so).

import type { CellRange } from "../sheet";

export interface ChartDescription {
  type: "columnStacked";
  title: string;
  /**
   * The data, 0-based on the sheet: the first row holds the series names over the count
   * columns, the first column the round of each row (the categories).
   */
  data: CellRange;
  seriesBy: "columns";
  /** Top-left cell the chart is placed at. */
  at: { row: number; column: number };
  /** Size in points. */
  width: number;
  height: number;
  /** Fill per series, in the data's column order after the category column, `#RRGGBB`. */
  seriesColors: string[];
}

/**
 * Series fills for √ / (√) / % / no status. Colour is never the only cue: each series carries
 * its symbol as its name in the legend, and the stacking order is always the same.
 */
export const STATUS_SERIES_COLORS = ["#2E7D32", "#F9A825", "#C62828", "#9E9E9E"];
