// Word in and out for a plan of 1,000 actions: export (plan → document description → .docx
// bytes with the docx package) and import (.docx bytes → JSZip + xmldom → plan). Counts beside
// the times show that the import read back every action.

import { readPlan } from "../src/core/readPlan";
import { defaultSettings } from "../src/core/settings";
import { exportWordBytes, importWordBytes } from "../src/word/node";
import { PLAN_HEADER, generatedPlanRows } from "../test/support/generatedPlan";
import { type Figure, medianMs, round } from "./figures";

const SIZE = 1000;

export async function benchWord(): Promise<Figure[]> {
  const { plan } = readPlan({
    kind: "table",
    sheet: "Plan",
    firstColumn: 0,
    headerRow: 1,
    header: PLAN_HEADER,
    rows: generatedPlanRows(SIZE),
  });
  const settings = { ...defaultSettings("da"), currentStatusDate: { year: 2019, month: 12 } };
  const exportOnce = () => exportWordBytes(plan, settings);
  const bytes = await exportOnce();
  const importOnce = async () => {
    const result = await importWordBytes(bytes);
    if (!result.ok) throw new Error(result.code);
    return result;
  };
  const back = await importOnce();
  return [
    { name: `export.docx.ms.${SIZE}`, value: await medianMs(exportOnce, 7, 2), unit: "ms" },
    { name: `export.docx.kb.${SIZE}`, value: round(bytes.length / 1024, 1), unit: "KB" },
    { name: `import.docx.ms.${SIZE}`, value: await medianMs(importOnce, 7, 2), unit: "ms" },
    { name: `import.docx.actions.${SIZE}`, value: back.actionCount, unit: "actions read back" },
    { name: `import.docx.doubts.${SIZE}`, value: back.doubts.length, unit: "doubts" },
  ];
}
