// The host: statistics, the 5 MB request limit of Excel on the web, requirement sets, the
// Office object, install(), builders and dump().
// Docs: "Resource limits and performance optimization for Office Add-ins"
// (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
// Excel on the web limits requests and responses to 5 MB (RequestPayloadSizeLimitExceeded);
// Office.context.requirements.isSetSupported (learn.microsoft.com/javascript/api/office/office.requirementsetsupport).

import { WEB_PAYLOAD_LIMIT, createFakeExcel, toSerial } from "./index";
import { rejection, setup } from "./testkit";

describe("stats", () => {
  test("every sync counts; request bytes grow with the queued data; reset()", async () => {
    const { host, run } = setup({ sheets: [{ name: "S" }] });
    await run(async (context) => {
      await context.sync(); // nothing queued: counted in syncs, not in roundTrips
      context.workbook.worksheets.getItem("S").getRange("A1:A2").values = [
        ["short"],
        ["x".repeat(1000)],
      ];
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.roundTrips).toBe(1);
    expect(host.stats.requestBytes[0]).toBe(0);
    expect(host.stats.requestBytes[1]).toBeGreaterThan(1000);
    host.stats.reset();
    expect([host.stats.syncs, host.stats.roundTrips, host.stats.requestBytes]).toEqual([0, 0, []]);
  });

  test("bytes count UTF-8 (Danish letters and √ weigh more than ASCII)", async () => {
    const { host, run } = setup({ sheets: [{ name: "S" }] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["a".repeat(100)]];
      await context.sync();
      context.workbook.worksheets.getItem("S").getRange("A1").values = [["√".repeat(100)]];
      await context.sync();
    });
    expect(host.stats.requestBytes[1] - host.stats.requestBytes[0]).toBe(200);
  });
});

describe("the 5 MB limit of Excel on the web", () => {
  const big = () => Array.from({ length: 600 }, () => ["y".repeat(10_000)]);

  test("with webPayloadLimit a request over 5 MB rejects and applies nothing", async () => {
    const { host, run } = setup({ sheets: [{ name: "S" }] }, { webPayloadLimit: true });
    const error = await rejection(
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.getRange("B1").values = [["small, queued first"]];
        ws.getRange("A1:A600").values = big();
        await context.sync();
      })
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(host.stats.requestBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(host.dump("S").values).toEqual([]);
  });

  test("without the limit (desktop) the same request goes through", async () => {
    const { host, run } = setup({ sheets: [{ name: "S" }] });
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A600").values = big();
      await context.sync();
    });
    expect(host.dump("S").values).toHaveLength(600);
  });

  test("just under the limit is fine", async () => {
    const { host, run } = setup({ sheets: [{ name: "S" }] }, { webPayloadLimit: true });
    await run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:A400").values = big().slice(0, 400);
      await context.sync();
    });
    expect(host.stats.requestBytes[0]).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });
});

describe("requirement sets and the Office object", () => {
  test("isSetSupported compares versions numerically (1.12 > 1.9)", () => {
    const host = createFakeExcel();
    const is = host.Office.context.requirements.isSetSupported;
    expect(is("ExcelApi", "1.9")).toBe(true);
    expect(is("ExcelApi", "1.12")).toBe(true);
    expect(is("ExcelApi", "1.13")).toBe(false);
    expect(is("ExcelApi")).toBe(true);
    expect(is("WordApi", "1.1")).toBe(false);
  });

  test("Excel 2016 is simulated with ExcelApi 1.8", () => {
    const host = createFakeExcel(undefined, { requirementSets: { ExcelApi: "1.8" } });
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
  });

  test("onReady resolves with host Excel; displayLanguage and officeTheme", async () => {
    const host = createFakeExcel(undefined, { displayLanguage: "en-US" });
    let seen: any;
    const info = await host.Office.onReady((i: any) => (seen = i));
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(seen).toEqual(info);
    expect(host.Office.context.displayLanguage).toBe("en-US");
    expect(host.Office.context.officeTheme.bodyBackgroundColor).toMatch(/^#/);
    expect(host.Office.HostType.Excel).toBe("Excel");
  });

  test("the web platform is reported when the web limit is on", async () => {
    const host = createFakeExcel(undefined, { webPayloadLimit: true });
    expect((await host.Office.onReady()).platform).toBe("OfficeOnline");
  });

  test("Office.actions.associate + invokeAction runs a ribbon command until completed()", async () => {
    const host = createFakeExcel();
    const calls: string[] = [];
    host.Office.actions.associate("refresh", (event: any) => {
      calls.push(event.source.id);
      setTimeout(() => event.completed(), 0);
    });
    await host.invokeAction("refresh");
    expect(calls).toEqual(["refresh"]);
    await expect(host.invokeAction("nope")).rejects.toThrow(/no action/);
  });

  test("install sets Office, Excel and OfficeExtension on a target", () => {
    const host = createFakeExcel();
    const target: any = {};
    host.install(target);
    expect(target.Excel.run).toBe(host.Excel.run);
    expect(target.Office).toBe(host.Office);
    expect(new target.OfficeExtension.Error("InvalidArgument")).toBeInstanceOf(Error);
    expect(target.Excel.ConditionalFormatType.custom).toBe("Custom");
    expect(target.Excel.PaperType.a4).toBe("A4");
  });
});

describe("builders and dump", () => {
  test("cells at addresses, number formats, dates as serials, hidden sheets, scoped names", async () => {
    const host = createFakeExcel({
      sheets: [
        {
          name: "Plan",
          numberFormats: { "A1:A2": "@" },
          cells: [["=not a formula"], ["007"]],
          blocks: [{ at: "C3", cells: [[new Date(Date.UTC(2019, 11, 1)), "=C3"]] }],
        },
        { name: "Hidden", visibility: "Hidden" },
      ],
      names: [{ name: "Lokal", formula: "=Plan!$C$3", scope: "Plan" }],
    });
    const d = host.dump("Plan");
    expect(d.values[0][0]).toBe("=not a formula");
    expect(d.values[1][0]).toBe("007");
    expect(d.values[2].slice(2)).toEqual([43800, 43800]);
    expect(d.formulas[2][3]).toBe("=C3");
    expect(d.numberFormats[2][2]).toBe("m/d/yyyy");
    expect(d.names).toEqual([{ name: "Lokal", formula: "=Plan!$C$3", scope: "Worksheet" }]);
    expect(host.dump("Hidden").visibility).toBe("Hidden");
    expect(toSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
  });

  test("dump of a missing sheet throws a helpful error", () => {
    const host = createFakeExcel();
    expect(() => host.dump("Nope")).toThrow(/Sheet1/);
  });

  test("a default workbook has one sheet, Sheet1, active", () => {
    const host = createFakeExcel();
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.dump("Sheet1").active).toBe(true);
  });

  test("invalid init data is refused", () => {
    expect(() => createFakeExcel({ sheets: [{ name: "a/b" }] })).toThrow();
    expect(() =>
      createFakeExcel({
        sheets: [{ name: "S" }],
        tables: [{ name: "T", sheet: "Missing", address: "A1:B2" }],
      })
    ).toThrow(/Missing/);
  });
});
