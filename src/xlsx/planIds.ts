// Writes the plan's new action IDs (column ID of table Handlinger) over ExcelJS. When the plan
// has no ID column yet, it is added right of the table's last column and the table grows to
// take it in — unless that column holds something of the user's, which is never overwritten.

import type { Workbook } from "exceljs";
import { COLUMN_NAMES } from "../core/columns";
import type { Language } from "../core/model";
import { PLAN_TABLE, type PlanSource } from "../core/port";
import type { IdAssignment } from "../core/rounds";
import { rawFromCell } from "./cellValue";
import { findSheet, findTable } from "./readSnapshot";
import { setTableArea } from "./tables";

export class IdColumnBlockedError extends Error {
  constructor(
    readonly sheet: string,
    readonly column: number
  ) {
    super(`the column right of the plan on ${sheet} is not empty`);
    this.name = "IdColumnBlockedError";
  }
}

/**
 * `idIndex`: the ID column's 0-based index in the plan's header row, or null to add the column.
 * Returns the sheet column (1-based) the IDs went into.
 */
export function writePlanIds(
  workbook: Workbook,
  plan: PlanSource,
  idIndex: number | null,
  assignments: readonly IdAssignment[],
  lang: Language
): number {
  const table = plan.kind === "table" ? findTable(workbook, PLAN_TABLE) : null;
  const sheet = table?.sheet ?? findSheet(workbook, plan.sheet);
  if (!sheet) throw new Error(`sheet ${plan.sheet} disappeared between read and write`);
  const firstColumn = table ? table.area.firstColumn : plan.firstColumn + 1;
  const lastRow = table ? table.area.lastDataRow : plan.headerRow + plan.rows.length;
  let column = firstColumn + (idIndex ?? plan.header.length);
  if (idIndex === null) {
    for (let row = plan.headerRow; row <= lastRow; row++) {
      const value = rawFromCell(sheet.getCell(row, column));
      if (value !== null && !(typeof value === "string" && value.trim() === "")) {
        throw new IdColumnBlockedError(sheet.name, column);
      }
    }
    const header = sheet.getCell(plan.headerRow, column);
    header.value = COLUMN_NAMES.id[lang];
    sheet.getColumn(column).width = 9;
    if (table) {
      const model = (table.table as unknown as { table: { columns: object[] } }).table;
      model.columns.push({ name: COLUMN_NAMES.id[lang], filterButton: true });
      setTableArea(table.table, { ...table.area, width: table.area.width + 1 });
    }
  }
  for (const { row, id } of assignments) {
    const cell = sheet.getCell(row, column);
    cell.numFmt = "@";
    cell.value = id;
  }
  return column;
}
