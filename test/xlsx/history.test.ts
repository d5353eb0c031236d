// Table Statusrunder through ExcelJS on real .xlsx bytes: created at the first closed round,
// appended to below the table, a replaced round's rows deleted, the user's rows and columns kept.

import ExcelJS from "exceljs";
import { readPlan } from "../../src/core/readPlan";
import {
  historyGrid,
  planCloseRound,
  readHistory,
  type CloseRoundPlan,
} from "../../src/core/rounds";
import { readSnapshot } from "../../src/xlsx/readSnapshot";
import { repairLoadedTables } from "../../src/xlsx/tables";
import { applyHistoryWrite } from "../../src/xlsx/history";
import { readRawWorkbook } from "../../src/xlsx/readSnapshot";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { IdColumnBlockedError, writePlanIds } from "../../src/xlsx/planIds";
import { DEC_2019, SEP_2019, reload, smallPlan } from "./support";

const MAR_2020 = { year: 2020, month: 3 };

const readHistoryTable = (workbook: ExcelJS.Workbook) =>
  historyGrid(readRawWorkbook(workbook, { history: true }));

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const fresh = await reload(workbook);
  repairLoadedTables(fresh);
  return fresh;
}

function close(
  workbook: ExcelJS.Workbook,
  round: typeof SEP_2019,
  at: Date,
  withIds = false
): CloseRoundPlan {
  const source = readSnapshot(workbook).plan!;
  const plan = readPlan(source);
  const history = readHistoryTable(workbook);
  const result = planCloseRound({
    plan,
    planSheet: "Plan",
    history: history.source ? { read: readHistory(history.source), width: history.width } : null,
    round,
    closedAt: at,
    language: "da",
  });
  applyHistoryWrite(workbook, result.write!);
  if (withIds) {
    const idIndex = plan.columns.columns.id ?? null;
    writePlanIds(workbook, source, idIndex, result.ids!.assignments, "da");
  }
  return result;
}

function rounds(workbook: ExcelJS.Workbook) {
  const source = readHistoryTable(workbook).source!;
  const read = readHistory(source);
  expect(read.diagnostics).toEqual([]);
  return read.history.rounds.map((r) => [
    `${r.round.year}-${r.round.month}`,
    r.entries.map((e) => [e.row, e.id, e.status, e.note]),
  ]);
}

describe("history through ExcelJS", () => {
  it("creates sheet Historik with table Statusrunder and its marker at the first close", async () => {
    let workbook = createPlanWorkbook(smallPlan(), null);
    expect(readHistoryTable(workbook)).toEqual({ source: null, width: 0, foreignSheet: false });
    close(workbook, SEP_2019, new Date(2019, 8, 30, 14, 5));
    workbook = await reopen(workbook);
    const sheet = workbook.getWorksheet("Historik")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
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
    expect(sheet.getCell("A2").numFmt).toBe("mmmm yyyy");
    expect(sheet.getCell("I2").numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(sheet.getCell("B2").value).toBe("H-001");
    const defined = (
      workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
    ).model;
    expect(defined).toContainEqual({
      name: "Statusoversigt_Historik",
      ranges: ["Historik!$A$1"],
    });
    const table = readHistoryTable(workbook);
    expect(table.source?.rows).toHaveLength(smallPlan().length);
    expect(rounds(workbook)[0][0]).toBe("2019-9");
  });

  it("appends the next round below the table and grows it, keeping the user's column", async () => {
    let workbook = createPlanWorkbook(smallPlan(), null);
    close(workbook, SEP_2019, new Date(2019, 8, 30, 14, 5));
    workbook = await reopen(workbook);
    // The user adds a column of their own to the history table.
    const history = workbook.getWorksheet("Historik")!;
    const table = history.getTable("Statusrunder") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    history.getCell("K1").value = "Kommentar";
    history.getCell("K2").value = "min egen";
    table.table.columns.push({ name: "Kommentar" });
    table.table.tableRef = table.table.tableRef.replace(/J(\d+)$/, "K$1");
    workbook = await reopen(workbook);

    close(workbook, DEC_2019, new Date(2019, 11, 2, 12, 0));
    workbook = await reopen(workbook);
    const n = smallPlan().length;
    const read = readHistoryTable(workbook);
    expect(read.width).toBe(11);
    expect(read.source?.rows).toHaveLength(2 * n);
    expect(read.source?.rows[0][10]).toBe("min egen");
    expect(read.source?.rows[n][10]).toBeNull();
    expect(rounds(workbook).map((r) => r[0])).toEqual(["2019-9", "2019-12"]);
  });

  it("replaces a round closed again: its rows go, the other rounds stay, nothing else moves", async () => {
    let workbook = createPlanWorkbook(smallPlan(), null);
    close(workbook, SEP_2019, new Date(2019, 8, 30));
    close(workbook, DEC_2019, new Date(2019, 11, 2));
    close(workbook, MAR_2020, new Date(2020, 2, 2));
    workbook = await reopen(workbook);
    // The plan changes, and December is closed again.
    const plan = workbook.getWorksheet("Plan")!;
    plan.getCell("D2").value = "√";
    const result = close(workbook, DEC_2019, new Date(2019, 11, 3));
    expect(result.write?.replaced).toBe(true);
    workbook = await reopen(workbook);
    const n = smallPlan().length;
    const all = rounds(workbook);
    expect(all.map((r) => r[0])).toEqual(["2019-9", "2019-12", "2020-3"]);
    const dec = all[1][1] as unknown[][];
    expect(dec).toHaveLength(n);
    // December now sits after March in the sheet (appended), with the new status.
    expect(dec[0][0]).toBe(2 + 2 * n);
    expect(dec[0][2]).toBe("√");
    expect((all[0][1] as unknown[][])[0][2]).toBe("(√)");
    expect(readHistoryTable(workbook).source?.rows).toHaveLength(3 * n);
  });

  it("flags a sheet Historik without the table as not the add-in's", () => {
    const workbook = createPlanWorkbook(smallPlan(), null);
    workbook.addWorksheet("historik").getCell("A1").value = "mine notes";
    expect(readHistoryTable(workbook).foreignSheet).toBe(true);
  });
});

describe("plan IDs through ExcelJS", () => {
  it("adds column ID to table Handlinger once, fills empty IDs, keeps them across rounds", async () => {
    let workbook = createPlanWorkbook(smallPlan(), null);
    const first = close(workbook, SEP_2019, new Date(2019, 8, 30), true);
    expect(first.addIdColumn).toBe(true);
    workbook = await reopen(workbook);
    const plan = readSnapshot(workbook).plan!;
    expect(plan.header[plan.header.length - 1]).toBe("ID");
    expect(plan.rows.map((r) => r[r.length - 1])).toEqual(
      smallPlan().map((_, i) => `H-00${i + 1}`)
    );
    // A new action gets the next number; the others keep theirs in the next round.
    const sheet = workbook.getWorksheet("Plan")!;
    const next = plan.rows.length + 2;
    sheet.getRow(next).values = ["Erhverv", "Døråbner", "Ny handling", "%"];
    const table = findPlanTable(workbook);
    table.table.tableRef = table.table.tableRef.replace(/(\d+)$/, String(next));
    const second = close(workbook, DEC_2019, new Date(2019, 11, 2), true);
    expect(second.addIdColumn).toBe(false);
    expect(second.ids?.assignments).toEqual([{ row: next, id: `H-00${smallPlan().length + 1}` }]);
    workbook = await reopen(workbook);
    const all = rounds(workbook);
    const ids = (r: number) => (all[r][1] as unknown[][]).map((e) => e[1]);
    expect(ids(1).slice(0, smallPlan().length)).toEqual(ids(0));
  });

  it("never writes over the user's column right of the plan", () => {
    const workbook = createPlanWorkbook(smallPlan(), null);
    workbook.getWorksheet("Plan")!.getCell("G3").value = "min kolonne";
    expect(() => close(workbook, SEP_2019, new Date(2019, 8, 30), true)).toThrow(
      IdColumnBlockedError
    );
  });
});

function findPlanTable(workbook: ExcelJS.Workbook) {
  return workbook.getWorksheet("Plan")!.getTable("Handlinger") as unknown as {
    table: { tableRef: string };
  };
}
