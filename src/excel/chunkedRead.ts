// Reads of a table's body under Excel on the web's 5 MB response limit ("Resource limits and
// performance optimization for Office Add-ins": requests and responses are limited to 5 MB).
// Like the writes, reads are split by measured size: the first request carries a head of the
// body sized by a generous estimate; the rest follow in chunks sized from the largest row seen
// so far, with a margin, so that no response is over RESPONSE_BUDGET_BYTES. Should a response
// still be refused (ResponsePayloadSizeLimitExceeded: rows far larger than those seen), that
// chunk is read again in halves.
//
// A read in several requests can meet a co-author's change between them: each chunk also
// loads the table's range, and when it moved, the read is abandoned (AbandonedWriteError; the
// operations retry once from a fresh read). A sort between two chunks keeps the range and is
// not detected here; the proven writes still check every row they write (provenWrite.ts).

import { AbandonedWriteError } from "./provenWrite";

/** The ceiling for one response: under the web's 5 MB with a margin. */
export const RESPONSE_LIMIT_BYTES = 4_500_000;
/** What chunks are sized for (the measured rows plus JSON framing stay under the ceiling). */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
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

/** The bytes a row of values takes in a response (its JSON, as the host sends it). */
export function rowBytes(row: readonly unknown[]): number {
  return UTF8.encode(JSON.stringify(row)).length + 1;
}

/** The largest row of these. */
export function largestRow(rows: readonly (readonly unknown[])[]): number {
  let max = 0;
  for (const row of rows) max = Math.max(max, rowBytes(row));
  return max;
}

/** Rows per chunk for rows of up to `bytesPerRow` bytes. */
export function rowsPerChunk(bytesPerRow: number, budget = RESPONSE_BUDGET_BYTES): number {
  return Math.max(1, Math.floor(budget / Math.max(1, Math.ceil(bytesPerRow * 1.15))));
}

export interface BodyRead {
  table: string;
  /** Body rows already read (the head), and the body's row count. */
  rows: unknown[][];
  /** The first body row to read (0-based; the rows before it are not read). */
  from?: number;
  rowCount: number;
  /** The table's range as read with the head ("Plan!A1:G20001"): must stay while reading. */
  address: string;
  /** Columns to read (0-based in the table); all when absent. */
  columns?: readonly number[];
  /** Bytes of the largest row (of the read columns) expected. */
  bytesPerRow: number;
}

/**
 * Reads the body rows after the head, in requests of measured size; returns all rows (for
 * `columns`, each row holds those columns in that order).
 */
export async function readRestOfBody(
  context: Excel.RequestContext,
  read: BodyRead
): Promise<unknown[][]> {
  const rows = [...read.rows];
  // The estimate sizes the first chunk only when no row was measured yet; then measured rows do.
  let bytesPerRow = rows.length > 0 ? largestRow(rows) : read.bytesPerRow;
  let start = (read.from ?? 0) + rows.length;
  while (start < read.rowCount) {
    let count = Math.min(read.rowCount - start, rowsPerChunk(bytesPerRow));
    for (;;) {
      const table = context.workbook.tables.getItem(read.table);
      const range = table.getRange().load("address");
      const block = table
        .getDataBodyRange()
        .getRow(start)
        .getResizedRange(count - 1, 0);
      const parts = (read.columns ?? [null]).map((c) =>
        (c === null ? block : block.getColumn(c)).load("values")
      );
      try {
        // One request per chunk: its size is what the limit is about.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (isResponseTooLarge(error) && count > 1) {
          count = Math.ceil(count / 2);
          continue;
        }
        throw error;
      }
      if (range.address !== read.address) {
        throw new AbandonedWriteError({
          sheet: read.address.split("!")[0],
          table: read.table,
          expected: read.address,
          found: range.address,
        });
      }
      const chunk: unknown[][] = read.columns
        ? Array.from({ length: count }, (_, r) => parts.map((p) => p.values[r]?.[0]))
        : parts[0].values;
      for (const row of chunk) rows.push(row); // a chunk may be too long to spread
      bytesPerRow = Math.max(bytesPerRow, largestRow(chunk));
      break;
    }
    start += count;
  }
  return rows;
}
