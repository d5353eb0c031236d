// Table Statusrunder and the plan's ID column through the Office adapter, against the strict
// fake: created at the first close, rows written just below the table (never
// TableRowCollection.add, which the fake refuses), a replaced round's rows deleted, the syncs
// counted.

import { readHistory, planCloseRound, type HistoryWrite } from "../../src/core/rounds";
import { readPlan } from "../../src/core/readPlan";
import { toRawRows } from "../../src/excel/rawValues";
import {
  historyChunks,
  queuePlanIds,
  rowRuns,
  writeHistoryInExcel,
  type HistoryTableLocation,
} from "../../src/excel/history";
import { createWireExcel } from "../fake-excel/officeClient";
import { PLAN_HEADER } from "../support/generatedPlan";
import { planInit } from "./support";

const SEP = { year: 2019, month: 9 };
const DEC = { year: 2019, month: 12 };
const ROWS = [
  ["Erhverv", "Døråbner", "Denmark Day", "%", "(Ikke relevant)", 43709],
  ["Erhverv", "Døråbner", "Besøg", "√", "=ikke en formel", null],
  ["Skole", "Netværk", "Effektmåling", "", "", null],
];

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

function setup(requirement = "1.13"): { host: ReturnType<typeof createWireExcel>; run: Run } {
  const host = createWireExcel(planInit(ROWS, { statusDate: null }), {
    requirementSets: { ExcelApi: requirement },
  });
  const excel = host.Excel as unknown as typeof Excel;
  return { host, run: (batch) => excel.run(batch) };
}

/** Reads plan and history the way a rounds operation does (one sync). */
async function read(run: Run) {
  return run(async (context) => {
    const wb = context.workbook;
    const planHeader = wb.tables.getItem("Handlinger").getHeaderRowRange().load("values");
    const planBody = wb.tables.getItem("Handlinger").getDataBodyRange().load("values");
    const historyTable = wb.tables.getItemOrNullObject("Statusrunder").load("name");
    await context.sync();
    let history: { header: unknown[][]; body: unknown[][]; location: HistoryTableLocation } | null =
      null;
    if (!historyTable.isNullObject) {
      const header = historyTable
        .getHeaderRowRange()
        .load("values,rowIndex,columnIndex,columnCount");
      const body = historyTable.getDataBodyRange().load("values,rowCount");
      const ws = historyTable.worksheet.load("name");
      await context.sync();
      history = {
        header: header.values,
        body: body.values,
        location: {
          sheet: ws.name,
          headerRow: header.rowIndex,
          firstColumn: header.columnIndex,
          columnCount: header.columnCount,
          bodyRowCount: body.rowCount,
        },
      };
    }
    return { planHeader: planHeader.values, planBody: planBody.values, history };
  });
}

async function close(run: Run, round: typeof SEP, at: Date, canResize = true) {
  const state = await read(run);
  const plan = readPlan({
    kind: "table",
    sheet: "Plan",
    headerRow: 1,
    firstColumn: 0,
    header: toRawRows(state.planHeader)[0],
    rows: toRawRows(state.planBody),
  });
  const history = state.history
    ? {
        read: readHistory({
          sheet: state.history.location.sheet,
          headerRow: state.history.location.headerRow + 1,
          header: toRawRows(state.history.header)[0],
          rows: toRawRows(state.history.body),
        }),
        width: state.history.location.columnCount,
      }
    : null;
  const result = planCloseRound({
    plan,
    planSheet: "Plan",
    history,
    round,
    closedAt: at,
    language: "da",
  });
  const syncs = await run(async (context) => {
    queuePlanIds(
      context,
      {
        sheet: "Plan",
        headerRow: 0,
        firstColumn: 0,
        columnCount: PLAN_HEADER.length + (plan.columns.columns.id === undefined ? 0 : 1),
        table: "Handlinger",
      },
      plan.columns.columns.id ?? null,
      result.ids!.assignments,
      "da"
    );
    return writeHistoryInExcel(
      context,
      result.write as HistoryWrite,
      state.history?.location ?? null,
      {
        canResize,
        lang: "da",
      }
    );
  });
  return { result, syncs };
}

describe("history through Office.js (the fake)", () => {
  it("creates Historik with table Statusrunder, its marker, text kept as text, in one sync", async () => {
    const { host, run } = setup();
    const { syncs } = await close(run, SEP, new Date(2019, 8, 30, 14, 5));
    expect(syncs).toBe(1);
    const dump = host.dump("Historik");
    expect(dump.tables.map((t) => [t.name, t.address])).toEqual([["Statusrunder", "A1:J4"]]);
    expect(dump.values[0]).toEqual([
      "Statusrunde",
      "ID",
      "Fokusområde",
      "Indsats",
      "Handling/aktivitet",
      "Status",
      "Statusnote",
      "Statusdato",
      "Lukket",
      "Ansvarlig",
    ]);
    expect(dump.values[2][6]).toBe("=ikke en formel");
    expect(dump.formulas[2][6]).toBeNull();
    expect([dump.values[1][0], dump.numberFormats[1][0]]).toEqual([43709, "mmmm yyyy"]);
    expect(dump.numberFormats[1][8]).toBe("yyyy-mm-dd hh:mm");
    expect(dump.names).toContainEqual({
      name: "Statusoversigt_Historik",
      formula: "=Historik!$A$1",
      scope: "Workbook",
    });
    // The plan got its ID column through the table, and every action its ID.
    const plan = host.dump("Plan");
    expect(plan.tables[0].columns).toEqual([...PLAN_HEADER, "ID"]);
    expect(plan.values.slice(1).map((r) => r[6])).toEqual(["H-001", "H-002", "H-003"]);
  });

  it("appends the next round just below the table (expanding it), IDs unchanged", async () => {
    for (const requirement of ["1.13", "1.9"]) {
      const { host, run } = setup(requirement);
      await close(run, SEP, new Date(2019, 8, 30), requirement === "1.13");
      const { result, syncs } = await close(
        run,
        DEC,
        new Date(2019, 11, 2),
        requirement === "1.13"
      );
      expect([syncs, result.ids?.assignments]).toEqual([1, []]);
      const dump = host.dump("Historik");
      expect(dump.tables[0].address).toBe("A1:J7");
      expect(dump.values.slice(4).map((r) => [r[0], r[1]])).toEqual([
        [43800, "H-001"],
        [43800, "H-002"],
        [43800, "H-003"],
      ]);
    }
  });

  it("replaces a round closed again: deletes its rows (table width only), appends the new ones", async () => {
    const { host, run } = setup();
    await close(run, SEP, new Date(2019, 8, 30));
    await close(run, DEC, new Date(2019, 11, 2));
    // A note of the user's right of the table stays where it is.
    await run(async (context) => {
      context.workbook.worksheets.getItem("Historik").getRange("K2").values = [["min note"]];
      await context.sync();
    });
    const { result } = await close(run, SEP, new Date(2019, 9, 1));
    expect(result.write?.deleteRows).toEqual([4, 3, 2]);
    const dump = host.dump("Historik");
    expect(dump.tables[0].address).toBe("A1:J7");
    expect(dump.values.slice(1).map((r) => r[0])).toEqual([
      43800, 43800, 43800, 43709, 43709, 43709,
    ]);
    expect(dump.values[1][10]).toBe("min note");
  });

  it("splits a large round by size, a number of syncs fixed up front", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [43800, `H-${i}`, "x".repeat(100)]);
    expect(historyChunks(rows, ["@", "@", "@"], 400)).toEqual([
      [0, 3],
      [3, 6],
      [6, 9],
      [9, 10],
    ]);
    expect(historyChunks([], ["@"])).toEqual([[0, 0]]);
    expect(rowRuns([9, 8, 7, 4, 2, 1])).toEqual([
      [7, 3],
      [4, 1],
      [1, 2],
    ]);
  });
});
