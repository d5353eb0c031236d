// The pane loads the core with its first script: the core's tables that cost time to build
// (Intl's month names, Carlito's decoded widths) are built on first use, not on import.

describe("the core's tables are built on first use", () => {
  afterEach(() => jest.restoreAllMocks());

  it("dates: importing constructs no Intl formatter; parsing a month name does", () => {
    const constructed = jest.spyOn(Intl, "DateTimeFormat");
    jest.isolateModules(() => {
      const dates = require("../../src/core/dates") as typeof import("../../src/core/dates");
      expect(constructed).not.toHaveBeenCalled();
      expect(dates.parseMonth(43800)).toEqual({ kind: "month", value: { year: 2019, month: 12 } });
      expect(constructed).not.toHaveBeenCalled();
      expect(dates.parseMonth("dec. 2019")).toEqual({
        kind: "month",
        value: { year: 2019, month: 12 },
      });
      const afterFirst = constructed.mock.calls.length;
      expect(afterFirst).toBeGreaterThan(0);
      expect(dates.parseMonth("marts 2020")).toEqual({
        kind: "month",
        value: { year: 2020, month: 3 },
      });
      expect(constructed).toHaveBeenCalledTimes(afterFirst);
    });
  });

  it("fonts: importing decodes no widths; the first measurement does, once", () => {
    const fill = jest.spyOn(Float64Array.prototype, "fill");
    jest.isolateModules(() => {
      const fonts =
        require("../../src/core/layout/fonts") as typeof import("../../src/core/layout/fonts");
      expect(fonts.supportedFont(" calibri ")).toBe("Calibri");
      expect(fill).not.toHaveBeenCalled();
      const metrics = fonts.fontMetrics("Calibri");
      expect(fill).toHaveBeenCalled();
      expect(fonts.fontMetrics("Aptos")).toBe(metrics);
      expect(fonts.fontMetrics()).toBe(metrics);
    });
  });
});
