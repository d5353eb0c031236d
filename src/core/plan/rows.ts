// Step 1 of reading the plan: the cells of the plan's columns per data row. Error values are
// reported and read as empty; rows empty in every plan column are left out.

import { isBlank } from "../cellText";
import { REQUIRED_COLUMNS, type ColumnKey, type ColumnMatch } from "../columns";
import type { Diagnostic } from "../diagnostics";
import type { PlanSource } from "../port";
import { readableCell } from "../cellRules";
import type { RawCell } from "../raw";
import type { Locate } from "../readPlan";

/** Every column the plan reads: the required ones and the optional ID and owner. */
export const PLAN_KEYS: readonly ColumnKey[] = [...REQUIRED_COLUMNS, "id", "owner"];

export interface PlanRow {
  /** 1-based sheet row. */
  row: number;
  cells: Partial<Record<ColumnKey, RawCell>>;
}

export function extractRows(
  source: PlanSource,
  columns: ColumnMatch,
  at: Locate,
  diagnostics: Diagnostic[]
): PlanRow[] {
  const rows: PlanRow[] = [];
  source.rows.forEach((values, i) => {
    const row = source.headerRow + 1 + i;
    const cells: Partial<Record<ColumnKey, RawCell>> = {};
    for (const key of PLAN_KEYS) {
      const index = columns.columns[key];
      if (index === undefined) continue;
      cells[key] = readableCell(values[index] ?? null, at(row, key), diagnostics);
    }
    if (!PLAN_KEYS.every((key) => isBlank(cells[key]))) rows.push({ row, cells });
  });
  return rows;
}
