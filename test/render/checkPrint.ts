// Checks a printed overview against its sheet description: where every cell must be on which
// page follows from the description (row heights, column widths, the core's page breaks, the
// repeated header row), anchored per page on the header row's fill as LibreOffice drew it.
// Returns what is wrong, one line each; nothing when every item prints whole in its cell.

import { HEADER_FILL } from "../../src/core/layout/styles";
import type { SheetDescription } from "../../src/core/sheet";
import { filledBoxes, pdfWords, type Box, type Word } from "./pdfLayout";

/** How far (pt) a word's box may reach past its cell: anti-aliasing of the glyph extents. */
const SLACK = 1;

interface Item {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
  text: string;
  page: number;
  /** Symbol cell: the anchor of the action it ends. */
  actionOf?: Item;
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

/** Pages as the description's breaks cut the rows: page of each row. */
function pageOfRows(sheet: SheetDescription): number[] {
  const breaks = sheet.rowBreaks ?? [];
  const pages: number[] = [];
  let page = 0;
  for (let r = 0; r < sheet.cells.length; r++) {
    while (page < breaks.length && breaks[page] <= r) page++;
    pages.push(page);
  }
  return pages;
}

function itemsOf(sheet: SheetDescription, pageOf: number[]): Item[] {
  const anchorOf = new Map<string, Item>();
  const covered = new Set<string>();
  const items: Item[] = [];
  const spans = new Map<string, { rowCount: number; columnCount: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.row}:${m.column}`, m);
    for (let r = m.row; r < m.row + m.rowCount; r++)
      for (let c = m.column; c < m.column + m.columnCount; c++)
        if (r !== m.row || c !== m.column) covered.add(`${r}:${c}`);
  }
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const key = `${r}:${c}`;
      if (covered.has(key) || cell.value === null || String(cell.value).trim() === "") return;
      const span = spans.get(key) ?? { rowCount: 1, columnCount: 1 };
      const item: Item = { row: r, column: c, ...span, text: String(cell.value), page: pageOf[r] };
      items.push(item);
      for (let k = 0; k < span.rowCount; k++) anchorOf.set(`${r + k}:${c}`, item);
    })
  );
  // A symbol column's cell ends the action in the text column to its left (odd columns below
  // the header row).
  const header = sheet.page.printTitleRows?.first ?? Infinity;
  for (const item of items) {
    if (item.row > header && item.column % 2 === 1) {
      item.actionOf = anchorOf.get(`${item.row}:${item.column - 1}`);
    }
  }
  return items;
}

interface Geometry {
  x: number[];
  rowTop: (row: number) => number;
  rowBottom: (row: number) => number;
}

function geometry(sheet: SheetDescription, page: number, header: Box, pageStart: number): Geometry {
  const heights = sheet.rowHeights.map((h) => h ?? 15);
  const titleRow = sheet.page.printTitleRows?.first ?? 0;
  const scale = (header.yMax - header.yMin) / heights[titleRow];
  const total = sheet.columnWidths.reduce((a, b) => a + b, 0);
  const x = [header.xMin];
  let acc = 0;
  for (const w of sheet.columnWidths) {
    acc += w;
    x.push(header.xMin + ((header.xMax - header.xMin) * acc) / total);
  }
  const sum = (from: number, to: number) => {
    let s = 0;
    for (let r = from; r < to; r++) s += heights[r];
    return s;
  };
  const rowTop = (row: number): number => {
    if (row === titleRow) return header.yMin;
    if (page === 0 && row < titleRow) return header.yMin - scale * sum(row, titleRow);
    const first = page === 0 ? titleRow + 1 : pageStart;
    return header.yMax + scale * sum(first, row);
  };
  return { x, rowTop, rowBottom: (row) => rowTop(row) + scale * heights[row] };
}

function rectOf(g: Geometry, item: Item): Box {
  return {
    xMin: g.x[item.column],
    xMax: g.x[item.column + item.columnCount],
    yMin: g.rowTop(item.row),
    yMax: g.rowBottom(item.row + item.rowCount - 1),
  };
}

const inside = (w: Word, r: Box) => {
  const cx = (w.xMin + w.xMax) / 2;
  const cy = (w.yMin + w.yMax) / 2;
  return cx >= r.xMin && cx <= r.xMax && cy >= r.yMin && cy <= r.yMax;
};

/** Every problem of the printed `pdf` against `sheet`. */
export function checkPrint(sheet: SheetDescription, pdf: string): string[] {
  const problems: string[] = [];
  const pages = pdfWords(pdf);
  const expectedPages = (sheet.rowBreaks?.length ?? 0) + 1;
  if (pages.length !== expectedPages) {
    problems.push(`${pages.length} pages printed, the breaks make ${expectedPages}`);
    return problems;
  }
  const pageOf = pageOfRows(sheet);
  const items = itemsOf(sheet, pageOf);
  for (const item of items) {
    const last = item.row + item.rowCount - 1;
    if (pageOf[last] !== item.page)
      problems.push(`row ${item.row + 1}: item split by a page break`);
  }
  const headers = filledBoxes(pdf, pages.length, HEADER_FILL);
  const titleRow = sheet.page.printTitleRows?.first ?? 0;
  const starts = [0, ...(sheet.rowBreaks ?? [])];
  const found = new Map<Item, Word[]>();

  pages.forEach((words, p) => {
    const header = headers[p];
    if (!header) {
      problems.push(`page ${p + 1}: no header row`);
      return;
    }
    const g = geometry(sheet, p, header, starts[p]);
    const onPage = items.filter((it) => it.page === p || (p > 0 && it.row === titleRow));
    const rects = onPage.map((it) => [it, rectOf(g, it)] as const);
    for (const word of words) {
      const hit = rects.find(([, r]) => inside(word, r));
      if (!hit) {
        problems.push(`page ${p + 1}: "${word.text}" lies in no cell that holds text`);
        continue;
      }
      const [item, r] = hit;
      if (word.xMin < r.xMin - SLACK || word.xMax > r.xMax + SLACK) {
        problems.push(`page ${p + 1}: "${word.text}" spills out of row ${item.row + 1}'s cell`);
      }
      const key = p > 0 && item.row === titleRow ? undefined : item;
      if (key) found.set(key, [...(found.get(key) ?? []), word]);
    }
  });

  for (const item of items) {
    const words = found.get(item) ?? [];
    const printed = words.map((w) => w.text).join("");
    if (squeeze(printed) !== squeeze(item.text)) {
      problems.push(
        `row ${item.row + 1}, column ${item.column + 1}: printed "${printed}", expected "${item.text}"`
      );
    }
    if (item.actionOf && words.length > 0) {
      const action = found.get(item.actionOf) ?? [];
      const lastLine = Math.max(...action.map((w) => w.yMax));
      if (action.length === 0 || Math.abs(words[0].yMax - lastLine) > 1.5) {
        problems.push(`row ${item.row + 1}: symbol ${item.text} is not on its action's last line`);
      }
    }
  }
  return problems;
}
