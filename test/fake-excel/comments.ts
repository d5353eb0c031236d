// Excel's threaded comments (ExcelApi 1.10; mentions and rich content 1.11), as the reference
// describes them ("Excel.CommentCollection", "Excel.Comment", "Excel.CommentReplyCollection",
// "Excel.CommentRichContent", "Work with comments using the Excel JavaScript API"):
//
// - `workbook.comments` holds every comment of the workbook, `worksheet.comments` those of one
//   sheet ("Comments within a workbook are tracked by the Workbook.comments property. This
//   includes comments created by users and also comments created by your add-in").
// - `add(cellAddress, content, contentType)`: "Creates a new comment with the given content on
//   the given cell. An InvalidArgument error is thrown if the provided range is larger than one
//   cell." Content is a string (ContentType.plain, the default) or a CommentRichContent
//   `{richContent: '<at id="0">Name</at> …', mentions: [{id, name, email}]}` with
//   ContentType.mention (ExcelApi 1.11: "They will be notified via email").
// - A cell holds one thread: adding a comment to a cell that has one is an error (office-js
//   #1416: "If we try to add a comment to a cell that already has a comment, an error occurs";
//   the code is not stated, the fake uses InvalidOperation).
// - `getItemByCell(cellAddress)`: "If there is no comment in the cell, an error is thrown"
//   (ItemNotFound, office-js #1416); more than one cell is InvalidArgument, as for add.
// - `getItem(id)`, `getItemAt(index)`, `getCount()`, `items`.
// - Comment: `id`, `content` ("The comment's content. The string is plain text."), `authorName`,
//   `authorEmail`, `creationDate`, `contentType`, `resolved` ("A value of true means that the
//   comment thread is resolved"; writable), `richContent` ("Gets the rich comment content (e.g.,
//   mentions in comments)", 1.11), `mentions` (1.11), `replies`, `getLocation()`, `delete()`.
// - CommentReply (`replies.add(content, contentType)`, `getItemAt`, `getCount`, `items`): the
//   same properties; `resolved` is its thread's.
//
// Choices where the documentation is silent: a mention comment's `content` is its rich content
// with each `<at id>` tag replaced by the tag's text; every `<at id="n">` must have a mention of
// that id, and a rich content object needs ContentType.mention (InvalidArgument otherwise,
// stricter than Excel may be). The author is the host's user (`setCommentUser`); a comment
// lives on its cell and moves with it (insert, delete, sort move the cell); a comment whose cell
// is deleted is gone, as in Excel. Tests seed other people's comments with `addCommentAs`.

import { colsOf, parseAddress, rowsOf, sheetAddress, type Rect } from "./address";
import { ErrorCodes, fail } from "./errors";
import type { HostCore } from "./hostcore";
import { FakeClientObject, FakeCollection, type FakeRequestContext } from "./proxy";
import { FakeRange } from "./range";
import { cellFor, findSheet, sheetById, type CellState, type SheetState } from "./state";

export interface CommentMention {
  id: number;
  name: string;
  email: string;
}

export interface CommentAuthor {
  name: string;
  email: string;
}

interface Entry {
  id: string;
  content: string;
  richContent: string;
  mentions: CommentMention[];
  contentType: "Plain" | "Mention";
  authorName: string;
  authorEmail: string;
  creationDate: string;
}

export interface CommentData extends Entry {
  sheetId: string;
  /** The cell the thread is on: its state object moves with the cell. */
  anchor: CellState;
  resolved: boolean;
  replies: Entry[];
}

interface CommentStore {
  comments: CommentData[];
  next: number;
  user: CommentAuthor;
}

const stores = new WeakMap<HostCore, CommentStore>();

/** The comments of a host's workbook (tests read them here). */
export function commentStore(core: HostCore): CommentStore {
  let store = stores.get(core);
  if (!store) {
    store = {
      comments: [],
      next: 1,
      user: { name: "Koordinator", email: "koordinator@kommune.dk" },
    };
    stores.set(core, store);
  }
  return store;
}

/** Who writes through the add-in (the signed-in user of this host). */
export function setCommentUser(core: HostCore, user: CommentAuthor): void {
  commentStore(core).user = { ...user };
}

/** Where a comment is now: its sheet and 0-based cell, or null when its cell was deleted. */
export function commentLocation(
  core: HostCore,
  c: CommentData
): { sheet: SheetState; row: number; column: number } | null {
  const sheet = sheetById(core.wb, c.sheetId);
  if (!sheet) return null;
  for (const [k, cell] of sheet.cells)
    if (cell === c.anchor) return { sheet, row: Math.floor(k / 16384), column: k % 16384 };
  return null;
}

/** The comments whose cells still exist, in the order they were added. */
export function liveComments(core: HostCore, sheet?: SheetState): CommentData[] {
  const store = commentStore(core);
  store.comments = store.comments.filter((c) => commentLocation(core, c) !== null);
  return store.comments.filter((c) => !sheet || c.sheetId === sheet.id);
}

function commentAt(core: HostCore, sheet: SheetState, row: number, column: number) {
  return liveComments(core, sheet).find((c) => {
    const at = commentLocation(core, c);
    return at !== null && at.row === row && at.column === column;
  });
}

const TAG = /<at id="(\d+)">([\s\S]*?)<\/at>/g;

/** Plain content, rich content and mentions of what add() / replies.add() received. */
function readContent(
  core: HostCore,
  content: unknown,
  contentType: unknown,
  what: string
): Pick<Entry, "content" | "richContent" | "mentions" | "contentType"> {
  const type = contentType ?? "Plain";
  if (type !== "Plain" && type !== "Mention")
    fail(ErrorCodes.invalidArgument, `${what}: contentType '${String(type)}'`);
  if (typeof content === "string") {
    if (type === "Mention")
      fail(ErrorCodes.invalidArgument, `${what}: ContentType.mention needs a CommentRichContent`);
    return { content, richContent: content, mentions: [], contentType: "Plain" };
  }
  core.requireApi("1.11", `${what} with CommentRichContent`);
  const rich = content as { richContent?: unknown; mentions?: unknown };
  if (type !== "Mention" || typeof rich?.richContent !== "string")
    fail(ErrorCodes.invalidArgument, `${what}: a CommentRichContent needs ContentType.mention`);
  const mentions = Array.isArray(rich.mentions) ? (rich.mentions as CommentMention[]) : [];
  for (const m of mentions)
    if (typeof m?.id !== "number" || typeof m.name !== "string" || typeof m.email !== "string")
      fail(ErrorCodes.invalidArgument, `${what}: a mention needs id, name and email`);
  for (const match of rich.richContent.matchAll(TAG))
    if (!mentions.some((m) => m.id === Number(match[1])))
      fail(ErrorCodes.invalidArgument, `${what}: <at id="${match[1]}"> has no mention`);
  return {
    content: rich.richContent.replace(TAG, (_all, _id, text: string) => text),
    richContent: rich.richContent,
    mentions: mentions.map((m) => ({ id: m.id, name: m.name, email: m.email })),
    contentType: "Mention",
  };
}

function newEntry(
  core: HostCore,
  author: CommentAuthor,
  id: string
): Omit<Entry, "content" | "richContent" | "mentions" | "contentType"> {
  void core;
  return {
    id,
    authorName: author.name,
    authorEmail: author.email,
    creationDate: new Date().toISOString(),
  };
}

/** One cell of a Range or address ("Plan!E5", or "E5" on the collection's sheet). */
function oneCell(
  core: HostCore,
  cellAddress: unknown,
  scope: SheetState | null,
  what: string
): { sheet: SheetState; row: number; column: number } {
  let sheet: SheetState | undefined;
  let rect: Rect;
  if (cellAddress instanceof FakeRange) {
    const live = cellAddress._live();
    sheet = live.sheet;
    rect = live.rect;
  } else if (typeof cellAddress === "string") {
    const parsed = parseAddress(cellAddress);
    rect = parsed.rect;
    sheet = parsed.sheet
      ? findSheet(core.wb, parsed.sheet)
      : (scope ?? sheetById(core.wb, core.wb.activeSheetId));
    if (!sheet) fail(ErrorCodes.itemNotFound, `${what}: no sheet for '${cellAddress}'`);
  } else fail(ErrorCodes.invalidArgument, `${what}: cellAddress must be a Range or an address`);
  if (scope && sheet !== scope)
    fail(ErrorCodes.invalidArgument, `${what}: the cell is on another sheet`);
  if (rowsOf(rect) * colsOf(rect) !== 1)
    fail(ErrorCodes.invalidArgument, `${what}: the range is larger than one cell`);
  return { sheet, row: rect.r0, column: rect.c0 };
}

/** Seeds a thread written by someone else (a colleague typing a comment in Excel). */
export function addCommentAs(
  core: HostCore,
  sheetName: string,
  address: string,
  content: string,
  author: CommentAuthor
): CommentData {
  const sheet = findSheet(core.wb, sheetName);
  if (!sheet) throw new Error(`fake-excel comments: no sheet '${sheetName}'`);
  const cell = oneCell(core, address, sheet, "addCommentAs");
  if (commentAt(core, sheet, cell.row, cell.column))
    throw new Error(`fake-excel comments: ${address} already has a comment`);
  const store = commentStore(core);
  const data: CommentData = {
    ...newEntry(core, author, `{c-${store.next++}}`),
    ...readContent(core, content, "Plain", "addCommentAs"),
    sheetId: sheet.id,
    anchor: cellFor(sheet, cell.row, cell.column),
    resolved: false,
    replies: [],
  };
  store.comments.push(data);
  return data;
}

const SCALARS = [
  "id",
  "content",
  "authorName",
  "authorEmail",
  "creationDate",
  "resolved",
  "richContent",
  "mentions",
  "contentType",
] as const;

/** Properties the reference marks ExcelApi 1.11 (the rest are 1.10). */
const API_1_11 = new Set(["richContent", "mentions", "resolved"]);

export class FakeCommentCollection extends FakeCollection<CommentData, FakeComment> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly scope: () => SheetState | null
  ) {
    super(
      context,
      path,
      "CommentCollection",
      () => liveComments(context._host, scope() ?? undefined),
      {
        api: "1.10",
      }
    );
  }
  protected _itemScalars(): readonly string[] {
    return SCALARS;
  }
  protected _makeItem(state: CommentData, index: number): FakeComment {
    return new FakeComment(this.context, `${this._path}.getItemAt(${index})`, () => state);
  }
  private find(path: string, pick: (list: CommentData[]) => CommentData | undefined, what: string) {
    return new FakeComment(this.context, path, () => {
      const found = pick(this._resolve() ?? []);
      if (!found) fail(ErrorCodes.itemNotFound, what);
      return found;
    });
  }
  getItem(commentId: string): FakeComment {
    return this.find(
      `${this._path}.getItem(${JSON.stringify(commentId)})`,
      (l) => l.find((c) => c.id === commentId),
      `no comment ${commentId}`
    );
  }
  getItemAt(index: number): FakeComment {
    return this.find(
      `${this._path}.getItemAt(${index})`,
      (l) => l[index],
      `no comment at ${index}`
    );
  }
  getItemByCell(cellAddress: unknown): FakeComment {
    const core = this.context._host;
    const arg = cellAddress instanceof FakeRange ? cellAddress._path : String(cellAddress);
    return new FakeComment(this.context, `${this._path}.getItemByCell(${arg})`, () => {
      this._resolve();
      const cell = oneCell(core, cellAddress, this.scope(), "CommentCollection.getItemByCell");
      const found = commentAt(core, cell.sheet, cell.row, cell.column);
      if (!found)
        fail(ErrorCodes.itemNotFound, `CommentCollection.getItemByCell: no comment in ${arg}`);
      return found;
    });
  }
  getCount() {
    return this._result("getCount", null, (list) => list.length);
  }
  add(cellAddress: unknown, content: unknown, contentType?: unknown): FakeComment {
    const core = this.context._host;
    let created: CommentData | null = null;
    const arg = cellAddress instanceof FakeRange ? cellAddress._path : cellAddress;
    this._queue("add", [arg, content, contentType ?? null], () => {
      const what = "CommentCollection.add";
      const cell = oneCell(core, cellAddress, this.scope(), what);
      core.assertWritable(cell.sheet, what);
      if (commentAt(core, cell.sheet, cell.row, cell.column))
        fail(ErrorCodes.invalidOperation, `${what}: the cell already has a comment`);
      const store = commentStore(core);
      created = {
        ...newEntry(core, store.user, `{c-${store.next++}}`),
        ...readContent(core, content, contentType, what),
        sheetId: cell.sheet.id,
        anchor: cellFor(cell.sheet, cell.row, cell.column),
        resolved: false,
        replies: [],
      };
      store.comments.push(created);
    });
    return new FakeComment(this.context, `${this._path}.add(${String(arg)})`, () => {
      if (!created) fail(ErrorCodes.itemNotFound, "the comment was not added (its add() failed)");
      return created;
    });
  }
}

export class FakeComment extends FakeClientObject<CommentData> {
  private _replies?: FakeCommentReplyCollection;
  constructor(context: FakeRequestContext, path: string, resolver: () => CommentData | null) {
    super(context, path, "Comment", resolver, { api: "1.10" });
  }
  protected _scalars(): readonly string[] {
    return SCALARS;
  }
  protected override _navs(): readonly string[] {
    return ["replies"];
  }
  protected _read(c: CommentData, prop: string): unknown {
    if (API_1_11.has(prop)) this.context._host.requireApi("1.11", `Comment.${prop}`);
    if (!commentLocation(this.context._host, c))
      fail(ErrorCodes.itemNotFound, "the comment was deleted");
    return (c as unknown as Record<string, unknown>)[prop];
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
  set content(v: string) {
    this._setProp("content", v, (c) => {
      if (typeof v !== "string") fail(ErrorCodes.invalidArgument, "Comment.content: a string");
      Object.assign(c, { content: v, richContent: v, mentions: [], contentType: "Plain" });
    });
  }
  get resolved(): boolean {
    return this._get("resolved");
  }
  set resolved(v: boolean) {
    this._setProp("resolved", v, (c) => {
      if (typeof v !== "boolean") fail(ErrorCodes.invalidArgument, "Comment.resolved: a boolean");
      c.resolved = v;
    });
  }
  get replies(): FakeCommentReplyCollection {
    return (this._replies ??= new FakeCommentReplyCollection(
      this.context,
      `${this._path}.replies`,
      () => this._resolve()
    ));
  }
  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getLocation()`, () => {
      const at = commentLocation(this.context._host, this._target());
      if (!at) fail(ErrorCodes.itemNotFound, "the comment was deleted");
      return { sheet: at.sheet, rect: { r0: at.row, r1: at.row, c0: at.column, c1: at.column } };
    });
  }
  delete(): void {
    this._queue("delete", null, (c) => {
      const store = commentStore(this.context._host);
      store.comments = store.comments.filter((x) => x !== c);
    });
  }
}

/** A reply with its thread (resolved is the thread's). */
interface ReplyRef {
  thread: CommentData;
  reply: Entry;
}

export class FakeCommentReplyCollection extends FakeCollection<ReplyRef, FakeCommentReply> {
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly thread: () => CommentData | null
  ) {
    super(
      context,
      path,
      "CommentReplyCollection",
      () => {
        const t = thread();
        return t ? t.replies.map((reply) => ({ thread: t, reply })) : null;
      },
      { api: "1.10" }
    );
  }
  protected _itemScalars(): readonly string[] {
    return SCALARS;
  }
  protected _makeItem(state: ReplyRef, index: number): FakeCommentReply {
    return new FakeCommentReply(this.context, `${this._path}.getItemAt(${index})`, () => state);
  }
  getItemAt(index: number): FakeCommentReply {
    return new FakeCommentReply(this.context, `${this._path}.getItemAt(${index})`, () => {
      const found = (this._resolve() ?? [])[index];
      if (!found) fail(ErrorCodes.itemNotFound, `no reply at ${index}`);
      return found;
    });
  }
  getCount() {
    return this._result("getCount", null, (list) => list.length);
  }
  add(content: unknown, contentType?: unknown): FakeCommentReply {
    const core = this.context._host;
    let created: ReplyRef | null = null;
    this._queue("add", [content, contentType ?? null], () => {
      const thread = this.thread();
      if (!thread) fail(ErrorCodes.itemNotFound, "CommentReplyCollection.add: no comment");
      const at = commentLocation(core, thread);
      if (!at) fail(ErrorCodes.itemNotFound, "CommentReplyCollection.add: the comment was deleted");
      core.assertWritable(at.sheet, "CommentReplyCollection.add");
      const store = commentStore(core);
      const reply: Entry = {
        ...newEntry(core, store.user, `{r-${store.next++}}`),
        ...readContent(core, content, contentType, "CommentReplyCollection.add"),
      };
      thread.replies.push(reply);
      created = { thread, reply };
    });
    return new FakeCommentReply(this.context, `${this._path}.add()`, () => {
      if (!created) fail(ErrorCodes.itemNotFound, "the reply was not added (its add() failed)");
      return created;
    });
  }
}

export class FakeCommentReply extends FakeClientObject<ReplyRef> {
  constructor(context: FakeRequestContext, path: string, resolver: () => ReplyRef | null) {
    super(context, path, "CommentReply", resolver, { api: "1.10" });
  }
  protected _scalars(): readonly string[] {
    return SCALARS;
  }
  protected _read(r: ReplyRef, prop: string): unknown {
    if (API_1_11.has(prop)) this.context._host.requireApi("1.11", `CommentReply.${prop}`);
    if (prop === "resolved") return r.thread.resolved;
    return (r.reply as unknown as Record<string, unknown>)[prop];
  }
  get id(): string {
    return this._get("id");
  }
  get content(): string {
    return this._get("content");
  }
}

/** `Plan!E5`-style address of a comment (for tests and dumps). */
export function commentAddress(core: HostCore, c: CommentData): string | null {
  const at = commentLocation(core, c);
  return at
    ? sheetAddress(at.sheet.name, { r0: at.row, r1: at.row, c0: at.column, c1: at.column })
    : null;
}
