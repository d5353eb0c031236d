// Comments in the fake, through Microsoft's client (excel-web-16.00.js): comments.add with plain
// and mention content, getItemByCell, replies.add, resolved, content, richContent, mentions,
// authorEmail, creationDate, the InvalidArgument for more than one cell, one thread per cell,
// comments moving with their cells. Sources: Excel.CommentCollection, Excel.Comment,
// Excel.CommentReplyCollection, Excel.CommentRichContent (ExcelApi 1.10 / 1.11), office-js #1416.

import { addCommentAs, commentAddress, commentStore, liveComments } from "./comments";
import { createWireExcel } from "./officeClient";

const init = () => ({
  sheets: [
    {
      name: "Plan",
      cells: [
        ["ID", "Handling", "Status"],
        ["H-001", "a", "%"],
        ["H-002", "b", ""],
      ],
    },
  ],
  tables: [{ name: "Handlinger", sheet: "Plan", address: "A1:C3" }],
});

const MENTION = {
  richContent: '<at id="0">Kate Kristensen</at> -  Can you take a look?',
  mentions: [{ id: 0, name: "Kate Kristensen", email: "kakri@contoso.com" }],
};

function wire(sets: Record<string, string> = { ExcelApi: "1.12" }) {
  const host = createWireExcel(init(), { requirementSets: sets });
  return { host, excel: host.Excel as typeof Excel };
}

test("a plain comment and a mention comment: their properties as documented", async () => {
  const { host, excel } = wire();
  const before = Date.now();
  const read = await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.comments.add("C2", "Tjek tallet");
    sheet.comments.add(sheet.getRange("C3"), MENTION, excel.ContentType.mention);
    await context.sync();
    const comments = context.workbook.comments.load(
      "items/id,items/content,items/richContent,items/mentions,items/authorEmail,items/authorName,items/creationDate,items/resolved,items/contentType"
    );
    const byCell = context.workbook.comments.getItemByCell("Plan!C3").load("content");
    const location = comments.getItemAt(0).getLocation().load("address");
    await context.sync();
    return {
      items: comments.items.map((c) => c.toJSON()),
      byCell: byCell.content,
      at: location.address,
    };
  });
  expect(read.items).toHaveLength(2);
  expect(read.items[0]).toMatchObject({
    content: "Tjek tallet",
    contentType: "Plain",
    mentions: [],
    authorEmail: "koordinator@kommune.dk",
    resolved: false,
  });
  expect(read.items[1]).toMatchObject({
    content: "Kate Kristensen -  Can you take a look?",
    richContent: MENTION.richContent,
    mentions: MENTION.mentions,
    contentType: "Mention",
  });
  // creationDate arrives as a Date (the client converts it, adjustToDateTime).
  expect(read.items[1].creationDate).toBeInstanceOf(Date);
  expect((read.items[1].creationDate as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
  expect(read.byCell).toBe("Kate Kristensen -  Can you take a look?");
  expect(read.at).toBe("Plan!C2");
  expect(host.server.unsupported).toEqual([]);
});

test("more than one cell is InvalidArgument; a cell holds one thread; getItemByCell of an empty cell is ItemNotFound", async () => {
  const { host, excel } = wire();
  const attempt = (work: (context: Excel.RequestContext) => void) =>
    excel
      .run(async (context) => {
        work(context);
        await context.sync();
      })
      .then(
        () => "ok",
        (e: OfficeExtension.Error) => e.code
      );
  expect(await attempt((c) => c.workbook.comments.add("Plan!A1:B2", "x"))).toBe("InvalidArgument");
  expect(await attempt((c) => c.workbook.worksheets.getItem("Plan").comments.add("C2", "x"))).toBe(
    "ok"
  );
  expect(await attempt((c) => c.workbook.comments.add("Plan!C2", "y"))).toBe("InvalidOperation");
  expect(
    await attempt((c) => {
      c.workbook.comments.getItemByCell("Plan!C3").load("id");
    })
  ).toBe("ItemNotFound");
  expect(
    await attempt((c) => {
      c.workbook.comments.getItemByCell("Plan!C2:C3").load("id");
    })
  ).toBe("InvalidArgument");
  // A mention without its <at> entry is refused; rich content without ContentType.mention too.
  expect(
    await attempt((c) =>
      c.workbook.comments.add(
        "Plan!B2",
        { richContent: '<at id="1">X</at>', mentions: [] },
        "Mention"
      )
    )
  ).toBe("InvalidArgument");
  expect(await attempt((c) => c.workbook.comments.add("Plan!B2", MENTION, "Plain"))).toBe(
    "InvalidArgument"
  );
  expect(liveComments(host._core)).toHaveLength(1);
});

test("mentions need ExcelApi 1.11; comments 1.10", async () => {
  const { excel } = wire({ ExcelApi: "1.10" });
  const error = await excel
    .run(async (context) => {
      context.workbook.comments.add("Plan!C2", MENTION, excel.ContentType.mention);
      await context.sync();
    })
    .catch((e: OfficeExtension.Error) => e.code);
  expect(error).toBe("ApiNotFound");
  const old = wire({ ExcelApi: "1.9" });
  const none = await old.excel
    .run(async (context) => {
      context.workbook.comments.add("Plan!C2", "x");
      await context.sync();
    })
    .catch((e: OfficeExtension.Error) => e.code);
  expect(none).toBe("ApiNotFound");
});

test("replies.add (plain and mention) and resolved; the thread's state is the replies' too", async () => {
  const { host, excel } = wire();
  addCommentAs(host._core, "Plan", "C2", "Husk status", { name: "Ida", email: "ida@a.dk" });
  const out = await excel.run(async (context) => {
    const thread = context.workbook.comments.getItemByCell("Plan!C2");
    thread.replies.add("Påmindelse");
    thread.replies.add(MENTION, excel.ContentType.mention);
    thread.resolved = true;
    await context.sync();
    const replies = thread.replies.load(
      "items/content,items/mentions,items/resolved,items/authorEmail"
    );
    thread.load("resolved,authorEmail,content");
    const count = thread.replies.getCount();
    await context.sync();
    return {
      thread: thread.toJSON(),
      replies: replies.items.map((r) => r.toJSON()),
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult, read after the sync
      count: count.value,
    };
  });
  expect(out.thread).toMatchObject({
    resolved: true,
    authorEmail: "ida@a.dk",
    content: "Husk status",
  });
  expect(out.count).toBe(2);
  expect(out.replies).toEqual([
    { content: "Påmindelse", mentions: [], resolved: true, authorEmail: "koordinator@kommune.dk" },
    {
      content: "Kate Kristensen -  Can you take a look?",
      mentions: MENTION.mentions,
      resolved: true,
      authorEmail: "koordinator@kommune.dk",
    },
  ]);
});

test("a comment moves with its cell when a co-author inserts a row, and goes with a deleted row", async () => {
  const { host, excel } = wire();
  const first = addCommentAs(host._core, "Plan", "C2", "a", { name: "Ida", email: "ida@a.dk" });
  const second = addCommentAs(host._core, "Plan", "C3", "b", { name: "Ida", email: "ida@a.dk" });
  host.server.coauthor.insertRows("Plan", 2);
  expect(commentAddress(host._core, first)).toBe("Plan!C3");
  host.server.coauthor.deleteRows("Plan", 3);
  expect(commentAddress(host._core, second)).toBe("Plan!C3");
  const ids = await excel.run(async (context) => {
    const comments = context.workbook.comments.load("items/content");
    await context.sync();
    return comments.items.map((c) => c.content);
  });
  expect(ids).toEqual(["b"]);
  expect(commentStore(host._core).comments).toHaveLength(1);
  void first;
});

test("delete() removes the thread", async () => {
  const { host, excel } = wire();
  addCommentAs(host._core, "Plan", "C2", "a", { name: "Ida", email: "ida@a.dk" });
  await excel.run(async (context) => {
    context.workbook.comments.getItemByCell("Plan!C2").delete();
    await context.sync();
  });
  expect(liveComments(host._core)).toEqual([]);
});
