// Native charts from the core's host-neutral ChartDescription (ExcelApi 1.1 throughout):
// ChartCollection.add over the described data range, then title, place, size and the fill of
// each series. The charts a previous write left on the sheet are deleted first: clearing a
// sheet's cells does not remove its charts.

import type { ChartDescription } from "../core/rounds";

const CHART_TYPES: Record<ChartDescription["type"], "ColumnStacked"> = {
  columnStacked: "ColumnStacked",
};

/** Name of the n-th chart the add-in places on a sheet (1-based), to find it again. */
export function chartName(n: number): string {
  return `Statusoversigt ${n}`;
}

/**
 * Queues the charts on `ws`. `existing`: names of the charts on the sheet now (loaded in an
 * earlier sync); those the add-in made are deleted, any other chart is the user's and stays.
 */
export function queueCharts(
  ws: Excel.Worksheet,
  charts: readonly ChartDescription[],
  existing: readonly string[]
): void {
  for (const name of existing) {
    if (/^Statusoversigt \d+$/.test(name)) ws.charts.getItem(name).delete();
  }
  charts.forEach((description, i) => {
    const { data } = description;
    const source = ws.getRangeByIndexes(data.row, data.column, data.rowCount, data.columnCount);
    const chart = ws.charts.add(CHART_TYPES[description.type], source, "Columns");
    chart.name = chartName(i + 1);
    chart.title.text = description.title;
    chart.legend.position = "Bottom";
    chart.setPosition(ws.getRangeByIndexes(description.at.row, description.at.column, 1, 1));
    chart.width = description.width;
    chart.height = description.height;
    description.seriesColors.forEach((color, s) => {
      chart.series.getItemAt(s).format.fill.setSolidColor(color);
    });
  });
}
