// Renders the overview through LibreOffice to look at it:
//   npx tsx test/support/renderOverview.ts [OUT_DIR]      (default render-out/overview)
// Writes the Bycirklen example and a plan with eight focus areas as .xlsx (ExcelJS adapter +
// refreshOverview), then /work/shared/tools/render-xlsx turns each into PNG pages.

import { execFileSync } from "child_process";
import * as path from "path";
import { exampleRows, exampleSettings } from "../../examples/build-example";
import { refreshOverview } from "../../src/core/refresh";
import { createPlanWorkbook, type PlanRowInput } from "../../src/xlsx/createPlanWorkbook";
import { saveWorkbook } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/XlsxWorkbookPort";

const RENDER = process.env.RENDER_XLSX ?? "/work/shared/tools/render-xlsx";
const NOW = () => new Date(2019, 11, 2, 12, 0);

/** Eight focus areas with uneven initiatives, long and short texts, some current notes. */
function eightAreas(): PlanRowInput[] {
  const rows: PlanRowInput[] = [];
  for (let a = 1; a <= 8; a++) {
    for (let i = 1; i <= 1 + (a % 3); i++) {
      for (let k = 1; k <= 1 + ((a + i) % 3); k++) {
        rows.push({
          focusArea: `Fokusområde ${a}`,
          initiative: `Indsats ${a}.${i}`,
          action: `Handling ${k}: ${"koordinere og følge op på aktiviteter ".repeat(1 + (k % 2)).trim()}`,
          status: ["√", "(√)", "%"][k % 3],
          note: k === 2 ? "Note fra december 2019 om hvordan det gik" : null,
          statusDate: k === 2 ? { year: 2019, month: 12 } : { year: 2019, month: 9 },
        });
      }
    }
  }
  return rows;
}

async function render(name: string, rows: PlanRowInput[], outDir: string): Promise<void> {
  const workbook = createPlanWorkbook(rows, exampleSettings());
  const port = new XlsxWorkbookPort(workbook);
  const result = await refreshOverview(port, { now: NOW });
  if (!result.written) throw new Error(`${name}: overview not written`);
  // Only the overview is of interest: drop the plan and settings sheets from the rendering.
  for (const sheet of [...workbook.worksheets]) {
    if (sheet.name !== "Oversigt") workbook.removeWorksheet(sheet.id);
  }
  const file = path.join(outDir, `${name}.xlsx`);
  await saveWorkbook(workbook, file);
  process.stdout.write(execFileSync(RENDER, [file, outDir], { encoding: "utf8" }));
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? "render-out/overview");
  await render("bycirklen", exampleRows(), outDir);
  await render("eight-areas", eightAreas(), outDir);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
