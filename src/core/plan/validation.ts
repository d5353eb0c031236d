// Step 2 of reading the plan: one row → an action in its focus area and initiative, or a
// diagnostic saying why the row is left out. Typed status variants become status fixes.

import { cellText } from "../cellText";
import type { ColumnMatch } from "../columns";
import { parseMonth } from "../dates";
import type { Diagnostic } from "../diagnostics";
import type { Action } from "../model";
import type { Locate, StatusFix } from "../readPlan";
import { parseStatus, STATUS_SYMBOLS } from "../status";
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

  const status = parseStatus(cells.status ?? null);
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
  } else if (status.kind === "unknown") {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.unknownStatus",
      params: { text: status.text, symbols: STATUS_SYMBOLS.join(", ") },
      ...at(row, "status"),
    });
  }

  const date = parseMonth(cells.statusDate ?? null);
  if (date.kind === "month") action.statusDate = date.value;
  else if (date.kind === "invalid") {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.invalidStatusDate",
      params: { text: date.text },
      ...at(row, "statusDate"),
    });
  }
  return { focusArea, initiative, action };
}
