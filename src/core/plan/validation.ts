// Step 2 of reading the plan: one row → an action in its focus area and initiative, or a
// diagnostic saying why the row is left out. Typed status variants become status fixes.

import { cellText } from "../cellText";
import type { ColumnMatch } from "../columns";
import type { Diagnostic } from "../diagnostics";
import type { Action } from "../model";
import type { Locate, StatusFix } from "../readPlan";
import { statusCell, statusDateCell } from "../cellRules";
import type { PlanRow } from "./rows";

export interface ValidRow {
  focusArea: string;
  initiative: string;
  action: Action;
}

function placeDiagnostic(focusArea: string, initiative: string): string {
  if (focusArea === "" && initiative === "") return "core.diag.actionWithoutFocusAreaAndInitiative";
  return focusArea === ""
    ? "core.diag.actionWithoutFocusArea"
    : "core.diag.actionWithoutInitiative";
}

export function validateRow(
  { row, cells }: PlanRow,
  columns: ColumnMatch,
  at: Locate,
  diagnostics: Diagnostic[],
  statusFixes: StatusFix[]
): ValidRow | null {
  const focusArea = cellText(cells.focusArea);
  const initiative = cellText(cells.initiative);
  const text = cellText(cells.action);
  if (text === "") {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.rowWithoutAction",
      ...at(row, "action"),
    });
    return null;
  }
  if (focusArea === "" || initiative === "") {
    diagnostics.push({
      severity: "warning",
      code: placeDiagnostic(focusArea, initiative),
      params: { action: text },
      ...at(row, focusArea === "" ? "focusArea" : "initiative"),
    });
    return null;
  }

  const action: Action = { text, status: null, note: cellText(cells.note), statusDate: null, row };
  const id = cellText(cells.id);
  if (id !== "") action.id = id;
  const owner = cellText(cells.owner);
  if (owner !== "") action.owner = owner;

  const status = statusCell(cells.status ?? null, at(row, "status"), diagnostics);
  if (status.kind === "symbol") {
    action.status = status.symbol;
    if (!status.canonical) {
      statusFixes.push({
        row,
        column: columns.columns.status as number,
        from: String(cells.status),
        to: status.symbol,
      });
    }
  }
  action.statusDate = statusDateCell(cells.statusDate ?? null, at(row, "statusDate"), diagnostics);
  return { focusArea, initiative, action };
}
