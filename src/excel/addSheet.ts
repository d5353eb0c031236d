// Queues a new sheet from a core description: sheet Plan and sheet Indstillinger of "Opret
// plan". Cells, styles, widths and page setup go through the generated-sheet writer's own
// queueing (writeOverview.ts); tables and number formats follow. Nothing is synced here: the
// caller's one sync sends it with the rest of its operation. These sheets are a few rows, far
// below the request limit, so they are one chunk.

import type { CellRange, SheetDescription } from "../core/sheet";
import { planOverviewWrite, queueRows, queueSheetSettings } from "./writeOverview";

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range =>
  ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);

export function queueNewSheet(
  context: Excel.RequestContext,
  description: SheetDescription,
  /** The sheet, already added earlier in the request (see createPlan.ts). */
  added?: Excel.Worksheet
): Excel.Worksheet {
  const ws = added ?? context.workbook.worksheets.add(description.name);
  const plan = planOverviewWrite(description, Number.POSITIVE_INFINITY);
  for (const chunk of plan.chunks) {
    queueRows(ws, description, plan, chunk);
    // Untracked, as in the overview's writer: no _KeepReference per range on the wire.
    chunk.merges.forEach((merge) => rangeOf(ws, merge).untrack().merge(false));
  }
  queueSheetSettings(ws, description);
  for (const spec of description.tables ?? []) {
    const table = ws.tables.add(rangeOf(ws, spec.range), true);
    table.name = spec.name;
    table.style = spec.style;
    if (spec.filterButtons === false) table.showFilterButton = false;
  }
  for (const { range, format } of description.numberFormats ?? []) {
    rangeOf(ws, range).numberFormat = Array.from({ length: range.rowCount }, () =>
      new Array<string>(range.columnCount).fill(format)
    );
  }
  return ws;
}
