// What a write into the plan or the history proves (see provenWrite.ts): a row's identity as it
// was read (its ID when the plan has one, its action text, and the cells the write changes),
// and the tables' extents. Built from the read, so the proof is exactly what the decision used.

import { matchColumns } from "../core/columns";
import type { PlanSource } from "../core/port";
import type { RawCell } from "../core/raw";
import type { ExpectedCell, ExpectedTable } from "./provenWrite";

/** "Plan!A1:G1" and 40 body rows → "Plan!A1:G41": a table's whole range as Excel writes it. */
export function tableAddress(headerAddress: string, bodyRowCount: number): string {
  const bang = headerAddress.lastIndexOf("!");
  const sheet = headerAddress.slice(0, bang + 1);
  const [first, last = first] = headerAddress.slice(bang + 1).split(":");
  const row = Number(/\d+$/.exec(first)?.[0] ?? "1");
  const lastColumn = /^[A-Z$]+/.exec(last)?.[0] ?? "A";
  return `${sheet}${first}:${lastColumn}${row + bodyRowCount}`;
}

export function expectedTable(name: string, address: string | undefined): ExpectedTable[] {
  return address ? [{ name, address }] : [];
}

/** The columns (indexes into the plan's header) that identify a row: ID when present, action. */
export function identityColumns(source: PlanSource): number[] {
  const { columns } = matchColumns(source.header);
  return [columns.id, columns.action].filter((c): c is number => c !== undefined);
}

/**
 * The cells of plan row `sheetRow` (1-based) that a write there must still find as read: the
 * identity columns and `columns` (header indexes) besides.
 */
export function planRowProof(
  source: PlanSource,
  sheetRow: number,
  columns: readonly number[] = []
): ExpectedCell[] {
  const cells = source.rows[sheetRow - source.headerRow - 1] ?? [];
  const wanted = [...new Set([...identityColumns(source), ...columns])];
  return wanted.map((index) => ({
    sheet: source.sheet,
    row: sheetRow - 1,
    column: source.firstColumn + index,
    value: (cells[index] ?? null) as RawCell,
  }));
}
