// createPlan, setCurrentStatusDate, getState and selectPlanCell through the Office adapter.

import { UserFacingError } from "../../src/core/operations";
import { yearMonthToExcelSerial } from "../../src/core/dates";
import {
  CURRENT_STATUS_DATE_NAME,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
} from "../../src/core/port";
import { STATUS_LIST_SOURCE } from "../../src/core/statusFormatting";
import { generatedPlanRows } from "../support/generatedPlan";
import { DEC_2019, harness, planInit } from "./support";

const MAR_2020 = { year: 2020, month: 3 };

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}

describe("createPlan", () => {
  test("creates Plan with an empty table, its status formatting, and the settings with the name", async () => {
    const { host, ops } = harness({ sheets: [{ name: "Ark1" }] });
    const syncs = host.stats.syncs;
    await ops.createPlan();
    expect(host.stats.syncs - syncs).toBeLessThanOrEqual(4);
    expect(host.sheetNames()).toEqual(["Ark1", PLAN_SHEET, SETTINGS_SHEET]);

    const plan = host.dump(PLAN_SHEET);
    expect(plan.tables).toEqual([
      expect.objectContaining({
        name: PLAN_TABLE,
        address: "A1:G2",
        columns: [
          "Fokusområde",
          "Indsats",
          "Handling/aktivitet",
          "Status",
          "Statusnote",
          "Statusdato",
          "Ansvarlig",
        ],
      }),
    ]);
    expect(plan.dataValidation[0]).toMatchObject({
      address: "D2",
      rule: { list: { source: STATUS_LIST_SOURCE } },
    });
    expect(plan.conditionalFormats).toHaveLength(1);
    expect(plan.conditionalFormats[0].address).toBe("D2:E2");
    expect(plan.numberFormats[1][5]).toBe("mmmm yyyy");
    expect(plan.freezePanes.rows).toBe(1);
    expect(plan.active).toBe(true);

    const settings = host.dump(SETTINGS_SHEET);
    expect(settings.tables[0]).toMatchObject({
      name: SETTINGS_TABLE,
      columns: ["Indstilling", "Værdi"],
    });
    expect(settings.values.map((row) => row[0])).toContain("Aktuel statusdato");
    const name = settings.names.find((n) => n.name === CURRENT_STATUS_DATE_NAME);
    expect(name?.formula).toBe("=Indstillinger!$B$4");

    const state = await ops.getState();
    expect(state).toEqual({ hasPlan: true, currentStatusDate: null, language: "da" });
  });

  test("refuses when a plan exists, and changes nothing", async () => {
    const { host, ops } = harness(planInit(generatedPlanRows(3)));
    const before = host.sheetNames();
    const error = await rejection(ops.createPlan());
    expect(error.key).toBe("excel.createPlan.exists");
    expect(error.params).toMatchObject({ sheet: PLAN_SHEET, table: PLAN_TABLE });
    expect(host.sheetNames()).toEqual(before);
  });

  test("an English Excel gets English headers, which the plan reading accepts", async () => {
    const { host, ops } = harness({ sheets: [{ name: "Sheet1" }] }, { displayLanguage: "en-GB" });
    await ops.createPlan();
    expect(host.dump(PLAN_SHEET).tables[0].columns).toEqual([
      "Focus area",
      "Initiative",
      "Action",
      "Status",
      "Status note",
      "Status date",
      "Owner",
    ]);
    expect(host.dump(SETTINGS_SHEET).tables[0].columns).toEqual(["Setting", "Value"]);
    await host.simulateUserEdit(PLAN_SHEET, "A2:F2", [
      ["Area", "Initiative 1", "Do it", "√", "", ""],
    ]);
    const outcome = await ops.refreshOverview();
    expect(outcome.written).toBe(true);
    expect(host.dump(OVERVIEW_SHEET).values.flat()).toContain("Do it");
  });
});

describe("setCurrentStatusDate", () => {
  test("writes the month into the cell the name refers to, as a month", async () => {
    const { host, ops } = harness(planInit(generatedPlanRows(3)));
    expect((await ops.getState()).currentStatusDate).toEqual(DEC_2019);
    await ops.setCurrentStatusDate(MAR_2020);
    const settings = host.dump(SETTINGS_SHEET);
    expect(settings.values[3][1]).toBe(yearMonthToExcelSerial(MAR_2020));
    expect(settings.numberFormats[3][1]).toBe("mmmm yyyy");
    expect((await ops.getState()).currentStatusDate).toEqual(MAR_2020);
  });

  test("creates the name on the settings row when the name is missing", async () => {
    const init = planInit(generatedPlanRows(3));
    init.names = [];
    const { host, ops } = harness(init);
    await ops.setCurrentStatusDate(MAR_2020);
    const settings = host.dump(SETTINGS_SHEET);
    const name = settings.names.find((n) => n.name === CURRENT_STATUS_DATE_NAME);
    expect(name?.formula).toBe("=Indstillinger!$B$4");
    expect(settings.values[3]).toEqual(["Aktuel statusdato", yearMonthToExcelSerial(MAR_2020)]);
  });

  test("a settings table without the row, and something below it: refused, nothing overwritten", async () => {
    const init = planInit(generatedPlanRows(3));
    init.names = [];
    const settings = init.sheets!.find((sheet) => sheet.name === SETTINGS_SHEET)!;
    const cells = settings.cells!.filter((row) => row[0] !== "Aktuel statusdato");
    const below = cells.length + 1;
    settings.cells = [...cells, ["Min egen note", "behold mig"]];
    init.tables!.find((table) => table.name === "Indstillinger")!.address = `A1:B${cells.length}`;
    const { host, ops } = harness(init);
    const error = await rejection(ops.setCurrentStatusDate(MAR_2020));
    expect(error.key).toBe("excel.error.settingsRowTaken");
    expect(error.params.row).toBe(below);
    const after = host.dump(SETTINGS_SHEET);
    expect(after.values[below - 1]).toEqual(["Min egen note", "behold mig"]);
    expect(after.names.find((n) => n.name === CURRENT_STATUS_DATE_NAME)).toBeUndefined();
  });

  test("creates the settings sheet when there are no settings", async () => {
    const { host, ops } = harness(planInit(generatedPlanRows(3), { statusDate: null }));
    await ops.setCurrentStatusDate(MAR_2020);
    expect(host.sheetNames()).toContain(SETTINGS_SHEET);
    expect((await ops.getState()).currentStatusDate).toEqual(MAR_2020);
    // The overview now marks the new round.
    const outcome = await ops.refreshOverview();
    expect(outcome.statusDate).toEqual(MAR_2020);
  });
});

describe("selectPlanCell", () => {
  test("selects the row's cell in the named column and activates the plan", async () => {
    const { host, ops } = harness(planInit(generatedPlanRows(5)));
    await ops.refreshOverview(); // the overview is active now
    await ops.selectPlanCell(PLAN_SHEET, 4, "Status");
    const plan = host.dump(PLAN_SHEET);
    expect(plan.active).toBe(true);
    expect(plan.selection).toBe("D4");
    await ops.selectPlanCell(PLAN_SHEET, 5);
    expect(host.dump(PLAN_SHEET).selection).toBe("A5");
  });

  test("a sheet that does not exist gives a message naming it", async () => {
    const { ops } = harness(planInit(generatedPlanRows(2)));
    const error = await rejection(ops.selectPlanCell("Gammel plan", 2));
    expect(error.key).toBe("excel.error.itemNotFound");
    expect(error.params.sheet).toBe("Gammel plan");
  });
});

describe("getState", () => {
  test("no plan: hasPlan false, language from Excel", async () => {
    const { ops } = harness({ sheets: [{ name: "Sheet1" }] }, { displayLanguage: "en-US" });
    expect(await ops.getState()).toEqual({
      hasPlan: false,
      currentStatusDate: null,
      language: "en",
    });
  });
});
