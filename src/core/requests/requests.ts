// Who is asked for this round's status: the rule, once. For the round, every action that is
// not done (status other than √) and whose Statusdato is not that round is asked of each of its
// owners with an address; an action without an addressable owner is unassigned.
//
// Order: actions in plan order (sheet row order); owners in the order of their first requested
// action. An action with two owners is listed under both.

import { sameMonth } from "../dates";
import type { Diagnostic } from "../diagnostics";
import type { Action, Plan, StatusSymbol, YearMonth } from "../model";
import { addressKey, parseOwners } from "./owners";

export interface RequestAction {
  /** Column ID, or null where the action has none yet. */
  id: string | null;
  /** 1-based sheet row. */
  row: number;
  focusArea: string;
  initiative: string;
  action: string;
  status: StatusSymbol | null;
}

export interface OwnerRequest {
  /** Display name as written, or null. */
  name: string | null;
  /** The address as first written. */
  email: string;
  actions: RequestAction[];
}

export interface RequestList {
  round: YearMonth;
  owners: OwnerRequest[];
  unassigned: RequestAction[];
}

export interface RequestsRead {
  list: RequestList;
  /** Owner entries without an address, one per cell, with sheet, row and column. */
  diagnostics: Diagnostic[];
}

/** The rule: asked when not done and not already given a status in this round. */
export function needsUpdate(action: Pick<Action, "status" | "statusDate">, round: YearMonth) {
  return action.status !== "√" && !sameMonth(action.statusDate, round);
}

interface Located {
  action: Action;
  focusArea: string;
  initiative: string;
}

function planActions(plan: Plan): Located[] {
  return plan.focusAreas
    .flatMap((area) =>
      area.initiatives.flatMap((initiative) =>
        initiative.actions.map((action) => ({
          action,
          focusArea: area.name,
          initiative: initiative.name,
        }))
      )
    )
    .sort((a, b) => a.action.row - b.action.row);
}

export function requestAction({ action, focusArea, initiative }: Located): RequestAction {
  return {
    id: action.id ?? null,
    row: action.row,
    focusArea,
    initiative,
    action: action.text,
    status: action.status,
  };
}

export interface CollectOptions {
  /** Sheet of the plan and the header of its owner column, for the diagnostics. */
  sheet: string;
  ownerColumn?: string;
}

/** The requests of `round`: per owner their actions to update, then the unassigned ones. */
export function collectRequests(
  plan: Plan,
  round: YearMonth,
  options: CollectOptions
): RequestsRead {
  const owners = new Map<string, OwnerRequest>();
  const unassigned: RequestAction[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const located of planActions(plan)) {
    const cell = parseOwners(located.action.owner ?? "");
    if (cell.invalid.length > 0) {
      diagnostics.push({
        severity: "warning",
        code: "requests.diag.ownerWithoutAddress",
        params: { entries: cell.invalid.join("; ") },
        sheet: options.sheet,
        row: located.action.row,
        ...(options.ownerColumn ? { column: options.ownerColumn } : {}),
      });
    }
    if (!needsUpdate(located.action, round)) continue;
    const item = requestAction(located);
    if (cell.owners.length === 0) {
      unassigned.push(item);
      continue;
    }
    for (const owner of cell.owners) {
      const key = addressKey(owner.email);
      let entry = owners.get(key);
      if (!entry) {
        entry = { name: owner.name, email: owner.email, actions: [] };
        owners.set(key, entry);
      } else if (entry.name === null && owner.name !== null) entry.name = owner.name;
      entry.actions.push(item);
    }
  }
  return { list: { round: { ...round }, owners: [...owners.values()], unassigned }, diagnostics };
}

/** How the owner is shown: the display name, else the address. */
export function ownerLabel(owner: { name: string | null; email: string }): string {
  return owner.name ?? owner.email;
}
