// The proxy/batch machinery: Excel.run, load, sync, PropertyNotLoaded, ordering and errors.
// Docs: "Application-specific API model" — learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
// and OfficeExtension.ClientRequestContext — learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext

/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read,
   office-addins/call-sync-after-load, office-addins/no-empty-load --
   these tests break the Office.js rules on purpose: the fake must throw where Office.js does. */
import { FakeOfficeError, FakeUsageError } from "./index";
import { rejection, setup } from "./testkit";

const init = {
  sheets: [
    {
      name: "Plan",
      cells: [
        ["a", "b"],
        [1, 2],
      ],
    },
  ],
};

describe("load and sync", () => {
  // "You must call context.sync() before reading the properties" (ClientRequestContext.load).
  test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      await context.sync();
      let error: any;
      try {
        void range.values;
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FakeOfficeError);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toMatch(/The property 'values' is not available/);
    });
  });

  // Loading queues a command; the value arrives with the sync.
  test("a loaded property is not readable before the sync", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["a", "b"],
        [1, 2],
      ]);
    });
  });

  test("only the loaded properties are readable", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Plan!A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  // load() accepts "a, b", ["a", "b"], an object of booleans and {select, expand}.
  test.each([
    ["values, address"],
    [["values", "address"]],
    [{ values: true, address: true }],
    [{ select: "values,address" }],
  ])("load(%j)", async (option) => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B1");
      range.load(option);
      await context.sync();
      expect(range.address).toBe("Plan!A1:B1");
      expect(range.values).toEqual([["a", "b"]]);
    });
  });

  test("context.load(object, option) and navigation paths (format/font/bold)", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      context.load(range, "format/font/bold, format/columnWidth");
      await context.sync();
      expect(range.format.font.bold).toBe(false);
      expect(range.format.columnWidth).toBe(48);
      expect(() => range.format.font.color).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("load() without arguments loads the scalar properties, not navigation ones", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      range.load();
      await context.sync();
      expect(range.values).toEqual([["a"]]);
      expect(() => range.format.wrapText).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  test("loading an unknown property fails the sync with InvalidArgument", async () => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").load("valuez");
        await context.sync();
      })
    );
    expect(error.code).toBe("InvalidArgument");
  });

  test("collections: items is readable only after load and sync", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheets.load("items/name");
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheets.items.map((s: any) => s.name)).toEqual(["Plan"]);
      expect(() => sheets.items[0].position).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
    });
  });

  // ClientResult: "the value of the result object has not been loaded yet" before the sync.
  test("a ClientResult's value is readable after the sync only (ValueNotLoaded)", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(count.value).toBe(1);
    });
  });

  test("toJSON gives the loaded properties", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets
        .getItem("Plan")
        .getRange("B2")
        .load("values, address");
      await context.sync();
      expect(range.toJSON()).toEqual({ values: [[2]], address: "Plan!B2" });
    });
  });
});

describe("writes and ordering", () => {
  test("a write is not applied before the sync", async () => {
    const { host, run } = setup(init);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["changed"]];
      expect(host.dump("Plan").values[0][0]).toBe("a");
      await context.sync();
      expect(host.dump("Plan").values[0][0]).toBe("changed");
    });
  });

  test("queued operations run in order: a load after a write sees the write", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      const before = context.workbook.worksheets.getItem("Plan").getRange("A1").load("values");
      range.values = [["x"]];
      range.load("values");
      await context.sync();
      expect(before.values).toEqual([["a"]]);
      expect(range.values).toEqual([["x"]]);
    });
  });

  test("loaded values are a snapshot of their sync, not live", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Plan").getRange("A1").load("values");
      await context.sync();
      range.values = [["later"]];
      await context.sync();
      expect(range.values).toEqual([["a"]]);
    });
  });

  // The batch stops at the failing statement; earlier statements stay applied, later ones
  // don't run, and the sync rejects with the OfficeExtension.Error
  // ("Error handling with the application-specific JavaScript APIs").
  test("a failing operation rejects the sync; earlier ones stay applied, later ones are not run", async () => {
    const { host, run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Plan");
        ws.getRange("A1").values = [["first"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        ws.getRange("B1").values = [["third"]];
        const loaded = ws.getRange("A1").load("values");
        await context.sync().catch((e: unknown) => {
          expect(() => loaded.values).toThrow(
            expect.objectContaining({ code: "PropertyNotLoaded" })
          );
          throw e;
        });
      })
    );
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    expect(host.dump("Plan").values[0]).toEqual(["first", "b"]);
  });

  test("trace messages are attached to the error", async () => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.trace("before");
        context.workbook.worksheets.getItem("Nope").load("name");
        context.trace("after");
        await context.sync();
      })
    );
    expect(error.traceMessages).toEqual(["before"]);
  });
});

describe("Excel.run", () => {
  // RunMustReturnPromise: "The batch function passed to the .run method didn't return a promise."
  test("a batch that does not return a promise is rejected", async () => {
    const { host } = setup(init);
    const error = await rejection(host.Excel.run(() => undefined));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  test("run resolves with the batch's result", async () => {
    const { run } = setup(init);
    await expect(run(async () => 42)).resolves.toBe(42);
  });

  test("the fake refuses a batch that ends with unsynced operations", async () => {
    const { host, run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["lost"]];
      })
    );
    expect(error).toBeInstanceOf(FakeUsageError);
    expect(host.dump("Plan").values[0][0]).toBe("a");
  });

  test("objects of a finished run cannot be used in a later batch", async () => {
    const { run } = setup(init);
    let range: any;
    await run(async (context) => {
      range = context.workbook.worksheets.getItem("Plan").getRange("A1");
      await context.sync();
    });
    expect(() => range.load("values")).toThrow(
      expect.objectContaining({ code: "InvalidRequestContext" })
    );
  });

  test("run(object, batch) form is accepted", async () => {
    const { host } = setup(init);
    await expect(host.Excel.run({}, async () => "ok")).resolves.toBe("ok");
  });
});

describe("null objects", () => {
  // *OrNullObject: "isNullObject ... You must call context.sync() before reading the isNullObject property."
  test("getItemOrNullObject: isNullObject after sync, no load needed", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("Plan");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("other properties of a null object cannot be read, even after load", async () => {
    const { run } = setup(init);
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(() => missing.name).toThrow(/null object/);
    });
  });

  test("writing to a null object fails the sync with ItemNotFound", async () => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItemOrNullObject("Missing").getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });

  test("getItem of a missing item fails at sync (not at the call)", async () => {
    const { run } = setup(init);
    const error = await rejection(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Missing");
        sheet.load("name");
        await context.sync();
      })
    );
    expect(error.code).toBe("ItemNotFound");
  });
});
