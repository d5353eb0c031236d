// "Opret plan": sheet Plan with an empty table Handlinger (headers only; Excel gives a new
// table one empty body row), its status formatting already in place so that rows the user
// adds inherit it, and sheet Indstillinger with the default settings and the name
// AktuelStatusdato. One read, one write; refused when a plan exists.

import { COLUMN_NAMES, REQUIRED_COLUMNS } from "../core/columns";
import type { Language } from "../core/model";
import { UserFacingError } from "../core/operations";
import { PLAN_SHEET, PLAN_TABLE, type PlanSource } from "../core/port";
import { readSettings } from "../core/settings";
import { describeStatusFormatting } from "../core/statusFormatting";
import { readWorkbook } from "./readWorkbook";
import { queueSettingsSheet } from "./settingsSheet";
import { queueStatusFormatting } from "./statusFormatting";
import { syncEndingWithFocus } from "./bestEffortFocus";
import { characterWidthToPoints } from "./writeOverview";

/** Column widths in characters: focus area, initiative, action, status, note, status date. */
const WIDTHS = [22, 28, 50, 8, 40, 16];

export async function createPlanInExcel(
  context: Excel.RequestContext,
  lang: Language
): Promise<void> {
  const read = await readWorkbook(context, { planBody: false });
  if (read.plan || read.planSheetExists) {
    throw new UserFacingError("excel.createPlan.exists", {
      sheet: read.plan?.sheet ?? PLAN_SHEET,
      table: PLAN_TABLE,
    });
  }

  const header = REQUIRED_COLUMNS.map((key) => COLUMN_NAMES[key][lang]);
  const ws = context.workbook.worksheets.add(PLAN_SHEET);
  const headerRange = ws.getRangeByIndexes(0, 0, 1, header.length);
  headerRange.numberFormat = [header.map(() => "@")];
  headerRange.values = [header];
  const table = ws.tables.add(headerRange, true);
  table.name = PLAN_TABLE;
  WIDTHS.forEach((width, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = characterWidthToPoints(width);
  });
  // Text columns as text, so a typed "=…" or "1/2" stays what the user wrote.
  const textColumns = header.length - 1; // all but Statusdato, the last
  ws.getRangeByIndexes(1, 0, 1, textColumns).numberFormat = [
    new Array<string>(textColumns).fill("@"),
  ];
  ws.getRangeByIndexes(1, 0, 1, header.length).format.wrapText = true;
  ws.getRangeByIndexes(1, 0, 1, header.length).format.verticalAlignment = "Top";

  // The settings and the name AktuelStatusdato before the rule that reads the name.
  if (!read.settings && !read.settingsSheetExists) {
    queueSettingsSheet(context, lang, null, !read.currentStatusDateName.exists);
  }

  // The one (empty) body row carries validation, the current-round rule and the date format.
  const source: PlanSource = {
    kind: "table",
    sheet: PLAN_SHEET,
    headerRow: 1,
    header,
    rows: [header.map(() => null)],
  };
  const { description } = describeStatusFormatting(source, {
    firstColumn: 0,
    markingColor: readSettings(read.snapshot.settings).settings.markingColor,
    language: lang,
  });
  if (description) queueStatusFormatting(ws, description);
  ws.freezePanes.freezeRows(1);
  // Last statements, best effort (see bestEffortFocus.ts).
  ws.activate();
  ws.getRange("A2").select();
  await syncEndingWithFocus(context);
}
