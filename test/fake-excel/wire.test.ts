// The protocol-level server behind Microsoft's Office.js client: golden wire fixtures of the
// adapter's batches, loud failures for members the server lacks, the web's 5 MB limit on real
// body bytes, the setCellProperties cell limit (office-js #2564), requirement sets, and
// Microsoft's own error objects.

import * as fs from "fs";
import * as path from "path";
import { createExcelOperations } from "../../src/excel";
import { generatedPlanRows } from "../support/generatedPlan";
import { FIXED_NOW, planInit } from "../excel/support";
import { createWireExcel } from "./officeClient";
import { SET_CELL_PROPERTIES_CELL_LIMIT, WEB_REQUEST_LIMIT } from "./wireServer";

const WIRE = path.join(__dirname, "wire");

async function rejection(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e
  );
}

describe("golden wire fixtures", () => {
  // A small plan's refresh: the read batch and the write batch as the client sends them and
  // the server answers. UPDATE_WIRE=1 rewrites the files (review the diff by eye).
  test("refresh of a 3-action plan: read and write batches match test/fake-excel/wire", async () => {
    const host = createWireExcel(planInit(generatedPlanRows(3)));
    const ops = createExcelOperations(host.Excel, host.Office, { now: () => FIXED_NOW });
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(true);
    const exchanges = host.server.exchanges.filter((e) => !e.request.includes("_RemoveReference"));
    expect(exchanges).toHaveLength(2);
    ["refresh-read", "refresh-write"].forEach((name, i) => {
      const recorded = {
        request: JSON.parse(exchanges[i].request),
        response: JSON.parse(exchanges[i].response as string),
      };
      const file = path.join(WIRE, `${name}.json`);
      if (process.env.UPDATE_WIRE === "1")
        fs.writeFileSync(file, JSON.stringify(recorded, null, 1) + "\n");
      expect(recorded).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
    });
  });
});

test("a member the server does not implement fails loudly and is named", async () => {
  const host = createWireExcel({ sheets: [{ name: "Plan" }] });
  const Excel = host.Excel as typeof globalThis.Excel;
  const error = await rejection(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").charts.load("items");
      await context.sync();
    })
  );
  expect(error).toBeInstanceOf(host.OfficeExtension.Error);
  expect(error.message).toContain("Worksheet.Charts");
  expect(host.server.unsupported).toEqual(["Worksheet.Charts"]);
});

test("errors are Microsoft's OfficeExtension.Error with code, location and statement", async () => {
  const host = createWireExcel({ sheets: [{ name: "Plan" }] });
  const Excel = host.Excel as typeof globalThis.Excel;
  const error = await rejection(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Mangler").getRange("A1").load("values");
      await context.sync();
    })
  );
  expect(error).toBeInstanceOf(host.OfficeExtension.Error);
  expect(error.code).toBe("ItemNotFound");
  expect(error.debugInfo.statement).toContain("getItem");
});

describe("Excel on the web's 5 MB request limit, on the real body bytes", () => {
  const big = () => Array.from({ length: 3000 }, (_, r) => [`${"x".repeat(1800)}${r}`]);

  test("a request over 5 MB is refused with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const host = createWireExcel({ sheets: [{ name: "Plan" }] }, { webPayloadLimit: true });
    const Excel = host.Excel as typeof globalThis.Excel;
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1:A3000").values = big();
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(Math.max(...host.stats.requestBytes)).toBeGreaterThan(WEB_REQUEST_LIMIT);
    expect(host.dump("Plan").values.flat().filter(Boolean)).toEqual([]);
  });

  test("the desktop host has no such limit", async () => {
    const host = createWireExcel({ sheets: [{ name: "Plan" }] });
    const Excel = host.Excel as typeof globalThis.Excel;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:A3000").values = big();
      await context.sync();
    });
    expect(host.dump("Plan").values[2999][0]).toMatch(/2999$/);
  });
});

test("setCellProperties over about 90,000 cells fails (office-js #2564)", async () => {
  const host = createWireExcel({ sheets: [{ name: "Plan" }] });
  const Excel = host.Excel as typeof globalThis.Excel;
  const rows = SET_CELL_PROPERTIES_CELL_LIMIT / 10 + 1;
  const cells = Array.from({ length: rows }, () =>
    Array.from({ length: 10 }, () => ({ format: { font: { bold: true } } }))
  );
  const error = await rejection(
    Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Plan")
        .getRangeByIndexes(0, 0, rows, 10)
        .setCellProperties(cells);
      await context.sync();
    })
  );
  expect(error.code).toBe("GeneralException");
  expect(error.debugInfo.errorLocation).toBe("Range.setCellProperties");
});

test("requirement sets: on Excel 2016 (ExcelApi 1.8) the client refuses a 1.9 API as Excel would", async () => {
  const host = createWireExcel(
    { sheets: [{ name: "Plan" }] },
    { requirementSets: { ExcelApi: "1.8" } }
  );
  const Excel = host.Excel as typeof globalThis.Excel;
  const error = await rejection(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").pageLayout.orientation = "Landscape";
      await context.sync();
    })
  );
  expect(error.code).toBe("ApiNotFound");
  expect(host.stats.syncs).toBe(0); // refused by Microsoft's client before any request
});
