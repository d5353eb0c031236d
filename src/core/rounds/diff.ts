// What changed between two rounds. Actions are matched by ID; actions without an ID on either
// side (history typed by hand, a plan before its IDs were filled) are matched by focus area,
// initiative and action text, compared like the plan groups names. An action whose status and
// note both changed gives two entries. A renamed or moved action is not a change of its own:
// entries name it as it is in the later round.

import { nameKey } from "../readPlan";
import type { StatusSymbol } from "../model";
import { idKey } from "./ids";
import type { ActionState } from "./model";

export type ChangeKind = "status" | "note" | "added" | "removed";

export interface StateValue {
  status: StatusSymbol | null;
  note: string;
}

export interface Change {
  id: string | null;
  focusArea: string;
  initiative: string;
  action: string;
  kind: ChangeKind;
  before: StateValue | null;
  after: StateValue | null;
  /** The action's row in sheet Plan now, when it is still in the plan (to select it). */
  planRow: number | null;
}

/** Key of an action by its names, for matching where IDs are missing. */
function textKey(s: ActionState): string {
  return `${nameKey(s.focusArea)}\u0000${nameKey(s.initiative)}\u0000${nameKey(s.action)}`;
}

/** Notes compare ignoring surrounding and repeated white space (a re-wrapped note is the same). */
function sameNote(a: string, b: string): boolean {
  if (a === b) return true;
  return a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
}

/**
 * Pairs `from` with `to` states: first by ID, then the rest by names. Returns for each `to`
 * index its `from` partner (or -1) and the `from` indexes left unmatched.
 */
export function matchStates(
  from: readonly ActionState[],
  to: readonly ActionState[]
): { partner: Int32Array; unmatchedFrom: number[] } {
  const partner = new Int32Array(to.length).fill(-1);
  const used = new Uint8Array(from.length);
  const fromById = new Map<string, number>();
  from.forEach((s, i) => {
    if (s.id !== null) {
      const key = idKey(s.id);
      if (!fromById.has(key)) fromById.set(key, i);
    }
  });
  to.forEach((s, j) => {
    if (s.id === null) return;
    const i = fromById.get(idKey(s.id));
    if (i !== undefined && !used[i]) {
      partner[j] = i;
      used[i] = 1;
    }
  });
  // Second pass by names, only among states not paired by ID, and never pairing two
  // different IDs (two actions with the same text but their own IDs are two actions).
  const fromByText = new Map<string, number[]>();
  from.forEach((s, i) => {
    if (used[i]) return;
    const key = textKey(s);
    const list = fromByText.get(key);
    if (list) list.push(i);
    else fromByText.set(key, [i]);
  });
  to.forEach((s, j) => {
    if (partner[j] !== -1) return;
    const list = fromByText.get(textKey(s));
    if (!list) return;
    const k = list.findIndex((i) => !used[i] && (s.id === null || from[i].id === null));
    if (k === -1) return;
    const i = list[k];
    list.splice(k, 1);
    partner[j] = i;
    used[i] = 1;
  });
  const unmatchedFrom: number[] = [];
  for (let i = 0; i < from.length; i++) if (!used[i]) unmatchedFrom.push(i);
  return { partner, unmatchedFrom };
}

const value = (s: ActionState): StateValue => ({ status: s.status, note: s.note });

function entry(
  s: ActionState,
  kind: ChangeKind,
  before: StateValue | null,
  after: StateValue | null
): Change {
  return {
    id: s.id,
    focusArea: s.focusArea,
    initiative: s.initiative,
    action: s.action,
    kind,
    before,
    after,
    planRow: null,
  };
}

/**
 * The changes from one round to a later one, grouped by focus area: areas in `areaOrder`
 * first (the overview's columns), then the others as they appear; inside an area the later
 * round's order, removed actions last in the earlier round's order.
 */
export function diffRounds(
  from: readonly ActionState[],
  to: readonly ActionState[],
  areaOrder: readonly string[] = []
): Change[] {
  const { partner, unmatchedFrom } = matchStates(from, to);
  const changes: Change[] = [];
  to.forEach((after, j) => {
    const i = partner[j];
    if (i === -1) {
      changes.push(entry(after, "added", null, value(after)));
      return;
    }
    const before = from[i];
    const withId = before.id !== null && after.id === null ? { ...after, id: before.id } : after;
    if (before.status !== after.status) {
      changes.push(entry(withId, "status", value(before), value(after)));
    }
    if (!sameNote(before.note, after.note)) {
      changes.push(entry(withId, "note", value(before), value(after)));
    }
  });
  for (const i of unmatchedFrom) changes.push(entry(from[i], "removed", value(from[i]), null));
  return groupByFocusArea(changes, areaOrder);
}

/** Stable grouping by focus area (compared like the plan compares names). */
function groupByFocusArea(changes: Change[], areaOrder: readonly string[]): Change[] {
  const rank = new Map<string, number>();
  areaOrder.forEach((name) => {
    const key = nameKey(name);
    if (!rank.has(key)) rank.set(key, rank.size);
  });
  for (const c of changes) {
    const key = nameKey(c.focusArea);
    if (!rank.has(key)) rank.set(key, rank.size);
  }
  const buckets: Change[][] = Array.from({ length: rank.size }, () => []);
  for (const c of changes) buckets[rank.get(nameKey(c.focusArea)) as number].push(c);
  return buckets.flat();
}

/** Changes per focus area, in the order they come (for lists and sheets). */
export function changesByFocusArea(
  changes: readonly Change[]
): { focusArea: string; changes: Change[] }[] {
  const groups: { focusArea: string; changes: Change[] }[] = [];
  const index = new Map<string, number>();
  for (const c of changes) {
    const key = nameKey(c.focusArea);
    let i = index.get(key);
    if (i === undefined) {
      i = groups.length;
      index.set(key, i);
      groups.push({ focusArea: c.focusArea, changes: [] });
    }
    groups[i].changes.push(c);
  }
  return groups;
}

/** Fills `planRow` from the plan as it is now: by ID, else by names (as rounds are matched). */
export function locateInPlan(changes: readonly Change[], now: readonly ActionState[]): Change[] {
  const byId = new Map<string, number>();
  const byText = new Map<string, number>();
  for (const s of now) {
    if (s.id !== null && !byId.has(idKey(s.id))) byId.set(idKey(s.id), s.row);
    const key = textKey(s);
    if (!byText.has(key)) byText.set(key, s.row);
  }
  return changes.map((c) => {
    const row =
      c.id !== null
        ? byId.get(idKey(c.id))
        : byText.get(textKey({ ...c, id: null, status: null, note: "", statusDate: null, row: 0 }));
    return { ...c, planRow: row ?? null };
  });
}
