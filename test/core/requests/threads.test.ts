import type { RequestList } from "../../../src/core/requests/requests";
import {
  planReminders,
  planSend,
  requestProgress,
  threadsToResolve,
  type CommentThread,
} from "../../../src/core/requests/threads";
import {
  parseRequestMarker,
  requestComment,
  requestMail,
  requestMarker,
} from "../../../src/core/requests/texts";

const DEC = { year: 2019, month: 12 };
const act = (row: number, id: string | null = `H-00${row}`) => ({
  id,
  row,
  focusArea: "Erhverv",
  initiative: "Netværk",
  action: `Handling ${row}`,
  status: null,
});
const list: RequestList = {
  round: DEC,
  owners: [
    { name: "Mette Hansen", email: "mh@a.dk", actions: [act(2), act(4)] },
    { name: null, email: "lars@b.dk", actions: [act(2), act(5)] },
  ],
  unassigned: [],
};
const cells = { sheet: "Plan", statusColumn: 4, noteColumn: 5 };
const thread = (over: Partial<CommentThread>): CommentThread => ({
  id: "c1",
  content: "",
  resolved: false,
  sheet: "Plan",
  row: 2,
  column: 4,
  ...over,
});

describe("comment texts", () => {
  test("one mention, the round, the actions by ID and text, the marker; Danish", () => {
    const c = requestComment(list.owners[0], DEC, "da", "Plan");
    expect(c.mentions).toEqual([{ id: 0, name: "Mette Hansen", email: "mh@a.dk" }]);
    expect(c.richContent).toBe(
      [
        '<at id="0">Mette Hansen</at> Statusrunde december 2019: Vil du opdatere Status og Statusnote for dine 2 handlinger i arket Plan?',
        "- H-002 Handling 2",
        "- H-004 Handling 4",
        "[Statusoversigt 2019-12 mh@a.dk]",
      ].join("\n")
    );
    expect(c.plain.startsWith("@Mette Hansen Statusrunde december 2019")).toBe(true);
  });

  test("English plan: English text; a nameless owner is mentioned by address", () => {
    const c = requestComment(list.owners[1], DEC, "en", "Plan");
    expect(c.richContent).toContain('<at id="0">lars@b.dk</at> Status round December 2019');
    expect(c.mentions[0]).toEqual({ id: 0, name: "lars@b.dk", email: "lars@b.dk" });
  });

  test("plan text is data: angle brackets never become markup", () => {
    const owner = {
      name: "A <b>",
      email: "a@b.dk",
      actions: [{ ...act(2), action: '<at id="1">x</at>' }],
    };
    const c = requestComment(owner, DEC, "da", "Plan");
    expect(c.richContent.match(/<at /g)).toHaveLength(1);
    expect(c.richContent).toContain('‹at id="1"›x‹/at›');
  });

  test("the marker names round and address; other text is a user's", () => {
    expect(parseRequestMarker(`Hej\n${requestMarker(DEC, "mh@a.dk")}`)).toEqual({
      round: DEC,
      email: "mh@a.dk",
    });
    expect(parseRequestMarker("Husk mødet [Statusoversigt] i morgen")).toBeNull();
  });

  test("mail text and mailto link", () => {
    const mail = requestMail(list.owners[0], DEC, "da", "Plan");
    expect(mail.subject).toBe("Status til statusrunde december 2019");
    expect(mail.body).toContain("Kære Mette Hansen");
    expect(mail.body).toContain("- H-004 Handling 4");
    expect(mail.href.startsWith("mailto:mh@a.dk?subject=Status%20til%20statusrunde")).toBe(true);
    expect(decodeURIComponent(mail.href.split("&body=")[1])).toContain("- H-002 Handling 2\r\n");
  });
});

describe("sending, reminding, resolving, progress", () => {
  test("one comment per owner on the Status cell of their first action; a taken cell moves it on", () => {
    const plan = planSend(list, [], cells, "da");
    expect(plan.comments.map((c) => [c.owner.email, c.action.row, c.column])).toEqual([
      ["mh@a.dk", 2, 4],
      ["lars@b.dk", 5, 4],
    ]);
    // A user's thread on row 2's Status cell: Mette's goes on row 4, Lars's first free is row 5.
    const withUser = planSend(list, [thread({ content: "Tjek tallet" })], cells, "da");
    expect(withUser.comments.map((c) => [c.action.row, c.column])).toEqual([
      [4, 4],
      [5, 4],
    ]);
  });

  test("then the Statusnote cells; an owner with no free cell is said", () => {
    const taken = [2, 4, 5].map((row, i) => thread({ id: `u${i}`, row }));
    const plan = planSend(list, taken, cells, "da");
    expect(plan.comments.map((c) => [c.owner.email, c.action.row, c.column])).toEqual([
      ["mh@a.dk", 2, 5],
      ["lars@b.dk", 5, 5],
    ]);
    const all = [
      ...taken,
      thread({ id: "n2", row: 2, column: 5 }),
      thread({ id: "n4", row: 4, column: 5 }),
      thread({ id: "n5", row: 5, column: 5 }),
    ];
    expect(planSend(list, all, cells, "da").noFreeCell.map((o) => o.email)).toEqual([
      "mh@a.dk",
      "lars@b.dk",
    ]);
  });

  test("asking again adds nothing for an owner already asked this round", () => {
    const asked = thread({ content: `x\n${requestMarker(DEC, "MH@a.dk")}` });
    const plan = planSend(list, [asked], cells, "da");
    expect(plan.alreadyAsked.map((o) => o.email)).toEqual(["mh@a.dk"]);
    expect(plan.comments.map((c) => c.owner.email)).toEqual(["lars@b.dk"]);
    // Last round's request does not count as asked.
    const old = thread({ content: requestMarker({ year: 2019, month: 6 }, "mh@a.dk") });
    expect(planSend(list, [old], cells, "da").alreadyAsked).toEqual([]);
  });

  test("reminders go to asked owners with actions open, as replies to their thread", () => {
    const asked = thread({ id: "t-mh", content: requestMarker(DEC, "mh@a.dk") });
    const reminders = planReminders(list, [asked], "en");
    expect(reminders.map((r) => r.threadId)).toEqual(["t-mh"]);
    expect(reminders[0].content.richContent).toContain('<at id="0">Mette Hansen</at> Reminder');
  });

  test("resolve only the add-in's open threads of owners with nothing left; progress counts them", () => {
    const threads = [
      thread({ id: "t-ann", content: requestMarker(DEC, "ann@c.dk") }),
      thread({ id: "t-mh", content: requestMarker(DEC, "mh@a.dk"), row: 4 }),
      thread({ id: "user", content: "ann@c.dk er færdig", row: 9 }),
      thread({ id: "done", content: requestMarker(DEC, "ole@d.dk"), resolved: true, row: 7 }),
    ];
    expect(threadsToResolve(list, threads).map((t) => t.id)).toEqual(["t-ann"]);
    const progress = requestProgress(list, threads);
    expect(progress.total).toBe(4);
    expect(progress.updated).toBe(2);
    expect(progress.owners.filter((o) => !o.updated).map((o) => [o.email, o.asked])).toEqual([
      ["mh@a.dk", true],
      ["lars@b.dk", false],
    ]);
  });
});
