// Step 3 of reading the plan: actions grouped into focus areas and initiatives in first-seen
// order (names compared by nameKey), and repeated actions reported.

import { nameKey } from "../cellText";
import type { Diagnostic } from "../diagnostics";
import type { FocusArea, Initiative, Plan } from "../model";
import type { Locate } from "../readPlan";
import type { ValidRow } from "./validation";

export function groupActions(
  rows: readonly ValidRow[],
  at: Locate,
  diagnostics: Diagnostic[]
): Plan {
  const plan: Plan = { focusAreas: [] };
  const areas = new Map<string, { area: FocusArea; initiatives: Map<string, Initiative> }>();
  const seenActions = new Map<string, number>();
  // Focus-area and initiative names repeat on every row: compute each key once.
  const keys = new Map<string, string>();
  const groupKey = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };

  for (const { focusArea, initiative, action } of rows) {
    const areaKey = groupKey(focusArea);
    let group = areas.get(areaKey);
    if (!group) {
      group = { area: { name: focusArea, initiatives: [] }, initiatives: new Map() };
      areas.set(areaKey, group);
      plan.focusAreas.push(group.area);
    }
    const initiativeKey = groupKey(initiative);
    let target = group.initiatives.get(initiativeKey);
    if (!target) {
      target = { name: initiative, actions: [] };
      group.initiatives.set(initiativeKey, target);
      group.area.initiatives.push(target);
    }
    target.actions.push(action);

    const actionKey = `${areaKey}\u0000${initiativeKey}\u0000${nameKey(action.text)}`;
    const firstRow = seenActions.get(actionKey);
    if (firstRow === undefined) seenActions.set(actionKey, action.row);
    else {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.duplicateAction",
        params: { action: action.text, firstRow, row: action.row },
        ...at(action.row, "action"),
      });
    }
  }
  return plan;
}
