// The highest action ID handed out (name Statusoversigt_HoejesteID, a constant) through ExcelJS
// on real .xlsx files: written whenever IDs are filled, kept across saves and reopenings (ExcelJS
// itself drops constant names), and so an ID given to a deleted action is never given again.

import * as path from "path";
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import { closeRound } from "../../src/core/rounds";
import { HIGHEST_ID_NAME } from "../../src/core/port";
import { readConstantNames, writeConstantNames } from "../../src/xlsx/constantNames";
import { openWorkbook, saveWorkbook } from "../../src/xlsx/files";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { readRawWorkbook, readSnapshot } from "../../src/xlsx/readSnapshot";
import { applyStatusFormattingToWorkbook } from "../../src/xlsx/statusFormatting";
import { XlsxWorkbookPort } from "../../src/xlsx/XlsxWorkbookPort";
import { SEP_2019, makeTempDir, smallPlan } from "./support";

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

async function saveAndOpen(workbook: ExcelJS.Workbook, name: string) {
  const file = path.join(temp.dir, name);
  await saveWorkbook(workbook, file);
  return { file, workbook: await openWorkbook(file) };
}

const ids = (workbook: ExcelJS.Workbook) =>
  readSnapshot(workbook).plan!.rows.map((r) => r[r.length - 1]);

/** Deletes the plan's last action (its row cleared, the table one row shorter). */
function deleteLastAction(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.getWorksheet("Plan")!;
  const last = readSnapshot(workbook).plan!.rows.length + 1;
  sheet.spliceRows(last, 1);
  const table = sheet.getTable("Handlinger") as unknown as { table: { tableRef: string } };
  table.table.tableRef = table.table.tableRef.replace(/(\d+)$/, String(last - 1));
}

/** Appends an action without an ID below the table, the table one row longer. */
function addAction(workbook: ExcelJS.Workbook): number {
  const sheet = workbook.getWorksheet("Plan")!;
  const row = readSnapshot(workbook).plan!.rows.length + 2;
  sheet.getRow(row).values = ["Erhverv", "Døråbner", "Ny handling", "%"];
  const table = sheet.getTable("Handlinger") as unknown as { table: { tableRef: string } };
  table.table.tableRef = table.table.tableRef.replace(/(\d+)$/, String(row));
  return row;
}

describe("the highest ID handed out, through ExcelJS", () => {
  it("is recorded by status formatting and survives saving, so a deleted action's ID is not reused", async () => {
    const count = smallPlan().length;
    const created = createPlanWorkbook(smallPlan(), null);
    expect(
      applyStatusFormattingToWorkbook(created, { currentStatusDate: SEP_2019 }).idsFilled
    ).toBe(count);
    let { file, workbook } = await saveAndOpen(created, "plan.xlsx");
    expect(readRawWorkbook(workbook).highestId).toBe(count);
    const xml = await (
      await JSZip.loadAsync(await import("fs").then((fs) => fs.promises.readFile(file)))
    )
      .file("xl/workbook.xml")!
      .async("string");
    expect(xml).toContain(`<definedName name="${HIGHEST_ID_NAME}">${count}</definedName>`);

    // The last action (H-00count) is deleted before any round is closed; a new one comes.
    deleteLastAction(workbook);
    ({ workbook } = await saveAndOpen(workbook, "deleted.xlsx"));
    expect(readRawWorkbook(workbook).highestId).toBe(count);
    const row = addAction(workbook);
    const closed = await closeRound(new XlsxWorkbookPort(workbook), {
      round: SEP_2019,
      now: () => new Date(2019, 8, 30),
    });
    expect(closed.written).toBe(true);
    ({ workbook } = await saveAndOpen(workbook, "closed.xlsx"));
    const next = `H-00${count + 1}`;
    expect(ids(workbook)[row - 2]).toBe(next);
    expect(ids(workbook)).not.toContain(`H-00${count}`);
    expect(readRawWorkbook(workbook).highestId).toBe(count + 1);
  });

  it("reads and writes the name in xl/workbook.xml beside the other names", () => {
    const base =
      '<workbook><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>' +
      '<calcPr calcId="0"/></workbook>';
    const once = writeConstantNames(base, new Map([[HIGHEST_ID_NAME, "7"]]));
    expect(once).toContain(
      `</sheets><definedNames><definedName name="${HIGHEST_ID_NAME}">7</definedName></definedNames><calcPr`
    );
    const other = '<definedNames><definedName name="Mit">Plan!$A$1</definedName></definedNames>';
    const twice = writeConstantNames(
      writeConstantNames(
        base.replace("</sheets>", `</sheets>${other}`),
        new Map([[HIGHEST_ID_NAME, "7"]])
      ),
      new Map([[HIGHEST_ID_NAME, "9"]])
    );
    expect(twice.match(/definedName name=/g)).toHaveLength(2);
    expect(readConstantNames(twice)).toEqual(new Map([[HIGHEST_ID_NAME, "9"]]));
    // A sheet-scoped name of the same name is not the workbook's record.
    expect(
      readConstantNames(`<definedName localSheetId="0" name="${HIGHEST_ID_NAME}">5</definedName>`)
    ).toEqual(new Map());
  });
});
