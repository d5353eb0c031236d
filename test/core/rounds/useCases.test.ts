import { formatDiagnostic } from "../../../src/core/formatDiagnostic";
import { closeRound, compareRounds, changesJson, overviewForRound } from "../../../src/core/rounds";
import { memoryRoundsPort } from "./memoryRoundsPort";
import { DEC, MAR, SEP } from "./support";

const NOW = () => new Date(2019, 11, 2, 12, 0);
const rows = () => [
  ["Overordnet fokus", "Besøg", "Frokost", "(√)", "", null],
  ["Erhverv", "Døråbner", "Denmark Day", "%", "(Ikke relevant)", "2019-09"],
];
const lines = (d: Parameters<typeof formatDiagnostic>[0][]) =>
  d.map((x) => formatDiagnostic(x, "da"));

describe("the rounds use cases on an in-memory workbook", () => {
  it("closes September, starts December, then lists December's changes and closes it", async () => {
    const port = memoryRoundsPort(rows(), SEP);
    const first = await closeRound(port, { next: DEC, now: NOW });
    expect(first).toMatchObject({
      written: true,
      round: SEP,
      replaced: false,
      actions: 2,
      newIds: 2,
    });
    expect([port.reads, port.writes, port.reported.length]).toEqual([1, 1, 1]);
    expect(port.statusDate).toEqual(DEC);
    expect(port.plan.rows.map((r) => r[6])).toEqual(["H-001", "H-002"]);

    // December's work: a note and a status, and a new action.
    port.plan.rows[0][4] = "Ikke i 2019";
    port.plan.rows[0][5] = "2019-12";
    port.plan.rows[1][3] = "(√)";
    port.plan.rows.push(["Skole", "Netværk", "Ny", "", "", null, null]);
    const changes = await compareRounds(port, { writeSheet: true, now: NOW });
    expect(changes.ok).toBe(true);
    expect(
      changesJson({ ...changes, from: changes.from! }).changes.map((c) => [c.id, c.kind])
    ).toEqual([
      ["H-001", "note"],
      ["H-002", "status"],
      [null, "added"],
    ]);
    expect(port.changesSheets).toHaveLength(1);
    expect(port.changesSheets[0].cells[0][0].value).toBe("Ændringer fra september 2019 til nu");
    expect(port.charts.map((c) => c.title)).toEqual(["Overordnet fokus", "Erhverv", "Skole"]);

    const second = await closeRound(port, { now: NOW });
    expect(second).toMatchObject({ written: true, round: DEC, actions: 3, newIds: 1 });
    expect(port.plan.rows[2][6]).toBe("H-003");
    const again = await closeRound(port, { round: DEC, now: NOW });
    expect(again).toMatchObject({ written: true, replaced: true });
    expect(port.history!.rows).toHaveLength(5);
  });

  it("never hands out again the ID of an action deleted before any round was closed", async () => {
    // H-003 was given (recorded as 3), then its action deleted; no round holds it.
    const withIds = [
      [...rows()[0], "H-001"],
      [...rows()[1], "H-002"],
      ["Skole", "Netværk", "Ny", "", "", null, null],
    ];
    const recorded = memoryRoundsPort(withIds, SEP);
    recorded.plan.header.push("ID");
    recorded.highestId = 3;
    await closeRound(recorded, { now: NOW });
    expect(recorded.plan.rows[2][6]).toBe("H-004");
    expect(recorded.highestId).toBe(4);

    // Without the record, the plan and history alone would give H-003 again.
    const unrecorded = memoryRoundsPort(withIds, SEP);
    unrecorded.plan.header.push("ID");
    await closeRound(unrecorded, { now: NOW });
    expect(unrecorded.plan.rows[2][6]).toBe("H-003");
    expect(unrecorded.highestId).toBe(3);
  });

  it("stops before writing when column ID would go over the user's data right of the plan", async () => {
    const port = memoryRoundsPort(rows(), SEP);
    port.nextColumn = [null, "  ", "Min note"];
    const result = await closeRound(port, { now: NOW });
    expect([result.written, port.writes, port.history]).toEqual([false, 0, null]);
    expect(lines(result.diagnostics)).toEqual([
      "Plan, række 3: Kolonnen til højre for planen på arket Plan er ikke tom (celle G3), så kolonnen ID kan ikke tilføjes dér, og intet er skrevet. Flyt indholdet, eller tilføj selv en kolonne med overskriften ID i tabellen, og luk runden igen.",
    ]);
    // An existing ID column is filled in place: the column beside it does not matter.
    port.plan.header.push("ID");
    port.plan.rows.forEach((r) => r.push(null));
    expect((await closeRound(port, { now: NOW })).written).toBe(true);
  });

  it("builds the overview as of a closed round, and refuses an unknown one", async () => {
    const port = memoryRoundsPort(rows(), SEP);
    await closeRound(port, { next: DEC, now: NOW });
    const ok = await overviewForRound(port, SEP, { now: NOW });
    expect(ok.written).toBe(true);
    expect(port.overviews[0].cells.flat().map((c) => c.value)).toContain(
      "Status for handlingerne september 2019 er markeret med rødt og fed skrift"
    );
    const unknown = await overviewForRound(port, MAR, { now: NOW });
    expect(unknown.written).toBe(false);
    expect(lines(unknown.diagnostics).slice(-1)).toEqual([
      "Historik: Statusrunden 2020-03 findes ikke i historikken. Lukkede runder: 2019-09.",
    ]);
  });

  it("stops on a history with a missing column, writing nothing", async () => {
    const port = memoryRoundsPort(rows(), SEP);
    await closeRound(port, { now: NOW });
    port.history!.header[8] = "Noget andet";
    const writes = port.writes;
    const closed = await closeRound(port, { now: NOW });
    const compared = await compareRounds(port, {});
    const overview = await overviewForRound(port, SEP);
    expect([closed.written, compared.ok, overview.written, port.writes]).toEqual([
      false,
      false,
      false,
      writes,
    ]);
    expect(closed.diagnostics.map((d) => d.code)).toEqual(["rounds.diag.historyMissingColumn"]);
  });

  it("refuses to close without any status date to name the round", async () => {
    const port = memoryRoundsPort([["Erhverv", "Døråbner", "A", "√", "", null]], null);
    const result = await closeRound(port, { now: NOW });
    expect(result.written).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain("rounds.diag.noRound");
  });
});
