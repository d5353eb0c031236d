import { matchColumns } from "../../../src/core/columns";
import type { RawWorkbook } from "../../../src/core/port";
import { requestsJson } from "../../../src/core/requests/json";
import { readRequests, rowIdentity } from "../../../src/core/requests/readRequests";
import { collectRequests, needsUpdate } from "../../../src/core/requests/requests";
import { readPlan } from "../../../src/core/readPlan";
import type { RawCell } from "../../../src/core/raw";

const HEADER = [
  "ID",
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Statusdato",
  "Ansvarlig",
];
const DEC = { year: 2019, month: 12 };
const DEC_SERIAL = 43800; // 1 December 2019
const JUN_SERIAL = 43617; // 1 June 2019

/** The plan's rows: row 2 is the first data row. */
function rows(): RawCell[][] {
  return [
    [
      "H-001",
      "Erhverv",
      "Netværk",
      "Messe i Wuxi",
      "(√)",
      "",
      JUN_SERIAL,
      "Mette Hansen <mh@a.dk>; lars@b.dk",
    ],
    ["H-002", "Erhverv", "Netværk", "Delegation", "√", "", JUN_SERIAL, "mh@a.dk"],
    ["H-003", "Kultur", "Musik", "Koncert", "%", "", DEC_SERIAL, "mh@a.dk"],
    ["H-004", "Kultur", "Musik", "Udstilling", "", "", null, "Kulturforvaltningen"],
    ["H-005", "Erhverv", "Netværk", "Studietur", "%", "", JUN_SERIAL, "lars@b.dk"],
    [null, "Kultur", "Musik", "Workshop", null, "", null, null],
  ];
}

function raw(values: RawCell[][] = rows(), header: RawCell[] = HEADER): RawWorkbook {
  return {
    sheets: ["Plan", "Indstillinger"],
    planTable: { sheet: "Plan", row: 0, column: 0, values: [header, ...values] },
    planSheet: null,
    settingsTable: {
      sheet: "Indstillinger",
      row: 0,
      column: 0,
      values: [
        ["Indstilling", "Værdi"],
        ["Aktuel statusdato", DEC_SERIAL],
      ],
    },
    settingsSheet: null,
    markers: {},
  };
}

describe("who is asked", () => {
  test("the rule: not done and not dated in the round", () => {
    expect(needsUpdate({ status: "(√)", statusDate: { year: 2019, month: 6 } }, DEC)).toBe(true);
    expect(needsUpdate({ status: null, statusDate: null }, DEC)).toBe(true);
    expect(needsUpdate({ status: "√", statusDate: null }, DEC)).toBe(false);
    expect(needsUpdate({ status: "%", statusDate: DEC }, DEC)).toBe(false);
    // A later date is not this round: asked (the rule says "not the current round").
    expect(needsUpdate({ status: "%", statusDate: { year: 2020, month: 1 } }, DEC)).toBe(true);
  });

  test("per owner in the order of their first action, an action under each of its owners", () => {
    const read = readRequests(raw());
    expect(read.ok).toBe(true);
    const list = read.list!;
    expect(list.owners.map((o) => [o.name, o.email, o.actions.map((a) => a.id)])).toEqual([
      ["Mette Hansen", "mh@a.dk", ["H-001"]],
      [null, "lars@b.dk", ["H-001", "H-005"]],
    ]);
    expect(list.unassigned.map((a) => [a.id, a.row])).toEqual([
      ["H-004", 5],
      [null, 7],
    ]);
  });

  test("an entry without an address is reported with its row; its action is unassigned", () => {
    const read = readRequests(raw());
    const bad = read.diagnostics.filter((d) => d.code === "requests.diag.ownerWithoutAddress");
    expect(bad).toEqual([
      expect.objectContaining({
        sheet: "Plan",
        row: 5,
        column: "Ansvarlig",
        params: { entries: "Kulturforvaltningen" },
      }),
    ]);
  });

  test("--round overrides the current status date", () => {
    const list = readRequests(raw(), { round: { year: 2019, month: 6 } }).list!;
    // Every June-dated action is of that round; H-003 (December) and the undated are asked.
    expect(list.owners.map((o) => [o.email, o.actions.map((a) => a.id)])).toEqual([
      ["mh@a.dk", ["H-003"]],
    ]);
  });

  test("the column's English aliases are accepted; without the column all are unassigned", () => {
    for (const name of ["Owner", "Owners", "Responsible", "Ansvarlige"]) {
      const header = [...HEADER.slice(0, 7), name];
      expect(readRequests(raw(rows(), header)).list!.owners.length).toBe(2);
    }
    const without = readRequests(
      raw(
        rows().map((r) => r.slice(0, 7)),
        HEADER.slice(0, 7)
      )
    );
    expect(without.list!.owners).toEqual([]);
    expect(without.list!.unassigned.map((a) => a.row)).toEqual([2, 5, 6, 7]);
    expect(without.diagnostics.map((d) => d.code)).toContain("requests.diag.noOwnerColumn");
  });

  test("no round, no requests", () => {
    const noDates = rows().map((r) => [...r.slice(0, 6), null, r[7]]);
    const read = readRequests({ ...raw(noDates), settingsTable: null });
    expect(read.ok).toBe(false);
    expect(read.diagnostics.map((d) => d.code)).toContain("requests.diag.noRound");
  });

  test("collectRequests over a plan read from rows, plan order = sheet order", () => {
    const plan = readPlan({
      kind: "table",
      sheet: "Plan",
      headerRow: 1,
      firstColumn: 0,
      header: HEADER,
      rows: [rows()[4], rows()[0]],
    });
    const list = collectRequests(plan.plan, DEC, { sheet: "Plan" }).list;
    expect(list.owners.map((o) => o.email)).toEqual(["lars@b.dk", "mh@a.dk"]);
    expect(list.owners[0].actions.map((a) => a.row)).toEqual([2, 3]);
  });
});

describe("the JSON contract", () => {
  test("exactly round, owners (name, email, actions) and unassigned, keys in order", () => {
    const json = requestsJson(readRequests(raw()).list!);
    expect(JSON.stringify(json)).toBe(
      JSON.stringify({
        round: "2019-12",
        owners: [
          {
            name: "Mette Hansen",
            email: "mh@a.dk",
            actions: [
              {
                id: "H-001",
                row: 2,
                focusArea: "Erhverv",
                initiative: "Netværk",
                action: "Messe i Wuxi",
                status: "(√)",
              },
            ],
          },
          {
            name: null,
            email: "lars@b.dk",
            actions: [
              {
                id: "H-001",
                row: 2,
                focusArea: "Erhverv",
                initiative: "Netværk",
                action: "Messe i Wuxi",
                status: "(√)",
              },
              {
                id: "H-005",
                row: 6,
                focusArea: "Erhverv",
                initiative: "Netværk",
                action: "Studietur",
                status: "%",
              },
            ],
          },
        ],
        unassigned: [
          {
            id: "H-004",
            row: 5,
            focusArea: "Kultur",
            initiative: "Musik",
            action: "Udstilling",
            status: null,
          },
          {
            id: null,
            row: 7,
            focusArea: "Kultur",
            initiative: "Musik",
            action: "Workshop",
            status: null,
          },
        ],
      })
    );
  });
});

test("a row's identity: ID, focus area, initiative and text", () => {
  const columns = matchColumns(HEADER);
  expect(rowIdentity(columns, rows()[0])).toBe(
    JSON.stringify(["H-001", "Erhverv", "Netværk", "Messe i Wuxi"])
  );
  expect(rowIdentity(columns, rows()[0])).not.toBe(rowIdentity(columns, rows()[1]));
});
