// Finds the overview table in a document and reads it as focus-area columns: the header row
// names the areas, every body cell below belongs to the area whose columns it starts in.

import { paragraphText, type WordBlock, type WordParagraph, type WordTable } from "./document";
import { headingCue } from "./cues";

export interface AreaColumn {
  name: string;
  /** The area's paragraphs from top to bottom: every body row's cell(s) in this area. */
  paragraphs: WordParagraph[];
}

export interface TableColumns {
  table: WordTable;
  areas: AreaColumn[];
  /** Text of a full-width row above the header (a merged title row), if any. */
  titleRow: string;
}

interface PlacedCell {
  start: number;
  span: number;
  paragraphs: WordParagraph[];
  covered: boolean;
}

function place(table: WordTable): PlacedCell[][] {
  return table.rows.map((row) => {
    let start = 0;
    return row.cells.map((cell) => {
      const span = Math.max(1, cell.gridSpan ?? 1);
      const placed = {
        start,
        span,
        paragraphs: cell.paragraphs,
        covered: cell.vMerge === "continue",
      };
      start += span;
      return placed;
    });
  });
}

function cellText(cell: PlacedCell): string {
  return cell.paragraphs.map(paragraphText).join("\n").trim();
}

function hasInitiativeCue(cell: PlacedCell): boolean {
  return cell.paragraphs.some((p) => headingCue(paragraphText(p).trim())?.kind === "initiative");
}

function gridWidth(rows: PlacedCell[][]): number {
  return Math.max(0, ...rows.map((cells) => cells.reduce((n, c) => n + c.span, 0)));
}

/** A row that is one cell across the whole table (a merged title row). */
function isFullWidth(cells: PlacedCell[], width: number): boolean {
  const filled = cells.filter((c) => !c.covered && cellText(c) !== "");
  return filled.length === 1 && filled[0].span >= width && width > 1;
}

/**
 * The columns of `table`, or null when it has no header row of focus areas: a row with text
 * directly above the first row whose cells open initiatives ("Indsats:"/"Initiative:").
 */
export function readTableColumns(table: WordTable): TableColumns | null {
  const rows = place(table);
  const width = gridWidth(rows);
  const firstBand = rows.findIndex((cells) => cells.some(hasInitiativeCue));
  if (firstBand <= 0) return null;
  let headerIndex = firstBand - 1;
  while (headerIndex >= 0) {
    const cells = rows[headerIndex];
    if (cells.some((c) => !c.covered && cellText(c) !== "") && !isFullWidth(cells, width)) break;
    headerIndex--;
  }
  if (headerIndex < 0) return null;
  const titleRow = rows
    .slice(0, headerIndex)
    .filter((cells) => isFullWidth(cells, width))
    .map((cells) => cells.map(cellText).join(""))
    .join("\n");

  const header = rows[headerIndex].filter((c) => cellText(c) !== "");
  const areas: (AreaColumn & { start: number })[] = header.map((c) => ({
    name: cellText(c).replace(/\s+/g, " ").replace(/:+$/, "").trim(),
    paragraphs: [],
    start: c.start,
  }));
  // A body cell belongs to the area starting at or left of it (a symbol column under a header
  // spanning text and symbol belongs to its area).
  const areaAt = (start: number) => {
    let found = -1;
    areas.forEach((area, i) => {
      if (area.start <= start) found = i;
    });
    return found;
  };
  const stray: WordParagraph[] = [];
  for (const cells of rows.slice(headerIndex + 1)) {
    for (const cell of cells) {
      if (cell.covered) continue;
      const index = areaAt(cell.start);
      (index >= 0 ? areas[index].paragraphs : stray).push(...cell.paragraphs);
    }
  }
  // Text left of the first area has no focus area; keep it with the first one so it is reported.
  if (stray.length > 0) areas[0].paragraphs.unshift(...stray);
  return {
    table,
    areas: areas.map(({ name, paragraphs }) => ({ name, paragraphs })),
    titleRow,
  };
}

export type FindResult =
  | { kind: "found"; index: number; columns: TableColumns }
  | { kind: "noTable" }
  | { kind: "noHeaderRow" };

/** The first table of the document with a recognisable header row. */
export function findOverviewTable(blocks: readonly WordBlock[]): FindResult {
  let tables = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind !== "table") continue;
    tables++;
    const columns = readTableColumns(block);
    if (columns) return { kind: "found", index: i, columns };
  }
  return tables === 0 ? { kind: "noTable" } : { kind: "noHeaderRow" };
}
