// Range.delete(shift): deleting cells moves the cells below (Up) or to the right (Left) into
// their place, as Excel's "Delete cells … Shift cells up/left". Only Up is modelled; Left is a
// FakeUsageError. Tables follow Excel's rule ("This operation is not allowed. The operation is
// attempting to shift cells in a table on your worksheet."): rows of a table can be deleted,
// or a table moved up, only when the deleted columns span the table's full width.

import { intersects, rowsOf, type Rect } from "./address";
import { ErrorCodes, FakeUsageError, fail } from "./errors";
import type { HostCore } from "./hostcore";
import { type SheetState, cellKey, keyCol, keyRow } from "./state";

const SHIFT_NOT_ALLOWED =
  "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.";

export function deleteCells(host: HostCore, sheet: SheetState, rect: Rect, shift: string): void {
  if (shift !== "Up")
    throw new FakeUsageError(`Range.delete: only shift "Up" is modelled by the fake, got ${shift}`);
  host.assertWritable(sheet, "Range.delete");
  const height = rowsOf(rect);
  const inColumns = (c: number) => c >= rect.c0 && c <= rect.c1;
  const below: Rect = { r0: rect.r0, r1: Number.MAX_SAFE_INTEGER, c0: rect.c0, c1: rect.c1 };
  if (sheet.merges.some((m) => intersects(m, below)))
    throw new FakeUsageError("Range.delete: merged cells in the shifted area are not modelled");

  const tables = host.wb.tables.filter((t) => t.sheetId === sheet.id && intersects(t.rect, below));
  for (const t of tables) {
    const fullWidth = rect.c0 <= t.rect.c0 && rect.c1 >= t.rect.c1;
    if (!fullWidth) fail(ErrorCodes.invalidOperation, `Range.delete: ${SHIFT_NOT_ALLOWED}`);
    if (intersects(t.rect, rect) && rect.r0 <= t.rect.r0 && rect.r1 < t.rect.r1)
      fail(ErrorCodes.invalidOperation, "Range.delete: cannot delete a table's header row alone");
  }

  for (const map of [sheet.cells, sheet.validations] as Map<number, unknown>[]) {
    const moved: [number, unknown][] = [];
    for (const [k, v] of map) {
      const r = keyRow(k);
      const c = keyCol(k);
      if (!inColumns(c) || r < rect.r0) continue;
      map.delete(k);
      if (r > rect.r1) moved.push([cellKey(r - height, c), v]);
    }
    for (const [k, v] of moved) map.set(k, v);
  }

  for (const t of tables) {
    if (rect.r0 <= t.rect.r0 && rect.r1 >= t.rect.r1) {
      host.wb.tables.splice(host.wb.tables.indexOf(t), 1); // the whole table deleted
      continue;
    }
    const overlap = Math.max(0, Math.min(rect.r1, t.rect.r1) - Math.max(rect.r0, t.rect.r0) + 1);
    const above = Math.max(0, Math.min(rect.r1, t.rect.r0 - 1) - rect.r0 + 1);
    t.rect = { ...t.rect, r0: t.rect.r0 - above, r1: t.rect.r1 - above - overlap };
  }
  host.recordChange(sheet, rect, "RangeEdited");
}
