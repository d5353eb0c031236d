// Manual page breaks for the printed overview. Excel breaks pages wherever a page is full, also
// through the middle of a merged item, cutting its text in two. So the core breaks first: it
// computes how many sheet rows fit on an A4 page as Excel scales it, and puts each break at the
// last row boundary that no merged item crosses.

import type { CellRange, PageSetup } from "../sheet";
import { POINTS_PER_PIXEL } from "./excelUnits";

/** A4 in points (210 × 297 mm). */
const A4_SHORT = 595.28;
const A4_LONG = 841.89;
/**
 * Share of the printable height the core fills. Excel rounds row heights to whole pixels and its
 * printer driver may shave a little off the page; a page 3 % short never overflows into a break
 * of Excel's own.
 */
export const PAGE_FILL = 0.97;

const inchesToPoints = (inches: number) => inches * 72;

/** A row height as Excel draws it: whole pixels, rounded up to stay on the safe side. */
const drawnHeight = (points: number) =>
  Math.ceil(points / POINTS_PER_PIXEL - 1e-9) * POINTS_PER_PIXEL;

function paper(page: PageSetup): { width: number; height: number } {
  return page.orientation === "landscape"
    ? { width: A4_LONG, height: A4_SHORT }
    : { width: A4_SHORT, height: A4_LONG };
}

/**
 * Excel's scale for "fit all columns on one page": the largest whole percentage (10–100) at
 * which the columns' pixel widths fit between the left and right margins.
 */
export function fitToWidthScale(columnPx: readonly number[], page: PageSetup): number {
  const margins = page.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const widthPt = columnPx.reduce((sum, px) => sum + px, 0) * POINTS_PER_PIXEL;
  const printable = paper(page).width - inchesToPoints(margins.left + margins.right);
  if (widthPt <= 0) return 1;
  const percent = Math.floor((100 * printable) / widthPt + 1e-9);
  return Math.min(100, Math.max(10, percent)) / 100;
}

/** Sheet points that fit on one printed page at `scale` (margins off, the page's fill applied). */
export function pageCapacity(page: PageSetup, scale: number): number {
  const margins = page.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7 };
  const printable = paper(page).height - inchesToPoints(margins.top + margins.bottom);
  return (printable / scale) * PAGE_FILL;
}

export interface PaginationInput {
  /** Row heights in points. */
  heights: readonly number[];
  merges: readonly CellRange[];
  columnPx: readonly number[];
  page: PageSetup;
  /** The first row a page may start with: rows above it stay together on page 1. */
  firstBreakableRow: number;
  /** Rows a page should not start with; used only when a page has no other boundary. */
  keepRows?: readonly number[];
}

/**
 * Rows (0-based, ascending) that start a new page. A break goes before the last row on the page
 * that no merged item continues into, so every item prints whole. An item taller than a page
 * starts on a new page and Excel breaks it where that page is full; nothing better exists.
 */
export function pageBreakRows(input: PaginationInput): number[] {
  const { heights, merges, page } = input;
  const n = heights.length;
  const crossed = new Uint8Array(n + 1); // 1: a merge continues from row r-1 into row r
  for (const m of merges) {
    for (let r = m.row + 1; r < m.row + m.rowCount && r <= n; r++) crossed[r] = 1;
  }
  const kept = new Uint8Array(n + 1);
  for (const r of input.keepRows ?? []) if (r <= n) kept[r] = 1;
  const titles = page.printTitleRows;
  let titleHeight = 0;
  if (titles) {
    for (let r = titles.first; r <= titles.last && r < n; r++)
      titleHeight += drawnHeight(heights[r]);
  }
  const capacity = pageCapacity(page, fitToWidthScale(input.columnPx, page));
  const top = new Float64Array(n + 1); // top[r]: height of rows 0..r-1
  for (let r = 0; r < n; r++) top[r + 1] = top[r] + drawnHeight(heights[r]);

  const breaks: number[] = [];
  let pageStart = 0;
  let used = 0; // height on the current page, the repeated title rows included
  let lastBoundary = -1;
  let lastKept = -1; // a boundary the page would rather not end at
  for (let r = 0; r < n; r++) {
    const h = top[r + 1] - top[r];
    if (r >= input.firstBreakableRow && !crossed[r]) {
      if (kept[r]) lastKept = r;
      else lastBoundary = r;
    }
    if (used + h > capacity && r > pageStart) {
      if (lastBoundary <= pageStart && lastKept > pageStart) lastBoundary = lastKept;
      if (lastBoundary > pageStart) {
        breaks.push(lastBoundary);
        pageStart = lastBoundary;
        used = titleHeight + (top[r] - top[lastBoundary]);
      }
      // Still too tall (an item longer than a page): Excel's own break comes here.
      if (used + h > capacity) {
        pageStart = r;
        used = titleHeight;
      }
    }
    used += h;
  }
  return breaks;
}

/**
 * Follows the printed page while the layout adds rows, so a band can move the items that a page
 * end would cut onto the next page (see bands.ts). Mirrors `pageBreakRows`' arithmetic.
 */
export class PageTracker {
  /** Drawn height on the current page, the repeated title rows included. */
  private used = 0;

  constructor(
    private readonly capacity: number,
    private readonly titleHeight: number
  ) {}

  static forSheet(columnPx: readonly number[], page: PageSetup, titleHeight: number): PageTracker {
    return new PageTracker(
      pageCapacity(page, fitToWidthScale(columnPx, page)),
      drawnHeight(titleHeight)
    );
  }

  /** Rows of `height` points that still fit on the current page. */
  rowsLeft(height: number): number {
    return Math.max(0, Math.floor((this.capacity - this.used) / drawnHeight(height) + 1e-9));
  }

  /** Rows of `height` points that fit on a fresh page below the title rows. */
  rowsPerPage(height: number): number {
    return Math.max(1, Math.floor((this.capacity - this.titleHeight) / drawnHeight(height) + 1e-9));
  }

  /** A row of `height` points: on this page, or on the next when this one is full. */
  addRow(height: number): void {
    const h = drawnHeight(height);
    if (this.used + h > this.capacity && this.used > this.titleHeight) this.newPage();
    this.used += h;
  }

  newPage(): void {
    this.used = this.titleHeight;
  }
}
