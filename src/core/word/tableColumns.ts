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
  /** Texts of a first column of row labels (no focus area's): reported, not imported. */
  rowLabels: string[];
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

  let header = rows[headerIndex].filter((c) => cellText(c) !== "");
  const body = rows.slice(headerIndex + 1);
  // A first column whose cells never open an initiative, beside columns that do, holds row
  // labels ("Mål 1", "2019"), even under a heading of its own.
  const firstColumn = body.flatMap((cells) => cells.filter((c) => c.start === 0 && !c.covered));
  if (
    header.length > 1 &&
    header[0].start === 0 &&
    !firstColumn.some(hasInitiativeCue) &&
    body.some((cells) => cells.some((c) => c.start > 0 && hasInitiativeCue(c)))
  ) {
    header = header.slice(1);
  }
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
  // Text left of the first area belongs to no focus area: row labels, reported by the import.
  const rowLabels: string[] = [];
  for (const cells of body) {
    for (const cell of cells) {
      if (cell.covered) continue;
      const index = areaAt(cell.start);
      if (index >= 0) areas[index].paragraphs.push(...cell.paragraphs);
      else if (cellText(cell) !== "") rowLabels.push(cellText(cell).replace(/\s+/g, " "));
    }
  }
  return {
    table,
    areas: areas.map(({ name, paragraphs }) => ({ name, paragraphs })),
    titleRow,
    rowLabels,
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
