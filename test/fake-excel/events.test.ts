// onChanged events. Docs: "Work with Events using the Excel JavaScript API"
// (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events): events fire for changes
// made in the UI, by add-in code and by VBA; `source` is Local or Remote (co-authoring);
// context.runtime.enableEvents turns them off. Excel.WorksheetChangedEventArgs
// (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs), TableChangedEventArgs.

import { rejection, setup } from "./testkit";

const init = {
  sheets: [
    {
      name: "Plan",
      cells: [
        ["Status", "Note"],
        ["√", "a"],
        ["%", "b"],
      ],
    },
    { name: "Other" },
  ],
  tables: [{ name: "Handlinger", sheet: "Plan", address: "A1:B3" }],
};

function collect() {
  const events: any[] = [];
  return { events, handler: async (e: any) => void events.push(e) };
}

test("a user's edit fires worksheet.onChanged with address, changeType, source Local and details", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "A2", [["(√)"]]);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    address: "A2",
    changeType: "RangeEdited",
    source: "Local",
    type: "WorksheetChanged",
    worksheetId: host.dump("Plan").id,
    details: { valueBefore: "√", valueAfter: "(√)" },
  });
});

test("a co-author's edit arrives with source Remote", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "B2:B3", [["x"], ["y"]], "Remote");
  expect(events.map((e) => [e.address, e.source])).toEqual([["B2:B3", "Remote"]]);
});

// "Events in Excel are triggered when ... Office Add-in (JavaScript) code that changes the
// workbook": the add-in's own writes raise onChanged too (source Local, triggerSource
// ThisLocalAddin from ExcelApi 1.14) — the adapter must ignore them itself.
test("the add-in's own writes raise onChanged (after the sync)", async () => {
  const { host, run } = setup(init, { requirementSets: { ExcelApi: "1.14" } });
  const { events, handler } = collect();
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Plan");
    ws.onChanged.add(handler);
    await context.sync();
    ws.getRange("A3").values = [["√"]];
    await context.sync();
  });
  await host.flushEvents();
  expect(events.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
    ["A3", "Local", "ThisLocalAddin"],
  ]);
});

// Docs, "Detect data changes": onChanged "fires when either the format or value of the data
// changes"; for one cell, details then shows the same value before and after.
test("format-only changes raise onChanged, with equal values in details", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Plan");
    ws.onChanged.add(handler);
    await context.sync();
    ws.getRange("A3").format.font.bold = true;
    await context.sync();
  });
  await host.flushEvents();
  expect(events.map((e) => [e.address, e.changeType])).toEqual([["A3", "RangeEdited"]]);
  expect(events[0].details).toMatchObject({ valueBefore: "%", valueAfter: "%" });
});

test("registration takes effect at sync; EventHandlerResult.remove() in Excel.run(result.context) stops events", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  const registration = await run(async (context) => {
    const reg = context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    await host.simulateUserEdit("Plan", "A2", [["x"]]);
    expect(events).toHaveLength(0);
    await context.sync();
    return reg;
  });
  await host.simulateUserEdit("Plan", "A2", [["y"]]);
  expect(events).toHaveLength(1);
  // "Remove an event handler": Excel.run(eventResult.context, ...) then eventResult.remove().
  await host.Excel.run(registration.context, async (context: any) => {
    registration.remove();
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "A2", [["z"]]);
  expect(events).toHaveLength(1);
});

test("table.onChanged fires with tableId for edits inside the table only", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.tables.getItem("Handlinger").onChanged.add(handler);
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "B3:C3", [["n", "outside"]]);
  await host.simulateUserEdit("Plan", "D5", [["far away"]]);
  expect(events.map((e) => [e.type, e.address, e.tableId])).toEqual([
    ["TableChanged", "B3", host.workbook.tables[0].id],
  ]);
});

test("host.appendTableRows fires table and worksheet events", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.tables.getItem("Handlinger").onChanged.add(handler);
    context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    await context.sync();
  });
  await host.appendTableRows("Handlinger", [["√", "ny"]]);
  expect(events.map((e) => [e.type, e.address]).sort()).toEqual([
    ["TableChanged", "A4:B4"],
    ["WorksheetChanged", "A4:B4"],
  ]);
});

test("event args give the changed range: getRange(context)", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "B2", [["changed"]]);
  const values = await run(async (context) => {
    const r = events[0].getRange(context).load("values");
    await context.sync();
    return r.values;
  });
  expect(values).toEqual([["changed"]]);
});

test("context.runtime.enableEvents = false silences events (ExcelApi 1.8)", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    context.runtime.enableEvents = false;
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "A2", [["x"]]);
  expect(events).toEqual([]);
});

test("onChanged needs ExcelApi 1.7", async () => {
  const { run } = setup(init, { requirementSets: { ExcelApi: "1.6" } });
  const error = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Plan").onChanged.add(async () => undefined);
      await context.sync();
    })
  );
  expect(error.code).toBe("ApiNotFound");
});

test("errors thrown by handlers are collected, not propagated", async () => {
  const { host, run } = setup(init);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.add(async () => {
      throw new Error("boom");
    });
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "A2", [["x"]]);
  expect(host.eventHandlerErrors).toHaveLength(1);
});

test("EventHandlers.remove(handler) unregisters a handler", async () => {
  const { host, run } = setup(init);
  const { events, handler } = collect();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.add(handler);
    await context.sync();
  });
  await run(async (context) => {
    context.workbook.worksheets.getItem("Plan").onChanged.remove(handler);
    await context.sync();
  });
  await host.simulateUserEdit("Plan", "A2", [["z"]]);
  expect(events).toEqual([]);
});
