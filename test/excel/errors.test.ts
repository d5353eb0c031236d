// Office errors → messages for the user, naming what the operation worked on. The errors are
// Microsoft's own OfficeExtension.Error objects (from the installed Office.js client).

import { UserFacingError } from "../../src/core/operations";
import { toUserFacingError } from "../../src/excel/errors";
import { MESSAGES, t } from "../../src/i18n";
import { loadOfficeClient } from "../fake-excel/officeClient";

loadOfficeClient();
const OfficeError = (globalThis as unknown as { OfficeExtension: { Error: any } }).OfficeExtension
  .Error;
const office = (code: string) =>
  new OfficeError({ code, httpStatusCode: 400, message: `Excel says ${code}` });

describe("toUserFacingError", () => {
  test.each([
    ["AccessDenied", { sheet: "Oversigt" }, "excel.error.sheetProtected"],
    ["ItemNotFound", { sheet: "Plan" }, "excel.error.itemNotFound"],
    ["ItemNotFound", { sheet: "Plan", table: "Handlinger" }, "excel.error.itemNotFound.table"],
    ["ItemNotFound", { sheet: "Plan", cell: "D4" }, "excel.error.itemNotFound.cell"],
    [
      "InvalidArgument",
      { sheet: "Plan", table: "Handlinger" },
      "excel.error.invalidArgument.table",
    ],
    ["RequestPayloadSizeLimitExceeded", { sheet: "Oversigt" }, "excel.error.payloadTooLarge"],
    ["GeneralException", { sheet: "Oversigt" }, "excel.error.general"],
    ["InvalidOperationInCellEditMode", { sheet: "Plan" }, "excel.error.cellEditMode"],
    ["ApiNotFound", { sheet: "Plan" }, "excel.error.requirements"],
  ])("%s on %j → %s", (code, target, key) => {
    const original = office(code);
    const error = toUserFacingError(original, target);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error.key).toBe(key);
    expect(error.cause).toBe(original);
    for (const lang of ["da", "en"] as const) {
      expect(MESSAGES[lang][key]).toBeDefined();
      const text = t(lang, key, error.params);
      expect(text).not.toMatch(/\{\w+\}/); // every placeholder filled
      if (key !== "excel.error.requirements" && key !== "excel.error.cellEditMode") {
        expect(text).toContain(target.sheet);
      }
      expect(text).not.toContain(`Excel says ${code}`); // never Excel's own text or a stack
    }
  });

  test("an unknown code keeps the code for support, a non-Office error is unexpected", () => {
    const unknown = toUserFacingError(office("SomethingNew"), { sheet: "Plan" });
    expect(unknown.key).toBe("excel.error.unknown");
    expect(unknown.params).toMatchObject({ code: "SomethingNew", sheet: "Plan" });
    const bug = new TypeError("x is undefined");
    const unexpected = toUserFacingError(bug, { sheet: "Plan" });
    expect(unexpected.key).toBe("excel.error.unexpected");
    expect(unexpected.cause).toBe(bug);
  });

  test("a UserFacingError passes through unchanged", () => {
    const original = new UserFacingError("excel.createPlan.exists", {
      sheet: "Plan",
      table: "Handlinger",
    });
    expect(toUserFacingError(original, { sheet: "Oversigt" })).toBe(original);
  });

  test("every excel.* message exists in both languages with the same placeholders", () => {
    const keys = Object.keys(MESSAGES.da).filter((k) => k.startsWith("excel."));
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) {
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(MESSAGES.en[key])).toEqual(placeholders(MESSAGES.da[key]));
    }
  });
});
