// The add-in's own writes to the plan (canonical symbols, status dates) raise Table.onChanged
// with source "Local" in real Excel, exactly like a user's edit, and may arrive before or
// after the write's sync resolves. The guard records which cells a write touches, for the
// duration of the write plus a short grace window; an event lying within them is ours.

import type { CellRange } from "../core/sheet";
import { contains } from "../core/a1";

interface Entry {
  sheet: string;
  rects: CellRange[];
  until: number;
}

export const DEFAULT_GRACE_MS = 2000;

export class OwnWriteGuard {
  private entries: Entry[] = [];

  constructor(
    private readonly graceMs: number = DEFAULT_GRACE_MS,
    private readonly now: () => number = () => Date.now()
  ) {}

  /** Runs a write of `rects` on `sheet`; events within them count as ours until the grace ends. */
  async run<T>(sheet: string, rects: CellRange[], write: () => Promise<T>): Promise<T> {
    const entry: Entry = { sheet: sheet.toLowerCase(), rects, until: Number.POSITIVE_INFINITY };
    this.entries.push(entry);
    try {
      return await write();
    } finally {
      entry.until = this.now() + this.graceMs;
    }
  }

  /** True when every cell of `rect` on `sheet` was written by one of our recent writes. */
  isOwn(sheet: string | undefined, rect: CellRange): boolean {
    const now = this.now();
    this.entries = this.entries.filter((e) => e.until >= now);
    const name = sheet?.toLowerCase();
    return this.entries.some(
      (e) =>
        (name === undefined || e.sheet === name) &&
        e.rects.some((r) => covers(r, rect) || covers(bounds(e.rects), rect))
    );
  }
}

function covers(outer: CellRange, inner: CellRange): boolean {
  return (
    contains(outer, inner.row, inner.column) &&
    contains(outer, inner.row + inner.rowCount - 1, inner.column + inner.columnCount - 1)
  );
}

/** Excel may report several written cells as one changed area: their bounding box. */
function bounds(rects: CellRange[]): CellRange {
  const row = Math.min(...rects.map((r) => r.row));
  const column = Math.min(...rects.map((r) => r.column));
  const rowEnd = Math.max(...rects.map((r) => r.row + r.rowCount));
  const columnEnd = Math.max(...rects.map((r) => r.column + r.columnCount));
  return { row, column, rowCount: rowEnd - row, columnCount: columnEnd - column };
}
