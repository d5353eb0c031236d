// The Word operations through the Office adapter: a plan imported from Word created through
// Opret plan's operation, and the overview described as a document from one read.

import { exampleSettings } from "../../examples/build-example";
import {
  CURRENT_STATUS_DATE_NAME,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
} from "../../src/core/port";
import { readPlanAndSettings } from "../../src/core/refresh";
import { readWorkbook } from "../../src/core/readWorkbook";
import { paragraphText, type WordTable } from "../../src/core/word/document";
import { generatedPlanRows } from "../support/generatedPlan";
import { examplePlan, planRows } from "../word/support";
import { harness, planInit } from "./support";

const expectedIds = (n: number) =>
  Array.from({ length: n }, (_, i) => `H-${String(i + 1).padStart(3, "0")}`);

describe("createPlan with an imported plan", () => {
  test("writes its rows, settings and name in the same few syncs as an empty plan", async () => {
    const { host, ops } = harness({ sheets: [{ name: "Ark1" }] });
    const plan = examplePlan();
    const settings = { ...exampleSettings(), markingColor: "#FF0000" };
    const syncs = host.stats.syncs;
    await ops.createPlan({ plan, settings });
    expect(host.stats.syncs - syncs).toBeLessThanOrEqual(4);
    expect(host.sheetNames()).toEqual(["Ark1", PLAN_SHEET, SETTINGS_SHEET]);
    // Column Ansvarlig empty, then column ID last, filled H-001 … H-040 in plan order by the
    // rounds' rule.
    const dump = host.dump(PLAN_SHEET);
    expect(dump.tables[0]).toMatchObject({ name: PLAN_TABLE, address: "A1:H41" });
    expect(dump.values.map((row) => row[6])).toEqual([
      "Ansvarlig",
      ...expectedIds(40).map(() => ""),
    ]);
    expect(dump.values.map((row) => row[7])).toEqual(["ID", ...expectedIds(40)]);

    // Read back as the add-in reads any plan: the same actions, dates and settings.
    const { ExcelWorkbookPort } = await import("../../src/excel/excelPort");
    const raw = await host.Excel.run((context: Excel.RequestContext) =>
      new ExcelWorkbookPort(context).read()
    );
    const read = readPlanAndSettings(readWorkbook(raw));
    expect(planRows(read.plan!)).toEqual(planRows(plan));
    const ids = read.plan!.focusAreas.flatMap((a) =>
      a.initiatives.flatMap((i) => i.actions.map((x) => x.id))
    );
    expect(ids).toEqual(expectedIds(40));
    expect(read.settings).toMatchObject({
      title: settings.title,
      intro: settings.intro,
      currentStatusDate: settings.currentStatusDate,
      focusAreaOrder: settings.focusAreaOrder,
      markingColor: "#FF0000",
    });
    const names = host.dump(SETTINGS_SHEET).names.map((n) => n.name);
    expect(names).toContain(CURRENT_STATUS_DATE_NAME);
  });
});

describe("describeWordDocument", () => {
  test("reads the workbook in one sync and describes the overview", async () => {
    const { host, ops } = harness(planInit(generatedPlanRows(30)));
    const syncs = host.stats.syncs;
    const result = await ops.describeWordDocument();
    expect(host.stats.syncs - syncs).toBe(1);
    const table = result.document!.blocks.find((b): b is WordTable => b.kind === "table")!;
    expect(table.rows[0].header).toBe(true);
    expect(table.rows[0].cells.map((c) => paragraphText(c.paragraphs[0]))).toEqual([
      "Overordnet fokus",
      "Skole & Uddannelse",
      "Erhverv",
    ]);
  });

  test("gives no document and says why for a workbook without a plan", async () => {
    const { ops } = harness({ sheets: [{ name: "Ark1" }] });
    const result = await ops.describeWordDocument();
    expect(result.document).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain("core.refresh.noPlan");
  });
});
