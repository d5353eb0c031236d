// The reading rules on raw grids as hosts fetch them.

import type { RawWorkbook } from "../../src/core/port";
import { readWorkbook } from "../../src/core/readWorkbook";
import { PLAN_HEADER } from "../support/memoryPort";

function raw(overrides: Partial<RawWorkbook>): RawWorkbook {
  return {
    sheets: [],
    planTable: null,
    planSheet: null,
    settingsTable: null,
    settingsSheet: null,
    markers: {},
    ...overrides,
  };
}

const ROW = ["Erhverv", "Døråbner", "Denmark Day", "√", null, "2019-12"];

describe("the plan", () => {
  it("takes table Handlinger where it is: header, data rows, position", () => {
    const { plan } = readWorkbook(
      raw({
        sheets: ["Mit ark"],
        planTable: { sheet: "Mit ark", row: 4, column: 2, values: [PLAN_HEADER, ROW] },
      })
    );
    expect(plan).toEqual({
      kind: "table",
      sheet: "Mit ark",
      headerRow: 5,
      firstColumn: 2,
      header: PLAN_HEADER,
      rows: [ROW],
    });
  });

  it("without the table, finds the header below a title, and ends at the last filled row and column", () => {
    const values = [
      [null, null, null],
      [null, "Plan for 2019", null],
      [null, null, null],
      [null, ...PLAN_HEADER, null],
      [null, ...ROW, "egen"],
      [null, null, null],
    ];
    const { plan } = readWorkbook(
      raw({ sheets: ["plan"], planSheet: { sheet: "plan", row: 0, column: 0, values } })
    );
    expect(plan).toMatchObject({ kind: "sheet", sheet: "plan", headerRow: 4, firstColumn: 1 });
    expect(plan?.header).toEqual(PLAN_HEADER);
    expect(plan?.rows).toEqual([ROW]);
  });

  it("prefers the row naming the most plan columns, the first on a tie", () => {
    const values = [["Fokusområde", "Noter"], PLAN_HEADER, PLAN_HEADER, ROW];
    const { plan } = readWorkbook(
      raw({ sheets: ["Plan"], planSheet: { sheet: "Plan", row: 0, column: 0, values } })
    );
    expect(plan?.headerRow).toBe(2);
  });

  it("reads an empty sheet Plan as a plan without header, and no sheet Plan as no plan", () => {
    expect(readWorkbook(raw({ sheets: ["Plan"] })).plan).toMatchObject({
      kind: "sheet",
      header: [],
      rows: [],
    });
    expect(readWorkbook(raw({ sheets: ["Andet"] })).plan).toBeNull();
  });
});

describe("the settings", () => {
  it("takes the first two columns of sheet Indstillinger without a table, skipping its header", () => {
    const values = [
      [null, null],
      ["Setting", "Value"],
      ["Title", "Plan", "ignored"],
    ];
    const { settings } = readWorkbook(
      raw({
        sheets: ["Indstillinger"],
        settingsSheet: { sheet: "Indstillinger", row: 0, column: 0, values },
        currentStatusDate: 43800,
      })
    );
    expect(settings).toEqual({
      kind: "sheet",
      sheet: "Indstillinger",
      firstRow: 3,
      firstColumn: 0,
      rows: [["Title", "Plan"]],
      currentStatusDate: 43800,
    });
  });

  it("is only the name when there is neither table nor sheet, and none without the name", () => {
    expect(readWorkbook(raw({ currentStatusDate: "december 2019" })).settings).toMatchObject({
      kind: "name",
      rows: [],
      currentStatusDate: "december 2019",
    });
    expect(readWorkbook(raw({})).settings).toBeNull();
  });
});

describe("generated sheets", () => {
  const marker = "Statusoversigt_Oversigt";
  it.each([
    ["absent", [], {}],
    ["generated", ["OVERSIGT"], { [marker]: { sheet: "Oversigt", row: 0, column: 0 } }],
    ["foreign", ["Oversigt"], {}],
    ["foreign", ["Oversigt"], { [marker]: { sheet: "Oversigt", row: 1, column: 0 } }],
    ["foreign", ["Oversigt", "Andet"], { [marker]: { sheet: "Andet", row: 0, column: 0 } }],
    ["foreign", ["Oversigt"], { [marker]: null }],
  ] as const)("%s: sheets %j, markers %j", (state, sheets, markers) => {
    const read = readWorkbook(raw({ sheets: [...sheets], markers: { ...markers } }));
    expect(read.generated.overview).toBe(state);
  });
});
