// "Sæt aktuel statusdato": the month's first day, as a serial formatted "mmmm yyyy", in the
// cell the name AktuelStatusdato refers to. The conditional format on the plan reads the name,
// so the marking follows without touching the plan. Missing pieces are created: the
// settings row and the name, or the whole settings sheet. One read (two when a settings row must
// be added, to check the row below the table is free), one write, which ends with a full
// calculation.

import type { Language, YearMonth } from "../core/model";
import { UserFacingError } from "../core/operations";
import { CURRENT_STATUS_DATE_NAME, SETTINGS_SHEET, SETTINGS_TABLE } from "../core/port";
import { yearMonthToExcelSerial } from "../core/dates";
import { SETTING_KEYS } from "../core/settings";
import { STATUS_DATE_NUMBER_FORMAT } from "../core/statusFormatting";
import type { OfficeLike } from "../officeHost";
import { ProvenSession } from "./provenWrite";
import { isSupported } from "./requirements";
import { readWorkbook } from "./readWorkbook";
import { isStatusDateKey, queueSettingsSheet, statusDateNameComment } from "./settingsSheet";

/** Where the value was written (0-based), for messages and tests. */
export interface StatusDateWrite {
  sheet: string;
  row: number;
  column: number;
}

function writeMonth(cell: Excel.Range, month: YearMonth): void {
  cell.numberFormat = [[STATUS_DATE_NUMBER_FORMAT]];
  cell.values = [[yearMonthToExcelSerial(month)]];
}

/**
 * Conditional formats that read the name do not always re-evaluate when only the named cell
 * changes (office-js #5299, #1157); a full calculation in the same batch makes the plan's
 * marking follow the new date.
 */
function queueFullCalculation(context: Excel.RequestContext): void {
  context.workbook.application.calculate("Full");
}

export async function setCurrentStatusDateInExcel(
  context: Excel.RequestContext,
  month: YearMonth,
  lang: Language,
  office?: OfficeLike
): Promise<StatusDateWrite> {
  const read = await readWorkbook(context, { planBody: false });
  const wb = context.workbook;
  const name = read.currentStatusDateName;

  // 1. The name refers to a cell: that is the value cell, written through the name, so the
  // write lands where the name points when it runs (a co-author's inserted rows move the name
  // with its cell).
  const target = name.target;
  if (name.exists && target?.sheet) {
    const sheet = target.sheet;
    writeMonth(wb.names.getItem(CURRENT_STATUS_DATE_NAME).getRange(), month);
    queueFullCalculation(context);
    await context.sync();
    return { sheet, row: target.row, column: target.column };
  }

  // A name holding a constant (or a broken reference) is replaced by one on the settings.
  const replaceName = () => {
    if (name.exists) wb.names.getItem(CURRENT_STATUS_DATE_NAME).delete();
  };
  const undoName = () => {
    wb.names.getItem(CURRENT_STATUS_DATE_NAME).delete();
    if (name.exists && name.formula) wb.names.add(CURRENT_STATUS_DATE_NAME, name.formula);
  };

  // 2. The settings table: its current-status-date row, or a new row below it.
  const settings = read.settings;
  const rows = read.snapshot.settings?.rows ?? [];
  if (settings) {
    const ws = wb.worksheets.getItem(settings.sheet);
    let index = rows.findIndex((row) => isStatusDateKey(row[0]));
    const column = settings.firstColumn + 1;
    const newRow = index < 0;
    if (newRow) {
      index = rows.length;
      const row = settings.firstRow + index;
      // The new row goes directly below the table: never over something already there (one
      // more small read, only on this path).
      const below = ws.getRangeByIndexes(row, settings.firstColumn, 1, settings.columnCount);
      below.load("values");
      await context.sync();
      if (below.values[0].some((value) => value !== "" && value !== null)) {
        throw new UserFacingError("excel.error.settingsRowTaken", {
          sheet: settings.sheet,
          table: SETTINGS_TABLE,
          row: row + 1,
          key: SETTING_KEYS.currentStatusDate[lang],
        });
      }
    }
    const row = settings.firstRow + index;
    const key = SETTING_KEYS.currentStatusDate[lang];
    // Proven (provenWrite.ts): the settings table where it was read, the key row as read (or,
    // for a new row, the cells below the table still empty).
    const session = new ProvenSession(context, { canResize: isSupported(office, "1.13") });
    await session.step({
      expect: newRow
        ? []
        : [{ sheet: settings.sheet, row, column: settings.firstColumn, value: rows[index][0] }],
      tables: [{ name: SETTINGS_TABLE, address: settings.tableAddress }],
      ...(newRow
        ? {
            emptyTargets: 1,
            restoreTables: [{ name: SETTINGS_TABLE, address: settings.tableAddress }],
          }
        : {}),
      targets: () => [
        newRow
          ? ws.getRangeByIndexes(row, settings.firstColumn, 1, Math.max(2, settings.columnCount))
          : ws.getCell(row, column),
      ],
      write: () => {
        replaceName();
        if (newRow) {
          const keyCell = ws.getCell(row, settings.firstColumn);
          keyCell.numberFormat = [["@"]];
          keyCell.values = [[key]];
          // No TableRowCollection.add (it breaks co-authoring); grow the table where the API can.
          if (isSupported(office, "1.13")) {
            const headerRow = settings.firstRow - 1;
            const withNewRow = ws.getRangeByIndexes(
              headerRow,
              settings.firstColumn,
              settings.rowCount + 2,
              settings.columnCount
            );
            wb.tables.getItem(SETTINGS_TABLE).resize(withNewRow);
          }
        }
        const cell = ws.getCell(row, column);
        writeMonth(cell, month);
        wb.names.add(CURRENT_STATUS_DATE_NAME, cell, statusDateNameComment(lang));
        queueFullCalculation(context);
      },
      undo: undoName,
    });
    return { sheet: settings.sheet, row, column };
  }

  // 3. No settings table at all: create the settings sheet.
  if (read.settingsSheetExists) {
    throw new UserFacingError("excel.error.settingsWithoutTable", {
      sheet: SETTINGS_SHEET,
      table: SETTINGS_TABLE,
    });
  }
  replaceName();
  const created = queueSettingsSheet(context, lang, month, true);
  queueFullCalculation(context);
  await context.sync();
  return { sheet: SETTINGS_SHEET, row: created.dateRow, column: 1 };
}
