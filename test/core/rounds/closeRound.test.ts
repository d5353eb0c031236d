import { readPlan } from "../../../src/core/readPlan";
import {
  describeHistoryWrite,
  formatWallClock,
  planCloseRound,
  readHistory,
  type HistoryEntry,
} from "../../../src/core/rounds";
import { PLAN_HEADER, planTable } from "../../support/memoryPort";
import { DEC, HISTORY_HEADER, SEP, historyRows, historySource, state } from "./support";

const PLAN_WITH_ID = [...PLAN_HEADER, "ID"];
const CLOSED = new Date(2019, 11, 2, 12, 0, 30);

function plan(rows: unknown[][], header = PLAN_WITH_ID) {
  return readPlan(planTable(rows as never, header));
}

describe("closing a round", () => {
  it("fills empty IDs and snapshots every action with canonical symbols and the closing time", () => {
    const read = plan([
      [
        "Erhverv",
        "Døråbner",
        "Denmark Day",
        "ikke gennemført",
        "(Ikke relevant)",
        "2019-09",
        "A-2",
      ],
      ["Erhverv", "Døråbner", "Besøg", "v", "", null, null],
      ["Skole", "Netværk", "Effektmåling", "", "", null, ""],
    ]);
    const result = planCloseRound({
      plan: read,
      planSheet: "Plan",
      history: null,
      round: DEC,
      closedAt: CLOSED,
      language: "da",
    });
    expect(result.ok).toBe(true);
    expect(result.addIdColumn).toBe(false);
    expect(result.ids?.assignments).toEqual([
      { row: 3, id: "H-001" },
      { row: 4, id: "H-002" },
    ]);
    expect(result.entries.map((e) => [e.round, e.id, e.action, e.status, e.row])).toEqual([
      [DEC, "A-2", "Denmark Day", "%", 2],
      [DEC, "H-001", "Besøg", "√", 3],
      [DEC, "H-002", "Effektmåling", null, 4],
    ]);
    expect(formatWallClock(result.entries[0].closedAt as number)).toBe("2019-12-02 12:00");

    const write = result.write!;
    expect(write.create).toEqual({
      sheet: "Historik",
      table: "Statusrunder",
      header: [...HISTORY_HEADER, "Ansvarlig"],
      columnWidths: [16, 9, 20, 28, 50, 8, 50, 16, 17, 30],
    });
    expect(write.deleteRows).toEqual([]);
    expect(write.replaced).toBe(false);
    // Months as serials of the 1st (formatted as months), text columns as text.
    expect(write.rows[0]).toEqual([
      43800,
      "A-2",
      "Erhverv",
      "Døråbner",
      "Denmark Day",
      "%",
      "(Ikke relevant)",
      43709,
      43801.5,
      "",
    ]);
    expect(write.rows[2]).toEqual([
      43800,
      "H-002",
      "Skole",
      "Netværk",
      "Effektmåling",
      "",
      "",
      "",
      43801.5,
      "",
    ]);
    expect(write.numberFormats).toEqual([
      "mmmm yyyy",
      "@",
      "@",
      "@",
      "@",
      "@",
      "@",
      "mmmm yyyy",
      "yyyy-mm-dd hh:mm",
      "@",
    ]);
  });

  it("copies column Ansvarlig into the history's; a history without that column is not widened", () => {
    const header = [...PLAN_WITH_ID, "Ansvarlig"];
    const read = plan(
      [["Erhverv", "Døråbner", "Besøg", "√", "", null, "H-001", "Mette <m@a.dk>"]],
      header
    );
    const fresh = planCloseRound({
      plan: read,
      planSheet: "Plan",
      history: null,
      round: DEC,
      closedAt: CLOSED,
      language: "da",
    });
    expect(fresh.entries[0].owner).toBe("Mette <m@a.dk>");
    expect(fresh.write!.rows[0][9]).toBe("Mette <m@a.dk>");
    // An existing history of the nine columns reads as before and gets nine values a row.
    const old = readHistory(historySource(historyRows(SEP, [state("H-001", "Besøg", "√")])));
    expect(old.ok).toBe(true);
    const appended = planCloseRound({
      plan: read,
      planSheet: "Plan",
      history: { read: old, width: 9 },
      round: DEC,
      closedAt: CLOSED,
      language: "da",
    });
    expect(appended.write!.rows[0]).toHaveLength(9);
    expect(appended.write!.rows[0]).not.toContain("Mette <m@a.dk>");
  });

  it("asks the host to add the ID column when the plan has none", () => {
    const result = planCloseRound({
      plan: plan([["Erhverv", "Døråbner", "Besøg", "√", "", null]], PLAN_HEADER),
      planSheet: "Plan",
      history: null,
      round: DEC,
      closedAt: CLOSED,
      language: "en",
    });
    expect(result.addIdColumn).toBe(true);
    expect(result.ids?.assignments).toEqual([{ row: 2, id: "H-001" }]);
    expect(result.write?.create?.header).toEqual([
      "Status round",
      "ID",
      "Focus area",
      "Initiative",
      "Action",
      "Status",
      "Status note",
      "Status date",
      "Closed",
      "Owner",
    ]);
  });

  it("numbers new IDs past the history, reports duplicates without blocking", () => {
    const history = readHistory(historySource(historyRows(SEP, [state("H-030", "Gammel", "√")])));
    const result = planCloseRound({
      plan: plan([
        ["Erhverv", "Døråbner", "A", "√", "", null, "H-001"],
        ["Erhverv", "Døråbner", "B", "√", "", null, "H-001"],
        ["Erhverv", "Døråbner", "C", "√", "", null, null],
      ]),
      planSheet: "Plan",
      history: { read: history, width: 9 },
      round: DEC,
      closedAt: CLOSED,
      language: "da",
    });
    expect(result.ok).toBe(true);
    expect(result.ids?.assignments).toEqual([{ row: 4, id: "H-031" }]);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.row, d.params])).toEqual([
      ["warning", "rounds.diag.duplicateId", 3, { id: "H-001", rows: "2, 3" }],
    ]);
    expect(result.write?.create).toBeNull();
  });

  it("is blocked by a history with a missing column, writing nothing", () => {
    const history = readHistory(historySource([], HISTORY_HEADER.slice(0, 8)));
    const result = planCloseRound({
      plan: plan([["Erhverv", "Døråbner", "A", "√", "", null, "H-001"]]),
      planSheet: "Plan",
      history: { read: history, width: 8 },
      round: DEC,
      closedAt: CLOSED,
      language: "da",
    });
    expect([result.ok, result.write, result.diagnostics.map((d) => d.code)]).toEqual([
      false,
      null,
      ["rounds.diag.historyMissingColumn"],
    ]);
  });
});

describe("describeHistoryWrite", () => {
  const entry = (id: string): HistoryEntry => ({
    ...state(id, `Handling ${id}`, "√"),
    round: DEC,
    closedAt: 43801.5,
  });

  it("writes into the table's own column order, leaving the user's columns empty", () => {
    const header = [
      "Min kolonne",
      "Lukket",
      "Statusrunde",
      "ID",
      "Fokusområde",
      "Indsats",
      "Handling/aktivitet",
      "Status",
      "Statusnote",
      "Statusdato",
    ];
    const read = readHistory(historySource([], header));
    const write = describeHistoryWrite({ read, width: header.length }, [entry("H-001")], DEC, "da");
    expect(write.rows).toEqual([
      ["", 43801.5, 43800, "H-001", "Erhverv", "Døråbner", "Handling H-001", "√", "", ""],
    ]);
    expect(write.numberFormats[0]).toBe("General");
    expect(write.numberFormats[1]).toBe("yyyy-mm-dd hh:mm");
  });

  it("replaces a round already closed: deletes its rows (bottom up) and keeps every other row", () => {
    const rows = [
      ...historyRows(SEP, [state("H-001", "A", "%")]),
      ...historyRows(DEC, [state("H-001", "A", "√"), state("H-002", "B", "√")]),
      ...historyRows(SEP, [state("H-002", "B", "%")]),
    ];
    const read = readHistory(historySource(rows));
    const write = describeHistoryWrite({ read, width: 9 }, [entry("H-001")], DEC, "da");
    expect(write.replaced).toBe(true);
    expect(write.deleteRows).toEqual([4, 3]);
    expect(write.rows).toHaveLength(1);
    const again = describeHistoryWrite(
      { read, width: 9 },
      [entry("H-001")],
      { year: 2020, month: 3 },
      "da"
    );
    expect([again.replaced, again.deleteRows]).toEqual([false, []]);
  });
});

describe("a sheet Historik that is not the add-in's", () => {
  it("blocks closing, naming the sheet and the table it lacks", () => {
    const result = planCloseRound({
      plan: readPlan(planTable([["Erhverv", "Døråbner", "A", "√", "", null]])),
      planSheet: "Plan",
      history: null,
      foreignHistorySheet: true,
      round: DEC,
      closedAt: CLOSED,
      language: "da",
    });
    expect([result.ok, result.write]).toEqual([false, null]);
    expect(result.diagnostics.map((d) => [d.code, d.sheet, d.params])).toEqual([
      ["rounds.diag.foreignHistorySheet", "Historik", { sheet: "Historik", table: "Statusrunder" }],
    ]);
  });
});
