// Reads of a table's body under Excel on the web's 5 MB response limit ("Resource limits and
// performance optimization for Office Add-ins": requests and responses are limited to 5 MB).
// Like the writes, reads are split by measured size: the first request carries a head of the
// body sized by a generous estimate; the rest follow in requests filled up to READ_TARGET_BYTES
// from the largest row seen so far, so that the number of requests is about the bytes over
// 4 MB. One request may take rows of several pieces (the plan's rest and a history column, or
// the blocks of two rounds). Should a response still be refused (ResponsePayloadSizeLimitExceeded:
// rows far larger than those seen), that request is made again with half the rows.
//
// A read in several requests can meet a co-author's change between them: each chunk also
// loads the table's range, and when it moved, the read is abandoned (AbandonedWriteError; the
// operations retry once from a fresh read). A sort between two chunks keeps the range and is
// not detected here; the proven writes still check every row they write (provenWrite.ts).

import { AbandonedWriteError } from "./provenWrite";

/** The ceiling for one response: under the web's 5 MB with a margin. */
export const RESPONSE_LIMIT_BYTES = 4_500_000;
/**
 * What a request of measured rows is filled to. A measured row's size is exact (its JSON, as
 * the host sends it), so the gap to the ceiling (7%) is the margin for rows not yet seen being
 * larger than the largest seen; beyond the web's 5 MB the request is made again in halves.
 */
export const READ_TARGET_BYTES = 4_200_000;
/** Rows sized by an estimate, not by measured rows of their own kind, get this margin. */
const ESTIMATE_MARGIN = 1.15;
/** JSON framing of a request's answer, and of each range loaded in it (generous). */
const REQUEST_FRAMING_BYTES = 2_000;
const LOAD_FRAMING_BYTES = 300;
/**
 * Rows of the plan's and the history's heads read with the first request: together under the
 * budget for plan rows of up to ~600 bytes (a 400-character note) and history rows of up to
 * ~700. Larger rows make the host refuse that response; the read then starts again with heads
 * a quarter the size (readWorkbook.ts).
 */
export const PLAN_HEAD_ROWS = 5_000;
export const HISTORY_HEAD_ROWS = 1_500;

export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "ResponsePayloadSizeLimitExceeded";
}

export const UTF8 = new TextEncoder();

/**
 * The bytes a row of values takes in a response (its JSON, as the host sends it). With
 * `byColumn`, its cells come from ranges loaded column by column: `[value],` each.
 */
export function rowBytes(row: readonly unknown[], byColumn = false): number {
  if (!byColumn) return UTF8.encode(JSON.stringify(row)).length + 1;
  let bytes = 0;
  for (const value of row) bytes += UTF8.encode(JSON.stringify(value ?? "")).length + 3;
  return bytes;
}

/** The largest row of these. */
export function largestRow(rows: readonly (readonly unknown[])[], byColumn = false): number {
  let max = 0;
  for (const row of rows) max = Math.max(max, rowBytes(row, byColumn));
  return max;
}

/** Body rows [from, to) of a table to read, in the columns asked (all when absent). */
export interface Piece {
  table: string;
  /** The table's range as read first ("Plan!A1:G20001"): must stay while reading. */
  address: string;
  /** Columns to read (0-based in the table); all when absent. */
  columns?: readonly number[];
  from: number;
  to: number;
  /** Bytes of the largest row (of the read columns) expected. */
  bytesPerRow: number;
  /** `bytesPerRow` was measured on rows of this kind (else it is an estimate). */
  measured?: boolean;
}

interface Part {
  piece: number;
  start: number;
  count: number;
}

/** The rows of each piece for one request of `budget` bytes, pieces in order. */
function allocate(
  pieces: readonly Piece[],
  next: readonly number[],
  per: readonly number[],
  budget: number
) {
  const parts: Part[] = [];
  let left = budget - REQUEST_FRAMING_BYTES;
  pieces.forEach((piece, i) => {
    const rest = piece.to - next[i];
    if (rest <= 0) return;
    const loads = piece.columns?.length ?? 1;
    const room = left - loads * LOAD_FRAMING_BYTES;
    const fits = Math.floor(room / per[i]);
    // A request takes at least one row, so a single huge row still makes progress.
    const count = Math.min(rest, parts.length === 0 ? Math.max(1, fits) : fits);
    if (count <= 0) return;
    parts.push({ piece: i, start: next[i], count });
    left = room - count * per[i];
  });
  return parts;
}

/**
 * Reads the pieces' rows in as few requests of measured size as fit; returns each piece's
 * rows (for `columns`, each row holds those columns in that order). Every request also loads
 * the range of each table it reads from: a range that moved abandons the read.
 */
export async function readPieces(
  context: Excel.RequestContext,
  pieces: readonly Piece[]
): Promise<unknown[][][]> {
  const out: unknown[][][] = pieces.map(() => []);
  const next = pieces.map((piece) => piece.from);
  // Bytes per row: measured rows exactly; an estimate with its margin until rows are measured.
  const per = pieces.map((piece) =>
    Math.max(1, Math.ceil(piece.bytesPerRow * (piece.measured ? 1 : ESTIMATE_MARGIN)))
  );
  let budget = READ_TARGET_BYTES;
  while (pieces.some((piece, i) => next[i] < piece.to)) {
    const parts = allocate(pieces, next, per, budget);
    const tables = [...new Set(parts.map((part) => pieces[part.piece].table))];
    const ranges = tables.map((name) =>
      context.workbook.tables.getItem(name).getRange().load("address")
    );
    const loads = parts.map((part) => {
      const piece = pieces[part.piece];
      const block = context.workbook.tables
        .getItem(piece.table)
        .getDataBodyRange()
        .getRow(part.start)
        .getResizedRange(part.count - 1, 0);
      return (piece.columns ?? [null]).map((c) =>
        (c === null ? block : block.getColumn(c)).load("values")
      );
    });
    try {
      // One request per chunk: its size is what the limit is about.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const rows = parts.reduce((sum, part) => sum + part.count, 0);
      if (isResponseTooLarge(error) && rows > 1) {
        budget = Math.max(1, Math.floor(budget / 2));
        continue;
      }
      throw error;
    }
    tables.forEach((name, t) => {
      const expected = pieces.find((piece) => piece.table === name)!.address;
      if (ranges[t].address !== expected) {
        throw new AbandonedWriteError({
          sheet: expected.split("!")[0],
          table: name,
          expected,
          found: ranges[t].address,
        });
      }
    });
    parts.forEach((part, k) => {
      const piece = pieces[part.piece];
      const chunk: unknown[][] = piece.columns
        ? Array.from({ length: part.count }, (_, r) => loads[k].map((p) => p.values[r]?.[0]))
        : loads[k][0].values;
      for (const row of chunk) out[part.piece].push(row); // a chunk may be too long to spread
      const largest = largestRow(chunk, !!piece.columns);
      per[part.piece] =
        piece.measured || next[part.piece] > piece.from
          ? Math.max(per[part.piece], largest)
          : Math.max(1, largest);
      next[part.piece] += part.count;
    });
    budget = READ_TARGET_BYTES;
  }
  return out;
}
