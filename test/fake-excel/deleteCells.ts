// Range.delete(shift) and Range.insert(shift) (ExcelApi 1.1): "Delete cells … Shift cells up" and
// "Insert cells … Shift cells down", and whole rows (getEntireRow().delete/insert). The shift
// itself, and what moves with it, is shiftRows.ts. Only vertical shifts are modelled: "Left"
// and "Right" are FakeUsageErrors. onChanged reports the change type Excel reports
// (Excel.DataChangeType: RowInserted / RowDeleted for whole rows, CellInserted / CellDeleted
// otherwise).

import { MAX_COLUMNS, type Rect } from "./address";
import { FakeUsageError } from "./errors";
import type { HostCore } from "./hostcore";
import { shiftRows } from "./shiftRows";
import type { SheetState } from "./state";

const isWholeRows = (rect: Rect) => rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1;

export function deleteCells(host: HostCore, sheet: SheetState, rect: Rect, shift: string): void {
  if (shift !== "Up")
    throw new FakeUsageError(`Range.delete: only shift "Up" is modelled by the fake, got ${shift}`);
  shiftRows(host, sheet, rect, -(rect.r1 - rect.r0 + 1), "Range.delete");
  host.recordChange(sheet, rect, isWholeRows(rect) ? "RowDeleted" : "CellDeleted");
}

export function insertCells(host: HostCore, sheet: SheetState, rect: Rect, shift: string): void {
  if (shift !== "Down")
    throw new FakeUsageError(
      `Range.insert: only shift "Down" is modelled by the fake, got ${shift}`
    );
  shiftRows(host, sheet, rect, rect.r1 - rect.r0 + 1, "Range.insert");
  host.recordChange(sheet, rect, isWholeRows(rect) ? "RowInserted" : "CellInserted");
}
