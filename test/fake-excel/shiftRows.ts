// Inserting and deleting cells with a vertical shift, as Excel's "Insert cells … Shift cells down",
// "Delete cells … Shift cells up" and whole-row insert/delete do it (Range.insert(shift) and
// Range.delete(shift), ExcelApi 1.1). What moves with the cells, as in Excel:
// - cell contents, formats and data validation in the shifted columns;
// - tables: a table below the change moves; a change inside a table's rows (across its full
//   width) grows or shrinks it ("Resize a table by adding rows and columns": inserted rows
//   inside a table become table rows); deleting all its rows deletes it;
// - defined names and conditional formats: their ranges move and grow or shrink the same way; a
//   name whose cells are all deleted refers to #REF! ("=#REF!", as the Name Manager shows it);
// - for whole rows, row heights, merges and manual page breaks move too.
// Tables follow Excel's rule ("This operation is not allowed. The operation is attempting to
// shift cells in a table on your worksheet."): cells of a table shift only across its full width.

import { MAX_COLUMNS, intersects, type Rect } from "./address";
import { ErrorCodes, FakeUsageError, fail } from "./errors";
import type { HostCore } from "./hostcore";
import { type SheetState, cellKey, keyCol, keyRow } from "./state";

export const SHIFT_NOT_ALLOWED =
  "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.";

/** A rectangle's rows after `count` rows were inserted at `at` (count > 0) or deleted from it. */
function shiftedRows(
  r0: number,
  r1: number,
  at: number,
  count: number
): { r0: number; r1: number } | null {
  if (count > 0) {
    if (at <= r0) return { r0: r0 + count, r1: r1 + count };
    if (at <= r1) return { r0, r1: r1 + count };
    return { r0, r1 };
  }
  const d0 = at;
  const d1 = at - count - 1;
  if (d1 < r0) return { r0: r0 + count, r1: r1 + count };
  if (d0 > r1) return { r0, r1 };
  if (d0 <= r0 && d1 >= r1) return null; // every row deleted
  const above = Math.max(0, Math.min(d1, r0 - 1) - d0 + 1);
  const inside = Math.min(d1, r1) - Math.max(d0, r0) + 1;
  return { r0: r0 - above, r1: r1 - above - inside };
}

/** Throws like Excel when the shift would cut through a table (or a merge, which the fake does not model). */
function checkShift(host: HostCore, sheet: SheetState, rect: Rect, what: string): void {
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  const below: Rect = { r0: rect.r0, r1: Number.MAX_SAFE_INTEGER, c0: rect.c0, c1: rect.c1 };
  if (!wholeRows && sheet.merges.some((m) => intersects(m, below)))
    throw new FakeUsageError(`${what}: merged cells in the shifted area are not modelled`);
  for (const t of host.wb.tables) {
    if (t.sheetId !== sheet.id || !intersects(t.rect, below)) continue;
    if (!(rect.c0 <= t.rect.c0 && rect.c1 >= t.rect.c1))
      fail(ErrorCodes.invalidOperation, `${what}: ${SHIFT_NOT_ALLOWED}`);
  }
}

/**
 * Shifts the columns `rect.c0..c1` of `sheet`: `count` > 0 inserts that many rows at row
 * `rect.r0`, `count` < 0 deletes rows `rect.r0 .. rect.r0 - count - 1`. The caller records
 * the change for onChanged.
 */
export function shiftRows(
  host: HostCore,
  sheet: SheetState,
  rect: Rect,
  count: number,
  what: string
): void {
  host.assertWritable(sheet, what);
  checkShift(host, sheet, rect, what);
  const at = rect.r0;
  const wholeRows = rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;
  const inColumns = (c: number) => c >= rect.c0 && c <= rect.c1;

  for (const map of [sheet.cells, sheet.validations] as Map<number, unknown>[]) {
    const moved: [number, unknown][] = [];
    for (const [k, v] of map) {
      const r = keyRow(k);
      const c = keyCol(k);
      if (!inColumns(c) || r < at) continue;
      map.delete(k);
      if (count > 0) moved.push([cellKey(r + count, c), v]);
      else if (r > at - count - 1) moved.push([cellKey(r + count, c), v]);
    }
    for (const [k, v] of moved) map.set(k, v);
  }

  // Tables whose columns lie in the shifted span (checkShift refused partial overlaps).
  for (const t of [...host.wb.tables]) {
    if (t.sheetId !== sheet.id || t.rect.c0 < rect.c0 || t.rect.c1 > rect.c1) continue;
    const rows = shiftedRows(t.rect.r0, t.rect.r1, at, count);
    if (rows === null) host.wb.tables.splice(host.wb.tables.indexOf(t), 1);
    else if (count < 0 && at === t.rect.r0 && rows.r0 === t.rect.r0 && -count < rowsOf(t.rect))
      // Deleting the header row but not the body is refused by Excel.
      fail(ErrorCodes.invalidOperation, `${what}: cannot delete a table's header row alone`);
    else t.rect = { ...t.rect, ...rows };
  }

  for (const n of host.wb.names) {
    if (n.kind !== "range" || n.sheetId !== sheet.id || !n.rect) continue;
    if (n.rect.c0 < rect.c0 || n.rect.c1 > rect.c1) continue;
    const rows = shiftedRows(n.rect.r0, n.rect.r1, at, count);
    if (rows === null) {
      n.kind = "formula";
      n.formula = "=#REF!";
      n.rect = undefined;
      n.sheetId = undefined;
    } else n.rect = { ...n.rect, ...rows };
  }

  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
    if (cf.rect.c0 < rect.c0 || cf.rect.c1 > rect.c1) return true;
    const rows = shiftedRows(cf.rect.r0, cf.rect.r1, at, count);
    if (rows === null) return false;
    cf.rect = { ...cf.rect, ...rows };
    return true;
  });

  if (wholeRows) {
    const heights = [...sheet.rowHeights];
    sheet.rowHeights.clear();
    for (const [r, h] of heights) {
      if (r < at) sheet.rowHeights.set(r, h);
      else if (count > 0) sheet.rowHeights.set(r + count, h);
      else if (r > at - count - 1) sheet.rowHeights.set(r + count, h);
    }
    sheet.merges = sheet.merges.flatMap((m) => {
      const rows = shiftedRows(m.r0, m.r1, at, count);
      return rows === null ? [] : [{ ...m, ...rows }];
    });
    sheet.rowBreaks = sheet.rowBreaks
      .map((r) => (r < at ? r : count > 0 ? r + count : r > at - count - 1 ? r + count : -1))
      .filter((r) => r > 0);
  }
}

function rowsOf(r: Rect): number {
  return r.r1 - r.r0 + 1;
}
