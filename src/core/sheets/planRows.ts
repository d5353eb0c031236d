// A plan as the rows of table Handlinger (the workbook contract's six columns, in order): what
// a plan made from data (an imported Word document) writes through Opret plan's description.

import { REQUIRED_COLUMNS, type ColumnKey } from "../columns";
import { yearMonthToExcelSerial } from "../dates";
import type { Action, Plan } from "../model";
import type { PlanCellValue } from "./planSheet";

function value(key: ColumnKey, area: string, initiative: string, action: Action): PlanCellValue {
  switch (key) {
    case "focusArea":
      return area;
    case "initiative":
      return initiative;
    case "action":
      return action.text;
    case "status":
      return action.status;
    case "note":
      return action.note === "" ? null : action.note;
    case "statusDate":
      return action.statusDate ? yearMonthToExcelSerial(action.statusDate) : null;
    case "id":
      return action.id ?? null;
  }
}

/** One row per action in plan order; status dates as Excel serials (shown "mmmm yyyy"). */
export function planTableRows(
  plan: Plan,
  columns: readonly ColumnKey[] = REQUIRED_COLUMNS
): PlanCellValue[][] {
  return plan.focusAreas.flatMap((area) =>
    area.initiatives.flatMap((initiative) =>
      initiative.actions.map((action) =>
        columns.map((key) => value(key, area.name, initiative.name, action))
      )
    )
  );
}
