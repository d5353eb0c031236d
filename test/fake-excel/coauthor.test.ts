// Co-authors in the fake, through Microsoft's client: another user's edits between two of the
// add-in's requests (beforeRequest / afterResponse), each raising onChanged with source Remote;
// Range.insert / Range.delete with shifts (tables and names adjust); sorting a table; renaming a
// sheet; the 5 MB response limit (host error 5104); late and missing events; a write just below
// a table. Sources: "Coauthoring in Excel add-ins", "Work with Events using the Excel JavaScript
// API", "Resource limits and performance optimization for Office Add-ins", office-js #3888 and
// #4066, Excel.Range.insert / Range.delete (ExcelApi 1.1).

import { createWireExcel } from "./officeClient";
import type { FakeWorkbookInit } from "./builders";

const init = (): FakeWorkbookInit => ({
  sheets: [
    {
      name: "Plan",
      cells: [
        ["Noter"],
        ["ID", "Handling", "Status"],
        ["H-001", "a", "√"],
        ["H-002", "b", "%"],
        ["H-003", "c", "(√)"],
        [],
        ["under"],
      ],
    },
    { name: "Indstillinger", cells: [["Dato", "dec"]] },
  ],
  tables: [{ name: "Handlinger", sheet: "Plan", address: "A2:C5" }],
  names: [
    { name: "Tredje", formula: "=Plan!$B$5" },
    { name: "Dato", formula: "=Indstillinger!$B$1" },
  ],
});

async function tableAddress(host: ReturnType<typeof createWireExcel>): Promise<string> {
  const excel = host.Excel as typeof Excel;
  return excel.run(async (context) => {
    const range = context.workbook.tables.getItem("Handlinger").getRange().load("address");
    await context.sync();
    return range.address;
  });
}

async function nameFormula(host: ReturnType<typeof createWireExcel>, name: string) {
  const excel = host.Excel as typeof Excel;
  return excel.run(async (context) => {
    const item = context.workbook.names.getItem(name).load("formula");
    await context.sync();
    return item.formula;
  });
}

async function watch(host: ReturnType<typeof createWireExcel>) {
  const excel = host.Excel as typeof Excel;
  const events: Excel.TableChangedEventArgs[] = [];
  await excel.run(async (context) => {
    context.workbook.tables.getItem("Handlinger").onChanged.add(async (e) => {
      events.push(e);
    });
    await context.sync();
  });
  return events;
}

describe("co-authors' edits", () => {
  test("a whole row inserted above the table moves it and its name", async () => {
    const host = createWireExcel(init());
    host.server.coauthor.insertRows("Plan", 1);
    expect(await tableAddress(host)).toBe("Plan!A3:C6");
    expect(await nameFormula(host, "Tredje")).toBe("=Plan!$B$6");
    expect(host.dump("Plan").values[3]).toEqual(["H-001", "a", "√"]);
  });

  test("a whole row inserted inside the table grows it; Remote, RowInserted", async () => {
    const host = createWireExcel(init());
    const events = await watch(host);
    host.server.coauthor.insertRows("Plan", 4);
    await host.flushEvents();
    expect(await tableAddress(host)).toBe("Plan!A2:C6");
    expect(await nameFormula(host, "Tredje")).toBe("=Plan!$B$6");
    expect(host.dump("Plan").values[4]).toEqual(["H-002", "b", "%"]);
    expect(events.map((e) => [e.source, e.changeType])).toEqual([["Remote", "RowInserted"]]);
  });

  test("a table row deleted inside shrinks the table; the cells below move up", async () => {
    const host = createWireExcel(init());
    host.server.coauthor.deleteTableRows("Handlinger", 0);
    expect(await tableAddress(host)).toBe("Plan!A2:C4");
    const values = host.dump("Plan").values;
    expect(values[2]).toEqual(["H-002", "b", "%"]);
    expect(values[5][0]).toBe("under");
    expect(await nameFormula(host, "Tredje")).toBe("=Plan!$B$4");
  });

  test("a name whose row is deleted refers to #REF!", async () => {
    const host = createWireExcel(init());
    host.server.coauthor.deleteRows("Plan", 5);
    expect(await nameFormula(host, "Tredje")).toBe("=#REF!");
    expect(await tableAddress(host)).toBe("Plan!A2:C4");
  });

  test("Range.insert inside a table grows it; an insert over part of its width is refused", async () => {
    const host = createWireExcel(init());
    const excel = host.Excel as typeof Excel;
    await excel.run(async (context) => {
      const inserted = context.workbook.worksheets
        .getItem("Plan")
        .getRange("A4:C4")
        .insert("Down")
        .load("address");
      await context.sync();
      expect(inserted.address).toBe("Plan!A4:C4");
    });
    expect(await tableAddress(host)).toBe("Plan!A2:C6");
    expect(host.dump("Plan").values[4]).toEqual(["H-002", "b", "%"]);
    const error = await excel
      .run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A3:B3").insert("Down");
        await context.sync();
      })
      .catch((e: OfficeExtension.Error) => e);
    expect((error as OfficeExtension.Error).code).toBe("InvalidOperation");
  });

  test("sorting the table moves whole rows; renaming a sheet keeps names pointing at it", async () => {
    const host = createWireExcel(init());
    const events = await watch(host);
    host.server.coauthor.sortTable("Handlinger", "Handling", "descending");
    await host.flushEvents();
    expect(host.dump("Plan").values.slice(2, 5)).toEqual([
      ["H-003", "c", "(√)"],
      ["H-002", "b", "%"],
      ["H-001", "a", "√"],
    ]);
    expect(events.map((e) => [e.source, e.address])).toEqual([["Remote", "A3:C5"]]);
    host.server.coauthor.renameSheet("Indstillinger", "Settings");
    expect(await nameFormula(host, "Dato")).toBe("=Settings!$B$1");
  });

  test("an edit after response n is seen by request n+1, one before request n by request n", async () => {
    const host = createWireExcel(init());
    const excel = host.Excel as typeof Excel;
    host.server.afterResponse(1, (co) => co.setValues("Plan", "C3", [["ok"]]));
    host.server.beforeRequest(3, (co) => co.deleteTableRows("Handlinger", 2));
    const seen = await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Plan").getRange("C3");
      cell.load("values");
      await context.sync();
      const first = cell.values[0][0];
      cell.load("values");
      await context.sync();
      const table = context.workbook.tables.getItem("Handlinger").getRange().load("address");
      await context.sync();
      return [first, cell.values[0][0], table.address];
    });
    expect(seen).toEqual(["√", "ok", "Plan!A2:C4"]);
    expect(host.server.pendingEdits).toBe(0);
  });
});

describe("limits and events", () => {
  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded; the batch's writes stay", async () => {
    const long = "x".repeat(30_000);
    const host = createWireExcel(
      { sheets: [{ name: "Plan", cells: Array.from({ length: 200 }, () => [long]) }] },
      { webPayloadLimit: true }
    );
    const excel = host.Excel as typeof Excel;
    const error = await excel
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Plan");
        ws.getRange("B1").values = [["written"]];
        ws.getRange("A1:A200").load("values");
        await context.sync();
      })
      .catch((e: OfficeExtension.Error) => e);
    expect((error as OfficeExtension.Error).code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(host.dump("Plan").values[0][1]).toBe("written");
    expect(Math.max(...host.server.stats.responseBytes)).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("a dropdown pick raises no event on the web (office-js #3888, #4066), one elsewhere", async () => {
    for (const [web, count] of [
      [true, 0],
      [false, 1],
    ] as const) {
      const host = createWireExcel(init(), { webPayloadLimit: web });
      const events = await watch(host);
      await host.simulateDropdownPick("Plan", "C3", "%");
      expect(host.dump("Plan").values[2][2]).toBe("%");
      expect(events).toHaveLength(count);
    }
  });

  test("held events arrive late, in order, when released", async () => {
    const host = createWireExcel(init());
    const events = await watch(host);
    host.holdEvents();
    await host.simulateUserEdit("Plan", "C3", [["%"]]);
    await host.simulateUserEdit("Plan", "C4", [["√"]]);
    expect(events).toHaveLength(0);
    await host.releaseEvents();
    expect(events.map((e) => e.address)).toEqual(["C3", "C4"]);
  });

  test("a write just below a table overwrites what is there and takes the row into the table", async () => {
    // "Coauthoring in Excel add-ins": setting values directly below a table expands it.
    const host = createWireExcel({
      sheets: [
        {
          name: "Plan",
          cells: [
            ["ID", "Handling"],
            ["H-001", "a"],
            ["kollega", "egen"],
          ],
        },
      ],
      tables: [{ name: "Handlinger", sheet: "Plan", address: "A1:B2" }],
    });
    const excel = host.Excel as typeof Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A3:B3").values = [["H-002", "b"]];
      await context.sync();
    });
    expect(host.dump("Plan").values[2]).toEqual(["H-002", "b"]);
    expect(await tableAddress(host)).toBe("Plan!A1:B3");
  });
});
