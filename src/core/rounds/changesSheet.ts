// The generated sheet Ændringer: the changes from one round to another, per focus area, and
// below them a counts table per focus area (one row per round: √ / (√) / % / no status) with a
// stacked-column chart of it beside each table, so colleagues without the add-in see the trend.

import "./messages";
import { t } from "../../i18n";
import type { Language, Settings } from "../model";
import { formatTimestamp } from "../layout/top";
import { GridBuilder } from "../layout/grid";
import { HEADER_FILL, MUTED_COLOR, SMALL_FONT_SIZE, TITLE_FONT_SIZE } from "../layout/styles";
import { rowPieces, type RowPiece } from "../layout/splitText";
import { lineHeight } from "../layout/textHeight";
import type { CellStyle, SheetCell, SheetDescription } from "../sheet";
import { STATUS_SERIES_COLORS, type ChartDescription } from "./chart";
import { COUNT_KEYS, roundLabel, type Trend } from "./counts";
import type { Change, StateValue } from "./diff";
import type { RoundRef } from "./model";
import type { YearMonth } from "../model";

import { CHANGES_SHEET } from "../port";

export { CHANGES_MARKER_NAME, CHANGES_SHEET } from "../port";

/** Columns of the changes list; the counts tables reuse the first five. */
const WIDTHS = [20, 10, 14, 22, 40, 36, 36];
const COLUMNS = 7;
const CHART_COLUMN = 5;
const CHART_WIDTH = 380;
const CHART_HEIGHT = 190;
/** Rows a counts block takes at least, so a chart (15 pt rows) never overlaps the next one. */
const CHART_ROWS = Math.ceil(CHART_HEIGHT / lineHeight()) + 1;

const STYLE = {
  title: { bold: true, fontSize: TITLE_FONT_SIZE, verticalAlignment: "top" } as CellStyle,
  generated: { italic: true, fontSize: SMALL_FONT_SIZE, color: MUTED_COLOR } as CellStyle,
  text: { wrap: true, verticalAlignment: "top" } as CellStyle,
  header: {
    bold: true,
    fill: HEADER_FILL,
    borderBottom: "thin",
    wrap: true,
    verticalAlignment: "top",
  } as CellStyle,
  headerNumber: {
    bold: true,
    fill: HEADER_FILL,
    borderBottom: "thin",
    horizontalAlignment: "center",
  } as CellStyle,
  area: { bold: true, verticalAlignment: "top" } as CellStyle,
  section: { bold: true, fontSize: 12 } as CellStyle,
  number: { horizontalAlignment: "center" } as CellStyle,
};

export interface ChangesSheetInput {
  from: YearMonth;
  to: RoundRef;
  changes: readonly Change[];
  trend: Trend;
  settings: Settings;
  generatedAt?: Date;
}

export interface ChangesSheet {
  sheet: SheetDescription;
  charts: ChartDescription[];
}

/** A state as one cell's text: "√ — note", the symbol alone, or "no status". */
export function stateText(value: StateValue | null, lang: Language): string {
  if (!value) return "";
  const status = value.status ?? t(lang, "rounds.noStatus");
  return value.note.trim() === "" ? status : `${status} — ${value.note}`;
}

/** Before and after of one entry: only what the entry is about. */
export function changeCells(change: Change, lang: Language): [string, string] {
  switch (change.kind) {
    case "status":
      return [
        change.before?.status ?? t(lang, "rounds.noStatus"),
        change.after?.status ?? t(lang, "rounds.noStatus"),
      ];
    case "note":
      return [change.before?.note ?? "", change.after?.note ?? ""];
    default:
      return [stateText(change.before, lang), stateText(change.after, lang)];
  }
}

/**
 * Appends one entry's row; returns its index. A text taller than a row may be (409 pt, e.g. a
 * long note) continues in the same column on the rows below, split at word boundaries; on those
 * continuation rows the other columns stay empty (same style), so nothing repeats and the entry
 * reads as one item. The pieces put together are the text exactly.
 */
function textRow(grid: GridBuilder, values: (string | null)[], style: CellStyle): number {
  const pieces: RowPiece[][] = [];
  for (let c = 0; c < COLUMNS; c++) {
    const value = values[c] ?? null;
    pieces.push(value ? rowPieces(value, grid.columnPx[c], { bold: style.bold }) : []);
  }
  const rows = Math.max(1, ...pieces.map((p) => p.length));
  let first = -1;
  for (let r = 0; r < rows; r++) {
    const cells: SheetCell[] = [];
    let height = lineHeight();
    for (let c = 0; c < COLUMNS; c++) {
      const piece = pieces[c][r];
      // The first row keeps an empty string as it is (an entry's empty "before").
      const value = piece ? piece.text : r === 0 ? (values[c] ?? null) : null;
      cells.push(value === null ? grid.blank(style) : { value, style });
      if (piece) height = Math.max(height, piece.height);
    }
    const row = grid.addRow(cells, height);
    if (r === 0) first = row;
  }
  return first;
}

export function buildChangesSheet(input: ChangesSheetInput): ChangesSheet {
  const lang = input.settings.language;
  const grid = new GridBuilder(WIDTHS);
  const from = roundLabel(input.from, lang);
  const to = roundLabel(input.to, lang);
  grid.addMergedRow(
    t(lang, "rounds.sheet.title", { from, to }),
    STYLE.title,
    lineHeight(TITLE_FONT_SIZE) + 4
  );
  grid.addMergedRow(
    input.generatedAt
      ? t(lang, "rounds.sheet.generatedAt", { time: formatTimestamp(input.generatedAt) })
      : t(lang, "rounds.sheet.generated"),
    STYLE.generated,
    lineHeight(SMALL_FONT_SIZE) + 3
  );
  grid.addGapRow(8);

  const headerRow = textRow(
    grid,
    ["focusArea", "id", "kind", "initiative", "action", "before", "after"].map((k) =>
      t(lang, `rounds.sheet.column.${k}`)
    ),
    STYLE.header
  );
  if (input.changes.length === 0) {
    grid.addMergedRow(t(lang, "rounds.sheet.none", { from, to }), STYLE.text, lineHeight());
  }
  for (const change of input.changes) {
    const [before, after] = changeCells(change, lang);
    textRow(
      grid,
      [
        change.focusArea,
        change.id ?? "",
        t(lang, `rounds.kind.${change.kind}`),
        change.initiative,
        change.action,
        before,
        after,
      ],
      STYLE.text
    );
  }

  grid.addGapRow(lineHeight());
  textRow(grid, [t(lang, "rounds.sheet.counts")], STYLE.section);
  const charts: ChartDescription[] = [];
  for (const area of input.trend.focusAreas) {
    const first = textRow(grid, [area.focusArea], STYLE.area);
    const dataRow = textRow(
      grid,
      [
        t(lang, "rounds.sheet.column.round"),
        ...COUNT_KEYS.map((k) => k.symbol ?? t(lang, "rounds.noStatus")),
      ],
      STYLE.headerNumber
    );
    input.trend.rounds.forEach((round, r) => {
      const counts = area.counts[r];
      grid.addRow(
        [
          { value: roundLabel(round, lang), style: STYLE.text },
          ...COUNT_KEYS.map((k) => ({ value: counts[k.key], style: STYLE.number })),
          grid.blank(),
          grid.blank(),
        ],
        lineHeight()
      );
    });
    charts.push({
      type: "columnStacked",
      title: area.focusArea,
      data: {
        row: dataRow,
        column: 0,
        rowCount: input.trend.rounds.length + 1,
        columnCount: 1 + COUNT_KEYS.length,
      },
      seriesBy: "columns",
      at: { row: first, column: CHART_COLUMN },
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      seriesColors: [...STATUS_SERIES_COLORS],
    });
    while (grid.rowCount - first < CHART_ROWS) grid.addGapRow(lineHeight());
    grid.addGapRow(lineHeight());
  }

  const sheet = grid.toSheet(CHANGES_SHEET, {
    orientation: "landscape",
    paperSize: "A4",
    fitToPagesWide: 1,
    printTitleRows: { first: headerRow, last: headerRow },
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
  });
  return { sheet, charts };
}
