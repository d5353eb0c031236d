// Reads the plan's rows into the model: focus areas → initiatives → actions, in sheet order,
// with a diagnostic for everything that could not be read as written. Three steps, one file
// each (src/core/plan/): row extraction, validation of each row, grouping.

import {
  COLUMN_ALIASES,
  COLUMN_NAMES,
  matchColumns,
  type ColumnKey,
  type ColumnMatch,
} from "./columns";
import type { Diagnostic } from "./diagnostics";
import type { Plan, StatusSymbol } from "./model";
import type { PlanSource } from "./port";
import { cellText } from "./cellText";
import { extractRows } from "./plan/rows";
import { groupActions } from "./plan/grouping";
import { validateRow } from "./plan/validation";

/** A typed status variant to be replaced by its canonical symbol. */
export interface StatusFix {
  /** 1-based sheet row. */
  row: number;
  /** 0-based index within the source row. */
  column: number;
  from: string;
  to: StatusSymbol;
}

export interface ReadPlanResult {
  /** False when the plan cannot be read at all (required columns missing). */
  ok: boolean;
  plan: Plan;
  diagnostics: Diagnostic[];
  statusFixes: StatusFix[];
  columns: ColumnMatch;
}

export { cellText, nameKey } from "./cellText";

/** Where a diagnostic about a plan cell points: sheet, row, and the column's header text. */
export type Locate = (row: number, key?: ColumnKey) => Pick<Diagnostic, "sheet" | "row" | "column">;

export function readPlan(source: PlanSource): ReadPlanResult {
  const columns = matchColumns(source.header);
  const diagnostics: Diagnostic[] = [];
  const statusFixes: StatusFix[] = [];
  const headerText = (index: number) => cellText(source.header[index]);
  const at: Locate = (row, key) => ({
    sheet: source.sheet,
    row,
    ...(key !== undefined && columns.columns[key] !== undefined
      ? { column: headerText(columns.columns[key]) }
      : {}),
  });

  for (const key of columns.missing) {
    diagnostics.push({
      severity: "error",
      code: "core.diag.missingColumn",
      params: { column: COLUMN_NAMES[key].da, aliases: COLUMN_ALIASES[key].join(", ") },
      sheet: source.sheet,
      row: source.headerRow,
    });
  }
  for (const duplicate of columns.duplicates ?? []) {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.duplicateColumn",
      params: { column: headerText(duplicate.index) },
      sheet: source.sheet,
      row: source.headerRow,
      column: headerText(duplicate.index),
    });
  }
  if (columns.missing.length > 0) {
    return { ok: false, plan: { focusAreas: [] }, diagnostics, statusFixes, columns };
  }

  const rows = extractRows(source, columns, at, diagnostics);
  const valid = rows.flatMap(
    (row) => validateRow(row, columns, at, diagnostics, statusFixes) ?? []
  );
  const plan = groupActions(valid, at, diagnostics);
  if (plan.focusAreas.length === 0) {
    diagnostics.push({ severity: "info", code: "core.diag.emptyPlan", sheet: source.sheet });
  }
  return { ok: true, plan, diagnostics, statusFixes, columns };
}
