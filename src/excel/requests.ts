// *Bed om status* over Office.js: ask each owner for the round's status through one comment
// that @mentions them (Excel mails them), remind them with a reply, resolve their thread when
// they have updated everything. The core decides who is asked, where and with what text
// (src/core/requests); this file fetches and writes, in a fixed number of syncs:
//
// - read: the plan and settings with the workbook's comments in one sync (one more only when
//   the optimistic read fails, see readWorkbook.ts), then the comments' cells in one;
// - send: those two, then one request that adds every comment (with its row's identity and the
//   table's extent as proofs, commentGuard.ts) and resolves the done owners' threads; one more
//   only to take the comments back when a row moved, and then the whole operation once more;
// - remind: the two reads, then one batch of replies (addressed by thread id, not position).
//
// Comments need ExcelApi 1.10 and mentions 1.11; without 1.11 nothing is written and the same
// requests are offered as mail text and mailto: links. A user's own threads are read only to
// know which cells are taken: never changed, replied to or resolved.

import { UserFacingError } from "../core/operations";
import type {
  RemindOutcome,
  RequestsOperations,
  RequestsView,
  SendOutcome,
} from "../core/requests/operations";
import { readRequests, type RequestsRead } from "../core/requests/readRequests";
import { requestMail } from "../core/requests/texts";
import {
  planReminders,
  planSend,
  requestProgress,
  threadsToResolve,
  type CommentThread,
} from "../core/requests/threads";
import { splitSheet } from "../core/a1";
import { PLAN_SHEET, PLAN_TABLE } from "../core/port";
import type { ExcelLike, OfficeLike } from "../officeHost";
import { addProvenComments } from "./commentGuard";
import { asUserFacing } from "./errors";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import { retryOnce } from "./provenWrite";
import { assertBaseline, isSupported } from "./requirements";

/** Comments (1.10) with mentions and thread state (1.11). */
export const MENTIONS_SET = "1.11";
const COMMENT_PROPS = "items/id,items/content,items/resolved";

interface Fetched {
  workbook: WorkbookRead;
  requests: RequestsRead;
  threads: CommentThread[];
  mentions: boolean;
}

/** The plan, settings and (with 1.11) every comment with its cell: two syncs. */
async function fetchAll(context: Excel.RequestContext, office: OfficeLike | undefined) {
  const mentions = isSupported(office, MENTIONS_SET);
  // Queued before the plan's read, so its first sync carries it.
  let comments = mentions ? context.workbook.comments.load(COMMENT_PROPS) : null;
  const workbook = await readWorkbook(context);
  let items: Excel.Comment[] = [];
  if (comments) {
    try {
      items = comments.items;
    } catch {
      // The optimistic read failed and took this load with it.
      comments = context.workbook.comments.load(COMMENT_PROPS);
      await context.sync();
      items = comments.items;
    }
  }
  const locations = items.map((c) => c.getLocation().load("address,rowIndex,columnIndex"));
  if (locations.length > 0) await context.sync();
  const threads: CommentThread[] = items.map((c, i) => ({
    id: c.id,
    content: c.content,
    resolved: c.resolved,
    sheet: splitSheet(locations[i].address).sheet ?? "",
    row: locations[i].rowIndex + 1,
    column: locations[i].columnIndex,
  }));
  return { workbook, requests: readRequests(workbook.raw), threads, mentions } satisfies Fetched;
}

function view(f: Fetched): RequestsView {
  const { requests } = f;
  const list = requests.list;
  return {
    ok: requests.ok,
    round: list?.round ?? null,
    language: requests.language,
    list,
    progress: list ? requestProgress(list, f.threads) : null,
    mails: list
      ? list.owners.map((o) =>
          requestMail(o, list.round, requests.language, requests.cells?.sheet ?? PLAN_SHEET)
        )
      : [],
    mentions: f.mentions,
    sheet: requests.source?.sheet ?? null,
    diagnostics: requests.diagnostics,
  };
}

/** Queues `resolved = true` on the add-in's threads of owners with nothing left to update. */
function queueResolve(context: Excel.RequestContext, f: Fetched): CommentThread[] {
  if (!f.mentions || !f.requests.list) return [];
  const done = threadsToResolve(f.requests.list, f.threads);
  for (const thread of done) context.workbook.comments.getItem(thread.id).resolved = true;
  return done;
}

/** The view after resolving: those threads now read as resolved. */
function afterResolve(f: Fetched, resolved: readonly CommentThread[]): Fetched {
  const ids = new Set(resolved.map((t) => t.id));
  return { ...f, threads: f.threads.map((t) => (ids.has(t.id) ? { ...t, resolved: true } : t)) };
}

export async function getRequestsInExcel(
  context: Excel.RequestContext,
  office: OfficeLike | undefined
): Promise<RequestsView> {
  const fetched = await fetchAll(context, office);
  const resolved = queueResolve(context, fetched);
  if (resolved.length > 0) await context.sync();
  return view(afterResolve(fetched, resolved));
}

export async function sendRequestsInExcel(
  context: Excel.RequestContext,
  office: OfficeLike | undefined
): Promise<SendOutcome> {
  const fetched = await fetchAll(context, office);
  const { requests } = fetched;
  const outcome: SendOutcome = {
    ...view(fetched),
    sent: [],
    alreadyAsked: [],
    noFreeCell: [],
    resolved: 0,
  };
  const source = requests.source;
  if (!fetched.mentions || !requests.ok || !requests.list || !requests.cells || !source)
    return outcome;
  const plan = planSend(requests.list, fetched.threads, requests.cells, requests.language);
  let resolved: CommentThread[] = [];
  await addProvenComments(
    context,
    source,
    fetched.workbook.plan?.tableAddress,
    plan.comments.map((c) => ({
      row: c.action.row,
      column: c.column,
      content: { richContent: c.content.richContent, mentions: c.content.mentions },
    })),
    () => (resolved = queueResolve(context, fetched))
  );
  if (plan.comments.length === 0 && resolved.length > 0) await context.sync();
  outcome.sent = plan.comments.map((c) => c.owner.email);
  outcome.alreadyAsked = plan.alreadyAsked.map((o) => o.email);
  outcome.noFreeCell = plan.noFreeCell.map((o) => o.email);
  outcome.resolved = resolved.length;
  // The progress as it now stands: the new comments are requests of this round.
  const written: CommentThread[] = plan.comments.map((c, i) => ({
    id: `new-${i}`,
    content: c.content.plain,
    resolved: false,
    sheet: source.sheet,
    row: c.action.row,
    column: c.column,
  }));
  const now = afterResolve({ ...fetched, threads: [...fetched.threads, ...written] }, resolved);
  return { ...outcome, progress: view(now).progress };
}

export async function remindOwnersInExcel(
  context: Excel.RequestContext,
  office: OfficeLike | undefined
): Promise<RemindOutcome> {
  const fetched = await fetchAll(context, office);
  const list = fetched.requests.list;
  const outcome: RemindOutcome = { ...view(fetched), reminded: [] };
  if (!fetched.mentions || !list) return outcome;
  const reminders = planReminders(list, fetched.threads, fetched.requests.language);
  for (const r of reminders) {
    context.workbook.comments
      .getItem(r.threadId)
      .replies.add(
        { richContent: r.content.richContent, mentions: r.content.mentions },
        "Mention" as Excel.ContentType.mention
      );
  }
  const resolved = queueResolve(context, fetched);
  if (reminders.length > 0 || resolved.length > 0) await context.sync();
  outcome.reminded = reminders.map((r) => r.owner.email);
  return { ...outcome, progress: view(afterResolve(fetched, resolved)).progress };
}

function globalExcel(): ExcelLike {
  const candidate = (globalThis as { Excel?: ExcelLike }).Excel;
  if (!candidate) throw new UserFacingError("excel.error.noExcel");
  return candidate;
}

/** The step's operations; each checks ExcelApi 1.9 and runs in its own Excel.run. */
export function createExcelRequestOperations(
  excel?: ExcelLike,
  office?: OfficeLike
): RequestsOperations {
  const host = () => excel ?? globalExcel();
  const officeHost = () => office ?? (globalThis as { Office?: OfficeLike }).Office;
  type Work<T> = (context: Excel.RequestContext, o: OfficeLike | undefined) => Promise<T>;
  const attempt = <T>(work: Work<T>) => {
    assertBaseline(officeHost());
    return host().run((context) => work(context, officeHost()));
  };
  const target = { sheet: PLAN_SHEET, table: PLAN_TABLE };
  const run = <T>(work: Work<T>) => asUserFacing(target, () => attempt(work));
  return {
    getRequests: () => run(getRequestsInExcel),
    // A co-author moved rows between the read and the write: everything is asked again from a
    // fresh read, once; after a second change the user is told (coauthoring.planChanged).
    sendRequests: () => asUserFacing(target, () => retryOnce(() => attempt(sendRequestsInExcel))),
    remindOwners: () => run(remindOwnersInExcel),
  };
}
