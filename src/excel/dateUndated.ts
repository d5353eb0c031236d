// "Datér dem alle": the changes since the last closed round that are not dated in the current
// round get the current round in Statusdato, as one proven write (provenWrite.ts): each row
// must still hold the ID, action, status and note it was found with, and the table must not
// have moved; else nothing is written and the attempt is retried from a fresh read.

import { matchColumns } from "../core/columns";
import { yearMonthToExcelSerial } from "../core/dates";
import { UserFacingError } from "../core/operations";
import { PLAN_SHEET, PLAN_TABLE } from "../core/port";
import { readPlanAndSettings } from "../core/refresh";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import type { OwnWriteGuard } from "./ownWrites";
import { expectedTable, planRowProof } from "./planProofs";
import { ProvenSession } from "./provenWrite";
import { readWorkbook } from "./readWorkbook";
import { findUndated } from "./undatedCheck";

export interface DateUndatedOutcome {
  /** Rows dated (1-based). */
  rows: number[];
}

export async function dateUndatedInExcel(
  context: Excel.RequestContext,
  guard: OwnWriteGuard
): Promise<DateUndatedOutcome> {
  const read = await readWorkbook(context, { history: true, historyTail: true });
  const source = read.snapshot.plan;
  const { plan, settings } = readPlanAndSettings(read.snapshot);
  if (!source || !read.plan || !plan || !settings || read.plan.kind !== "table") {
    throw new UserFacingError("excel.error.noPlan", { table: PLAN_TABLE, sheet: PLAN_SHEET });
  }
  const found = findUndated(read.raw, plan, settings);
  const month = settings.currentStatusDate;
  if (!found || !month || found.changes.length === 0) return { rows: [] };
  const { columns } = matchColumns(source.header);
  if (columns.statusDate === undefined) return { rows: [] };
  const rows = found.changes.map((c) => c.row);
  const column = read.plan.firstColumn + columns.statusDate;
  const ws = context.workbook.worksheets.getItem(source.sheet);
  const serial = yearMonthToExcelSerial(month);
  const targets = rows.map((row) => ({ row: row - 1, column, rowCount: 1, columnCount: 1 }));
  const session = new ProvenSession(context, { canResize: false });
  await guard.run(source.sheet, targets, () =>
    session.step({
      expect: rows.flatMap((row) =>
        planRowProof(source, row, [columns.status!, columns.note!, columns.statusDate!])
      ),
      tables: expectedTable(PLAN_TABLE, read.plan?.tableAddress),
      targets: () => targets.map((t) => ws.getCell(t.row, t.column)),
      write: (cells) => {
        for (const cell of cells) {
          cell.numberFormat = [[STATUS_DATE_NUMBER_FORMAT]];
          cell.values = [[serial]];
        }
      },
    })
  );
  return { rows };
}
