// `statusoversigt requests --json`: the contract for a mail merge or a Power Automate flow,
// exactly {"round","owners":[{"name","email","actions":[…]}],"unassigned":[…]}, keys in this order.

import { formatMonthIso } from "../dates";
import type { RequestAction, RequestList } from "./requests";

export interface RequestActionJson {
  id: string | null;
  row: number;
  focusArea: string;
  initiative: string;
  action: string;
  status: string | null;
}

export interface RequestsJson {
  round: string;
  owners: { name: string | null; email: string; actions: RequestActionJson[] }[];
  unassigned: RequestActionJson[];
}

function actionJson(a: RequestAction): RequestActionJson {
  return {
    id: a.id,
    row: a.row,
    focusArea: a.focusArea,
    initiative: a.initiative,
    action: a.action,
    status: a.status,
  };
}

export function requestsJson(list: RequestList): RequestsJson {
  return {
    round: formatMonthIso(list.round),
    owners: list.owners.map((o) => ({
      name: o.name,
      email: o.email,
      actions: o.actions.map(actionJson),
    })),
    unassigned: list.unassigned.map(actionJson),
  };
}
