// A plan as the rows of table Handlinger: what a plan made from data (an imported Word
// document) writes through Opret plan's description — the workbook contract's six columns and
// column ID, filled by the rounds' ID rule.

import { REQUIRED_COLUMNS, type ColumnKey } from "../columns";
import { yearMonthToExcelSerial } from "../dates";
import type { Action, Language, Plan } from "../model";
import { assignIds } from "../rounds/ids";
import type { SheetDescription } from "../sheet";
import { describePlanSheet, type PlanCellValue } from "./planSheet";

/**
 * A plan made from data has its IDs from the start. Column ID comes last, where *Anvend
 * statusformatering* adds it to a plan without one (after column Ansvarlig, written empty).
 */
export const SEEDED_PLAN_COLUMNS: readonly ColumnKey[] = [...REQUIRED_COLUMNS, "owner", "id"];

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
    case "owner":
      return action.owner ?? null;
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

/**
 * The plan with an ID on every action: IDs it has are kept, the others numbered on (H-001, …)
 * by assignIds, in plan order. A new plan has no history, so nothing else is in use.
 */
export function withIds(plan: Plan): Plan {
  const actions = plan.focusAreas.flatMap((a) => a.initiatives.flatMap((i) => i.actions));
  // Positions, not the actions' rows: a plan made from data need not carry sheet rows.
  const ids = assignIds(
    actions.map((a, index) => ({ id: a.id ?? null, row: index })),
    null
  );
  const given = new Map(ids.assignments.map((a) => [a.row, a.id]));
  let index = 0;
  return {
    ...plan,
    focusAreas: plan.focusAreas.map((area) => ({
      ...area,
      initiatives: area.initiatives.map((initiative) => ({
        ...initiative,
        actions: initiative.actions.map((action) => {
          const id = given.get(index++);
          return id === undefined ? action : { ...action, id };
        }),
      })),
    })),
  };
}

/** Sheet Plan for a plan made from data (Opret plan with an imported plan, `import`). */
export function describeSeededPlanSheet(plan: Plan, language: Language): SheetDescription {
  return describePlanSheet({
    language,
    columns: SEEDED_PLAN_COLUMNS,
    rows: planTableRows(withIds(plan), SEEDED_PLAN_COLUMNS),
  });
}
