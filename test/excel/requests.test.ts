// *Bed om status* through Microsoft's client (excel-web-16.00.js) over the fake server: one
// comment per owner with the right mention, asking twice adds nothing, a reminder is a reply,
// threads resolve when their owner has updated, a user's own comment is left alone, ExcelApi
// 1.10 only gives the mail text, and a co-author inserting a row between the read and the write
// never gets a request onto another action. Syncs are counted: a fixed number, none in a loop.

import { yearMonthToExcelSerial } from "../../src/core/dates";
import type { RawCell } from "../../src/core/raw";
import { parseRequestMarker } from "../../src/core/requests/texts";
import { createExcelRequestOperations } from "../../src/excel/requests";
import {
  addCommentAs,
  commentAddress,
  liveComments,
  type CommentData,
} from "../fake-excel/comments";
import { createWireExcel } from "../fake-excel/officeClient";
import type { WireExcelHost } from "../fake-excel/wireHost";
import { planInit } from "./support";

const HEADER = [
  "ID",
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Ansvarlig",
  "Statusdato",
];
const JUN = yearMonthToExcelSerial({ year: 2019, month: 6 });
const DEC = yearMonthToExcelSerial({ year: 2019, month: 12 });

function rows(): RawCell[][] {
  return [
    ["H-001", "Erhverv", "Netværk", "Messe i Wuxi", "(√)", "", "Mette Hansen <mh@a.dk>", JUN],
    ["H-002", "Erhverv", "Netværk", "Delegation", "%", "", "mh@a.dk; Lars Berg <lars@b.dk>", JUN],
    ["H-003", "Kultur", "Musik", "Koncert", "√", "", "lars@b.dk", JUN],
    ["H-004", "Kultur", "Musik", "Udstilling", "", "", "ann@c.dk", null],
    ["H-005", "Kultur", "Musik", "Workshop", "", "", "", null],
  ];
}

function setup(requirementSets: Record<string, string> = { ExcelApi: "1.12" }, data = rows()) {
  const host = createWireExcel(planInit(data, { header: HEADER }), { requirementSets });
  const ops = createExcelRequestOperations(host.Excel, host.Office);
  return { host, ops };
}

const comments = (host: WireExcelHost) => liveComments(host._core);
const where = (host: WireExcelHost, c: CommentData) => commentAddress(host._core, c);
const ownerOf = (c: CommentData) => parseRequestMarker(c.content)?.email;

describe("Bed om status in Excel", () => {
  test("one comment per owner, on the Status cell of their first action, mentioning them", async () => {
    const { host, ops } = setup();
    host.stats.reset();
    const outcome = await ops.sendRequests();
    // Read (plan, settings, comments) and write: two syncs when the workbook has no comments.
    expect(host.stats.syncs).toBe(2);
    expect(outcome.sent).toEqual(["mh@a.dk", "lars@b.dk", "ann@c.dk"]);
    const written = comments(host);
    expect(written.map((c) => [where(host, c), c.mentions])).toEqual([
      ["Plan!E2", [{ id: 0, name: "Mette Hansen", email: "mh@a.dk" }]],
      ["Plan!E3", [{ id: 0, name: "Lars Berg", email: "lars@b.dk" }]],
      ["Plan!E5", [{ id: 0, name: "ann@c.dk", email: "ann@c.dk" }]],
    ]);
    // One comment for Mette's two actions: the round, both by ID and text, in Danish.
    expect(written[0].richContent).toBe(
      [
        '<at id="0">Mette Hansen</at> Statusrunde december 2019: Vil du opdatere Status og Statusnote for dine 2 handlinger i arket Plan?',
        "- H-001 Messe i Wuxi",
        "- H-002 Delegation",
        "[Statusoversigt 2019-12 mh@a.dk]",
      ].join("\n")
    );
    expect(written.every((c) => c.contentType === "Mention")).toBe(true);
    expect(outcome.progress).toMatchObject({ updated: 0, total: 3 });
    expect(host.server.unsupported).toEqual([]);
  });

  test("the sync count does not grow with the owners", async () => {
    const many: RawCell[][] = Array.from({ length: 60 }, (_, i) => [
      `H-${String(i + 1).padStart(3, "0")}`,
      "Erhverv",
      "Netværk",
      `Handling ${i + 1}`,
      "%",
      "",
      `person${i}@kommune.dk`,
      JUN,
    ]);
    const { host, ops } = setup(undefined, many);
    host.stats.reset();
    expect((await ops.sendRequests()).sent).toHaveLength(60);
    expect(host.stats.syncs).toBe(2);
    host.stats.reset();
    // With comments in the workbook: their cells are one more read.
    expect((await ops.sendRequests()).alreadyAsked).toHaveLength(60);
    expect(host.stats.syncs).toBe(2);
    host.stats.reset();
    expect((await ops.remindOwners()).reminded).toHaveLength(60);
    expect(host.stats.syncs).toBe(3);
  });

  test("asking twice in the same round adds nothing", async () => {
    const { host, ops } = setup();
    await ops.sendRequests();
    const again = await ops.sendRequests();
    expect(again.sent).toEqual([]);
    expect(again.alreadyAsked).toEqual(["mh@a.dk", "lars@b.dk", "ann@c.dk"]);
    expect(comments(host)).toHaveLength(3);
  });

  test("Påmind adds a reply to the owner's thread that mentions them again", async () => {
    const { host, ops } = setup();
    await ops.sendRequests();
    const outcome = await ops.remindOwners();
    expect(outcome.reminded).toEqual(["mh@a.dk", "lars@b.dk", "ann@c.dk"]);
    const mette = comments(host)[0];
    expect(mette.replies).toHaveLength(1);
    expect(mette.replies[0]).toMatchObject({
      contentType: "Mention",
      mentions: [{ id: 0, name: "Mette Hansen", email: "mh@a.dk" }],
    });
    expect(mette.replies[0].richContent).toContain(
      '<at id="0">Mette Hansen</at> Påmindelse, statusrunde december 2019: 2 af dine handlinger'
    );
    expect(comments(host)).toHaveLength(3);
  });

  test("a thread resolves when every action its owner was asked about is updated", async () => {
    const { host, ops } = setup();
    await ops.sendRequests();
    // Mette updates both her actions in this round (the add-in dates them December).
    await host.simulateUserEdit("Plan", "E2:H3", [
      ["√", "Holdt", null, DEC],
      ["(√)", "Kommer i marts", null, DEC],
    ]);
    host.stats.reset();
    const view = await ops.getRequests();
    expect(host.stats.syncs).toBe(3); // read, the comments' cells, resolve
    const [mette, lars, ann] = comments(host);
    // Lars shared H-002, and H-003 is done: nothing is left for him either.
    expect([mette.resolved, lars.resolved, ann.resolved]).toEqual([true, true, false]);
    expect(view.progress?.owners.map((o) => [o.email, o.updated])).toEqual([
      ["ann@c.dk", false],
      ["mh@a.dk", true],
      ["lars@b.dk", true],
    ]);
    expect([view.progress?.updated, view.progress?.total]).toEqual([2, 3]);
    // Nobody left to remind but Ann.
    expect((await ops.remindOwners()).reminded).toEqual(["ann@c.dk"]);
  });

  test("a user's own comment is left alone, and its cell is not used", async () => {
    const { host, ops } = setup();
    const own = addCommentAs(host._core, "Plan", "E2", "Er tallet rigtigt? mh@a.dk", {
      name: "Ida",
      email: "ida@a.dk",
    });
    const before = JSON.stringify({ ...own, anchor: null });
    const sent = await ops.sendRequests();
    expect(sent.sent).toEqual(["mh@a.dk", "lars@b.dk", "ann@c.dk"]);
    const ours = comments(host).filter((c) => c !== own);
    // Mette's goes on her next action's Status cell; Lars's first free cell is then a Statusnote.
    expect(ours.map((c) => [ownerOf(c), where(host, c)])).toEqual([
      ["mh@a.dk", "Plan!E3"],
      ["lars@b.dk", "Plan!F3"],
      ["ann@c.dk", "Plan!E5"],
    ]);
    // Everything done: ours resolve, the user's thread does not; reminders never reply to it.
    await host.simulateUserEdit("Plan", "E2:H6", [
      ["√", null, null, DEC],
      ["√", null, null, DEC],
      ["√", null, null, DEC],
      ["√", null, null, DEC],
      ["√", null, null, DEC],
    ]);
    await ops.remindOwners();
    const view = await ops.getRequests();
    expect(view.progress).toMatchObject({ updated: 3, total: 3 });
    expect(ours.every((c) => c.resolved)).toBe(true);
    expect(JSON.stringify({ ...own, anchor: null })).toBe(before);
    expect(where(host, own)).toBe("Plan!E2");
  });

  test("ExcelApi 1.10 only: nothing is written, the same requests as mail text and mailto", async () => {
    const { host, ops } = setup({ ExcelApi: "1.10" });
    const view = await ops.getRequests();
    expect(view.mentions).toBe(false);
    expect(view.mails.map((m) => m.to)).toEqual(["mh@a.dk", "lars@b.dk", "ann@c.dk"]);
    expect(view.mails[0].subject).toBe("Status til statusrunde december 2019");
    expect(view.mails[0].body).toContain("- H-001 Messe i Wuxi\n- H-002 Delegation");
    expect(view.mails[0].href.startsWith("mailto:mh@a.dk?subject=")).toBe(true);
    const sent = await ops.sendRequests();
    expect(sent.sent).toEqual([]);
    expect(comments(host)).toEqual([]);
    expect(host.server.unsupported).toEqual([]);
  });

  test("a co-author inserts a row between the read and the write: the comments land on their actions or are not written", async () => {
    const { host, ops } = setup();
    // Request 1 reads; before request 2 (the write) a colleague inserts a row above row 3.
    host.server.beforeRequest(2, (co) => co.insertRows("Plan", 3));
    host.stats.reset();
    const outcome = await ops.sendRequests();
    expect(host.server.pendingEdits).toBe(0);
    // The write saw the moved row, took its comments back (request 3) and asked again from a
    // fresh read (requests 4 and 5): every comment is on its own action.
    expect(host.stats.syncs).toBe(5);
    expect(outcome.sent).toEqual(["mh@a.dk", "lars@b.dk", "ann@c.dk"]);
    expect(comments(host).map((c) => [ownerOf(c), where(host, c)])).toEqual([
      ["mh@a.dk", "Plan!E2"],
      ["lars@b.dk", "Plan!E4"],
      ["ann@c.dk", "Plan!E6"],
    ]);
  });

  test("rows moving again during the second try: nothing is written, and the user is told", async () => {
    const { host, ops } = setup();
    host.server.beforeRequest(2, (co) => co.insertRows("Plan", 3));
    host.server.beforeRequest(5, (co) => co.sortTable("Handlinger", "Handling/aktivitet"));
    await expect(ops.sendRequests()).rejects.toMatchObject({ key: "coauthoring.planChanged" });
    expect(host.server.pendingEdits).toBe(0);
    expect(comments(host)).toEqual([]);
  });

  test("a row deleted under the first comment: the thread goes with it, and the owner is asked again", async () => {
    const { host, ops } = setup();
    await ops.sendRequests();
    host.server.coauthor.deleteRows("Plan", 2);
    const again = await ops.sendRequests();
    expect(again.sent).toEqual(["mh@a.dk"]);
    expect(comments(host).map((c) => [ownerOf(c), where(host, c)])).toEqual([
      ["lars@b.dk", "Plan!E2"],
      ["ann@c.dk", "Plan!E4"],
      ["mh@a.dk", "Plan!F2"],
    ]);
  });
});
