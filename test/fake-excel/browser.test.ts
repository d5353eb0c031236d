// The fake is also bundled for a real browser (the end-to-end test installs it as
// window.Office / window.Excel). Guard: it bundles for platform "browser" without Node
// built-ins and runs in a bare JavaScript context; and typed adapter code can use it via a cast.

import * as path from "path";
import * as vm from "vm";
import { buildSync } from "esbuild";
import { createFakeExcel } from "./index";

test("bundles for the browser and runs without Node globals", async () => {
  const out = buildSync({
    entryPoints: [path.join(__dirname, "index.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "FakeExcel",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0].text;
  const sandbox: Record<string, unknown> = { TextEncoder, setTimeout, Promise, console };
  vm.createContext(sandbox);
  vm.runInContext(`${code};this.FakeExcel = FakeExcel;`, sandbox);
  const host = (sandbox.FakeExcel as { createFakeExcel: typeof createFakeExcel }).createFakeExcel({
    sheets: [{ name: "Plan", cells: [["√"]] }],
  });
  const window: any = {};
  host.install(window);
  const values = await window.Excel.run(async (context: any) => {
    const r = context.workbook.worksheets.getItem("Plan").getRange("A1").load("values");
    await context.sync();
    return r.values;
  });
  expect(values).toEqual([["√"]]);
});

test("code typed against @types/office-js runs on host.Excel through a cast", async () => {
  const host = createFakeExcel({ sheets: [{ name: "Plan" }] });
  const excel = host.Excel as unknown as typeof Excel;
  await excel.run(async (context: Excel.RequestContext) => {
    const range: Excel.Range = context.workbook.worksheets.getItem("Plan").getRange("A1:B1");
    range.values = [["typed", 1]];
    range.format.font.bold = true;
    await context.sync();
  });
  expect(host.dump("Plan").values).toEqual([["typed", 1]]);
});
