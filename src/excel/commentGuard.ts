// A comment written by position proves it landed on the row it was decided for, or is removed:
// in the batch that adds it, the row's plan cells are loaded first; after the sync their
// identity (ID, focus area, initiative, action) is compared with what was read, and a comment
// on a row that no longer says the same is deleted in one more sync (only when one moved). A
// co-author inserting, deleting or sorting rows between the read and the write thus never gets
// a request onto another person's action.

import type { ColumnMatch } from "../core/columns";
import type { PlanSource } from "../core/port";
import { readIdentity, rowIdentity } from "../core/requests/readRequests";
import { toRawRows } from "./rawValues";

export interface GuardedComment {
  /** 1-based sheet row and 0-based sheet column of the cell. */
  row: number;
  column: number;
  content: Excel.CommentRichContent;
}

interface Pending {
  index: number;
  expected: string | undefined;
  identity: Excel.Range;
  comment: Excel.Comment;
}

/**
 * Queues the identity loads and the comments on `sheet`; returns, after the caller's sync,
 * which were kept and which removed. `finish` costs one sync only when a row moved.
 */
export function queueGuardedComments(
  context: Excel.RequestContext,
  source: PlanSource,
  columns: ColumnMatch,
  comments: readonly GuardedComment[]
): { finish(): Promise<{ kept: number[]; removed: number[] }> } {
  // Nothing to write, nothing queued: even a getItem would be a request of its own.
  if (comments.length === 0) return { finish: async () => ({ kept: [], removed: [] }) };
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  const width = source.header.length;
  const pending: Pending[] = comments.map((c, index) => {
    const identity = sheet.getRangeByIndexes(c.row - 1, source.firstColumn, 1, width);
    identity.load("values");
    const comment = context.workbook.comments.add(
      sheet.getCell(c.row - 1, c.column),
      c.content,
      "Mention" as Excel.ContentType.mention
    );
    comment.load("id");
    return { index, expected: readIdentity(source, columns, c.row), identity, comment };
  });
  return {
    async finish() {
      const kept: number[] = [];
      const removed: number[] = [];
      for (const p of pending) {
        const now = rowIdentity(columns, toRawRows(p.identity.values)[0] ?? []);
        if (p.expected !== undefined && now === p.expected) kept.push(p.index);
        else {
          context.workbook.comments.getItem(p.comment.id).delete();
          removed.push(p.index);
        }
      }
      if (removed.length > 0) await context.sync();
      return { kept, removed };
    },
  };
}
