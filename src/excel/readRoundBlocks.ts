// The second step of reading only some rounds of the history (comparing rounds, the overview
// of a round): once the round column is read, the rows of the rounds needed are read whole, in
// requests of measured size (chunkedRead.ts), each row checked to still hold its round.

import { HISTORY_TABLE } from "../core/port";
import type { RawCell } from "../core/raw";
import { readPieces, type Piece } from "./chunkedRead";
import { AbandonedWriteError } from "./provenWrite";
import { toRawCell } from "./rawValues";

export interface BlockRead {
  /** The history's first rows, read whole with the first request. */
  head: unknown[][];
  /** Every row's read columns; `round` is the round column's place in them. */
  index: unknown[][];
  round: number;
  /** The round column's place in the table. */
  roundColumn: number;
  address: string;
  bytesPerRow: number;
  measured: boolean;
}

/**
 * The rows of the rounds needed whole (the rounds' rule, from the round column), in requests
 * of measured size. Each still holds the round read before: a sort or an edit of the round
 * column between the two reads abandons it, as a moved range does (readPieces).
 */
export async function readRoundBlocks(
  context: Excel.RequestContext,
  blocksOf: (roundCells: RawCell[]) => [number, number][],
  read: BlockRead
): Promise<{ rows: Map<number, unknown[]>; ranges: [number, number][] }> {
  const rows = new Map<number, unknown[]>();
  read.head.forEach((row, r) => rows.set(r, row));
  const blocks = blocksOf(read.index.map((row) => toRawCell(row[read.round])));
  const missing = blocks
    .map(([from, to]): [number, number] => [Math.max(from, read.head.length), to])
    .filter(([from, to]) => from < to);
  const pieces: Piece[] = missing.map(([from, to]) => ({
    table: HISTORY_TABLE,
    address: read.address,
    from,
    to,
    bytesPerRow: read.bytesPerRow,
    measured: read.measured,
  }));
  const fetched = pieces.length > 0 ? await readPieces(context, pieces) : [];
  missing.forEach(([from], b) =>
    fetched[b].forEach((row, r) => {
      const before = read.index[from + r][read.round];
      if (row[read.roundColumn] !== before) {
        throw new AbandonedWriteError({
          sheet: read.address.split("!")[0],
          table: HISTORY_TABLE,
          expected: String(before),
          found: String(row[read.roundColumn]),
        });
      }
      rows.set(from + r, row);
    })
  );
  const ranges: [number, number][] = read.head.length > 0 ? [[0, read.head.length]] : [];
  for (const [from, to] of missing) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] >= from) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  }
  return { rows, ranges };
}
