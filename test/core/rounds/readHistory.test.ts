import { formatDiagnostic } from "../../../src/core/formatDiagnostic";
import { readHistory } from "../../../src/core/rounds";
import { DEC, HISTORY_HEADER, SEP, historyRows, historySource, state } from "./support";

const lines = (d: Parameters<typeof formatDiagnostic>[0][]) =>
  d.map((x) => formatDiagnostic(x, "da"));

describe("readHistory", () => {
  it("reads rounds earliest first, each with its rows in sheet order", () => {
    const dec = historyRows(
      DEC,
      [state("H-001", "Frokost", "(√)", "Ikke i 2019", { statusDate: DEC })],
      43801.5
    );
    const sep = historyRows(
      SEP,
      [
        state("H-001", "Frokost", "(√)"),
        state("H-002", "Denmark Day", "%", "(Ikke relevant)", { statusDate: SEP }),
      ],
      43720.25
    );
    const read = readHistory(historySource([...dec, ...sep]));
    expect(read.ok).toBe(true);
    expect(read.diagnostics).toEqual([]);
    expect(
      read.history.rounds.map((r) => [r.round, r.entries.map((e) => e.row), r.closedAt])
    ).toEqual([
      [SEP, [3, 4], 43720.25],
      [DEC, [2], 43801.5],
    ]);
    expect(read.history.rounds[1].entries[0]).toEqual({
      round: DEC,
      id: "H-001",
      focusArea: "Erhverv",
      initiative: "Døråbner",
      action: "Frokost",
      status: "(√)",
      note: "Ikke i 2019",
      statusDate: DEC,
      closedAt: 43801.5,
      row: 2,
    });
  });

  it("matches headers like the plan's: any order, case, spacing, English names, user columns", () => {
    const header = [
      "closed",
      "Min kolonne",
      "status note",
      "ID",
      "Status Round",
      "Focus area",
      "Initiative",
      "Action",
      "status",
      "Status date",
    ];
    const row = [
      43801.5,
      "mit",
      "en note",
      "A-2",
      "2019-12",
      "Erhverv",
      "Døråbner",
      "Denmark Day",
      "delvis",
      "december 2019",
    ];
    const read = readHistory(historySource([row], header));
    expect(read.ok).toBe(true);
    expect(read.columns.columns).toEqual({
      closedAt: 0,
      note: 2,
      id: 3,
      round: 4,
      focusArea: 5,
      initiative: 6,
      action: 7,
      status: 8,
      statusDate: 9,
    });
    const entry = read.history.rounds[0].entries[0];
    expect([entry.id, entry.status, entry.note, entry.round, entry.statusDate]).toEqual([
      "A-2",
      "(√)",
      "en note",
      DEC,
      DEC,
    ]);
  });

  it("stops with an error naming each missing column and its accepted names", () => {
    const header = HISTORY_HEADER.filter((h) => h !== "Lukket" && h !== "Statusrunde");
    const read = readHistory(historySource([], header));
    expect(read.ok).toBe(false);
    expect(read.diagnostics.map((d) => d.severity)).toEqual(["error", "error"]);
    expect(lines(read.diagnostics)).toEqual([
      "Historik, række 1: Kolonnen »Statusrunde« mangler i historikken. Tilføj en kolonne med en af overskrifterne: Statusrunde, Status round, Runde, Round.",
      "Historik, række 1: Kolonnen »Lukket« mangler i historikken. Tilføj en kolonne med en af overskrifterne: Lukket, Closed, Closed at, Lukket den.",
    ]);
  });

  it("reports bad rows with sheet and row, keeps what it can and skips blank rows", () => {
    const good = historyRows(SEP, [state("H-001", "Frokost", "√")])[0];
    const rows = [
      [null, "H-002", "Erhverv", "Døråbner", "Uden runde", "√", "", null, null],
      ["forår", "H-003", "Erhverv", "Døråbner", "Ulæselig runde", "√", "", null, null],
      [null, null, null, null, null, null, null, null, null],
      [good[0], "H-004", "", "Døråbner", "Uden fokusområde", "√", "", null, null],
      [good[0], "H-005", "Erhverv", "Døråbner", "Mærkelig status", "måske", "", "snart", "i går"],
      [
        good[0],
        "H-006",
        "Erhverv",
        "Døråbner",
        "Fejlværdi",
        { error: "#REF!" },
        "",
        null,
        43738 + (14 * 60 + 5) / 1440,
      ],
      good,
    ];
    const read = readHistory(historySource(rows));
    expect(read.ok).toBe(true);
    expect(lines(read.diagnostics)).toEqual([
      "Historik, række 2, kolonne Statusrunde: Rækken har ingen statusrunde og hører derfor ikke til nogen runde. Udfyld kolonnen, eller slet rækken.",
      "Historik, række 3, kolonne Statusrunde: Statusrunden »forår« kan ikke læses som en måned, så rækken hører ikke til nogen runde. Skriv f.eks. »september 2019«.",
      "Historik, række 5, kolonne Fokusområde: Rækken mangler fokusområde, indsats eller handling og kommer ikke med i runden. Udfyld kolonnen.",
      "Historik, række 6, kolonne Status: Ukendt status »måske«. Statussen vises som tom; brug et af symbolerne √, (√), %.",
      "Historik, række 6, kolonne Statusdato: Statusdatoen »snart« kan ikke læses som en måned og ignoreres. Skriv f.eks. »december 2019« eller »2019-12«.",
      "Historik, række 6, kolonne Lukket: Tidspunktet »i går« kan ikke læses og ignoreres. Skriv f.eks. »2019-12-02 12:00«.",
      "Historik, række 7, kolonne Status: Cellen indeholder fejlværdien #REF! og læses som tom. Ret formlen eller værdien i cellen.",
    ]);
    expect(read.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    const entries = read.history.rounds[0].entries;
    expect(entries.map((e) => [e.row, e.id, e.status])).toEqual([
      [6, "H-005", null],
      [7, "H-006", null],
      [8, "H-001", "√"],
    ]);
    expect(entries[1].closedAt).toBeCloseTo(43738 + (14 * 60 + 5) / 1440, 9);
  });

  it("reads rows outside the whole blocks by their read columns, rows inside in full", () => {
    const sep = historyRows(SEP, [state("H-001", "Frokost", "(√)", "Note i september")]);
    const dec = historyRows(DEC, [
      state("H-001", "Frokost", "√", "Note i december"),
      state("H-002", "", "%"), // no action: incomplete, once read whole
    ]);
    // September read by its round and status only; December whole.
    const partial = sep.map((row) => row.map((cell, c) => (c === 0 || c === 5 ? cell : "")));
    const read = readHistory({
      ...historySource([...partial, ...dec]),
      unread: ["id", "focusArea", "initiative", "action", "note", "statusDate", "closedAt"],
      wholeRows: [[1, 3]],
    });
    expect(
      read.history.rounds.map((r) => r.entries.map((e) => [e.action, e.status, e.note]))
    ).toEqual([[["", "(√)", ""]], [["Frokost", "√", "Note i december"]]]);
    expect(read.diagnostics.map((d) => [d.code, d.row])).toEqual([
      ["rounds.diag.historyIncompleteRow", 4],
    ]);
  });
});
