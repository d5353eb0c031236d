// The comment threads of the workbook as the core sees them, and what the add-in does with
// them: which owners were already asked this round, where a new request goes, whom to remind,
// which threads to resolve, and the progress per owner. Pure decisions over plain data; the
// Office adapter fetches the threads and applies the results.

import { sameMonth } from "../dates";
import { sameName } from "../keys";
import type { Language, YearMonth } from "../model";
import { addressKey } from "./owners";
import type { OwnerRequest, RequestAction, RequestList } from "./requests";
import { parseRequestMarker, reminderReply, requestComment, type MentionContent } from "./texts";

/** A comment thread as fetched: its text, state and cell. */
export interface CommentThread {
  id: string;
  /** The comment's plain-text content. */
  content: string;
  resolved: boolean;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based sheet column. */
  column: number;
}

/** An add-in request thread of one round, with the owner it asks. */
export interface RequestThread extends CommentThread {
  email: string;
}

/** The add-in's threads of `round` (the marker says so); a user's own threads are never among them. */
export function requestThreads(threads: readonly CommentThread[], round: YearMonth) {
  const out: RequestThread[] = [];
  for (const thread of threads) {
    const marker = parseRequestMarker(thread.content);
    if (marker && sameMonth(marker.round, round)) out.push({ ...thread, email: marker.email });
  }
  return out;
}

function threadOf(threads: readonly RequestThread[], email: string): RequestThread | undefined {
  return threads.find((t) => addressKey(t.email) === addressKey(email));
}

/** Where the plan's cells are: sheet, and 0-based sheet columns of Status and Statusnote. */
export interface PlanCells {
  sheet: string;
  statusColumn: number;
  noteColumn: number;
}

export interface PlannedComment {
  owner: OwnerRequest;
  /** The action whose cell carries the comment (its row, 1-based) and the 0-based column. */
  action: RequestAction;
  column: number;
  content: MentionContent;
}

export interface SendPlan {
  comments: PlannedComment[];
  /** Owners with a request of this round already: nothing is added for them. */
  alreadyAsked: OwnerRequest[];
  /** Owners whose every Status and Statusnote cell already holds a thread. */
  noFreeCell: OwnerRequest[];
}

const cellKey = (row: number, column: number) => `${row}:${column}`;

/**
 * One comment per owner not yet asked: on the Status cell of their first requested action;
 * when a cell already has a thread (a cell holds one at most), the next action's Status cell,
 * then the Statusnote cells in the same order.
 */
export function planSend(
  list: RequestList,
  threads: readonly CommentThread[],
  cells: PlanCells,
  lang: Language
): SendPlan {
  const ours = requestThreads(threads, list.round);
  const taken = new Set(
    threads.filter((t) => sameName(t.sheet, cells.sheet)).map((t) => cellKey(t.row, t.column))
  );
  const plan: SendPlan = { comments: [], alreadyAsked: [], noFreeCell: [] };
  for (const owner of list.owners) {
    if (threadOf(ours, owner.email)) {
      plan.alreadyAsked.push(owner);
      continue;
    }
    const candidates = [
      ...owner.actions.map((action) => ({ action, column: cells.statusColumn })),
      ...owner.actions.map((action) => ({ action, column: cells.noteColumn })),
    ];
    const free = candidates.find((c) => !taken.has(cellKey(c.action.row, c.column)));
    if (!free) {
      plan.noFreeCell.push(owner);
      continue;
    }
    taken.add(cellKey(free.action.row, free.column));
    plan.comments.push({
      owner,
      action: free.action,
      column: free.column,
      content: requestComment(owner, list.round, lang, cells.sheet),
    });
  }
  return plan;
}

export interface PlannedReminder {
  owner: OwnerRequest;
  threadId: string;
  content: MentionContent;
}

/** A reply mentioning each owner again who was asked this round and still has actions open. */
export function planReminders(
  list: RequestList,
  threads: readonly CommentThread[],
  lang: Language
): PlannedReminder[] {
  const ours = requestThreads(threads, list.round);
  return list.owners.flatMap((owner) => {
    const thread = threadOf(ours, owner.email);
    return thread
      ? [{ owner, threadId: thread.id, content: reminderReply(owner, list.round, lang) }]
      : [];
  });
}

/**
 * The add-in's open threads of the round whose owner has no action left to update: every
 * action they were asked about is updated (or done, or no longer theirs). Only these are resolved.
 */
export function threadsToResolve(list: RequestList, threads: readonly CommentThread[]) {
  const pending = new Set(list.owners.map((o) => addressKey(o.email)));
  return requestThreads(threads, list.round).filter(
    (t) => !t.resolved && !pending.has(addressKey(t.email))
  );
}

export interface OwnerProgress {
  name: string | null;
  email: string;
  /** Actions still to update this round. */
  pending: RequestAction[];
  /** A request of this round exists (a thread of the add-in). */
  asked: boolean;
  /** Asked, and nothing left to update. */
  updated: boolean;
  threadId: string | null;
}

export interface RequestProgress {
  owners: OwnerProgress[];
  updated: number;
  total: number;
}

/**
 * Progress per owner: the owners with actions to update plus those asked this round. An owner
 * has updated when they were asked and nothing is left ("7 of 12 owners have updated").
 */
export function requestProgress(
  list: RequestList,
  threads: readonly CommentThread[]
): RequestProgress {
  const ours = requestThreads(threads, list.round);
  const owners: OwnerProgress[] = list.owners.map((owner) => {
    const thread = threadOf(ours, owner.email);
    return {
      name: owner.name,
      email: owner.email,
      pending: owner.actions,
      asked: !!thread,
      updated: false,
      threadId: thread?.id ?? null,
    };
  });
  for (const thread of ours) {
    if (owners.some((o) => addressKey(o.email) === addressKey(thread.email))) continue;
    owners.push({
      name: null,
      email: thread.email,
      pending: [],
      asked: true,
      updated: true,
      threadId: thread.id,
    });
  }
  return { owners, updated: owners.filter((o) => o.updated).length, total: owners.length };
}
