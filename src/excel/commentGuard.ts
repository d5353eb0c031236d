// Comments written by position prove their rows (provenWrite.ts): in the request that adds
// them, each target row's identity cells (ID, action text, as read: planRowProof) and the extent
// of table Handlinger are loaded first; after the sync they are compared with the read. On any
// difference every comment of the request is deleted again in one more request and
// AbandonedWriteError is thrown (the caller's retryOnce asks again from a fresh read). A
// co-author inserting, deleting or sorting rows between the read and the write thus never gets
// a request onto another person's action: it lands on the right one, or is not written.

import { PLAN_TABLE, type PlanSource } from "../core/port";
import { expectedTable, planRowProof } from "./planProofs";
import { ProvenSession } from "./provenWrite";

export interface GuardedComment {
  /** 1-based sheet row and 0-based sheet column of the cell. */
  row: number;
  column: number;
  content: Excel.CommentRichContent;
}

/**
 * Adds the comments on `source.sheet` with their proofs in one request (plus `alsoQueue`, e.g.
 * resolving threads by id); one more request only to take them back on a mismatch.
 */
export async function addProvenComments(
  context: Excel.RequestContext,
  source: PlanSource,
  tableAddress: string | undefined,
  comments: readonly GuardedComment[],
  alsoQueue: () => void = () => undefined
): Promise<void> {
  if (comments.length === 0) {
    alsoQueue();
    return;
  }
  const added: Excel.Comment[] = [];
  await new ProvenSession(context, { canResize: false }).step({
    expect: comments.flatMap((c) => planRowProof(source, c.row)),
    tables: source.kind === "table" ? expectedTable(PLAN_TABLE, tableAddress) : [],
    // The comments set no cell: nothing to restore but the comments themselves.
    targets: () => [],
    write: () => {
      const sheet = context.workbook.worksheets.getItem(source.sheet);
      for (const c of comments) {
        const comment = context.workbook.comments.add(
          sheet.getCell(c.row - 1, c.column),
          c.content,
          "Mention" as Excel.ContentType.mention
        );
        added.push(comment.load("id"));
      }
      alsoQueue();
    },
    undo: () => {
      for (const comment of added) context.workbook.comments.getItem(comment.id).delete();
    },
  });
}
