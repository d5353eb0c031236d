// A generated plan saved as an .xlsx file (Opret plan's workbook, current round December 2019),
// for the tests and the benchmark that measure large files.

import { defaultSettings } from "../../src/core/settings";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { saveWorkbook } from "../../src/xlsx/files";
import { generatedPlanRows } from "./generatedPlan";

export async function saveGeneratedPlan(actions: number, file: string): Promise<void> {
  const rows = generatedPlanRows(actions).map(
    ([focusArea, initiative, action, status, note, date]) => ({
      focusArea: focusArea as string,
      initiative: initiative as string,
      action: action as string,
      status: status as string,
      note: note as string,
      statusDate: date as number,
    })
  );
  const settings = defaultSettings("da");
  settings.currentStatusDate = { year: 2019, month: 12 };
  await saveWorkbook(createPlanWorkbook(rows, settings), file);
}
