import {
  compareMonths,
  excelSerialToYearMonth,
  formatMonth,
  formatMonthIso,
  dateToExcelSerial,
  parseMonth,
  sameMonth,
  yearMonthToExcelSerial,
} from "../../src/core/dates";
import type { YearMonth } from "../../src/core/model";

const ym = (year: number, month: number): YearMonth => ({ year, month });
const month = (value: YearMonth) => ({ kind: "month", value });

describe("parseMonth: text forms", () => {
  it.each([
    ["2019-12", ym(2019, 12)],
    ["2019-1", ym(2019, 1)],
    ["2019-12-01", ym(2019, 12)],
    ["2019-02-28", ym(2019, 2)],
    ["2019-12-01T00:00:00.000Z", ym(2019, 12)],
    ["2019-12-01 00:00", ym(2019, 12)],
    ["12-2019", ym(2019, 12)],
    ["12/2019", ym(2019, 12)],
    ["12.2019", ym(2019, 12)],
    ["3/2020", ym(2020, 3)],
    ["1/12/2019", ym(2019, 12)],
    ["01-12-2019", ym(2019, 12)],
    ["31.12.2019", ym(2019, 12)],
    ["12/1/2019", ym(2019, 1)],
    ["december 2019", ym(2019, 12)],
    ["December 2019", ym(2019, 12)],
    ["DECEMBER 2019", ym(2019, 12)],
    ["dec. 2019", ym(2019, 12)],
    ["Dec 2019", ym(2019, 12)],
    ["dec-2019", ym(2019, 12)],
    ["dec.2019", ym(2019, 12)],
    ["sept. 2019", ym(2019, 9)],
    ["Sep 2019", ym(2019, 9)],
    ["september 2019", ym(2019, 9)],
    ["1. december 2019", ym(2019, 12)],
    ["15 Mar 2020", ym(2020, 3)],
    ["  maj   2018 ", ym(2018, 5)],
  ])("reads %p", (text, value) => {
    expect(parseMonth(text)).toEqual(month(value));
  });

  const danish = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ];
  const english = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  it.each(danish.map((name, i) => [name, i + 1]))("reads Danish %p", (name, m) => {
    expect(parseMonth(`${name} 2020`)).toEqual(month(ym(2020, m as number)));
  });
  it.each(english.map((name, i) => [name, i + 1]))("reads English %p", (name, m) => {
    expect(parseMonth(`${name} 2020`)).toEqual(month(ym(2020, m as number)));
  });

  it.each([
    ["jan", 1],
    ["feb", 2],
    ["mar", 3],
    ["mrt", 3],
    ["apr", 4],
    ["maj", 5],
    ["may", 5],
    ["jun", 6],
    ["jul", 7],
    ["aug", 8],
    ["sep", 9],
    ["sept", 9],
    ["okt", 10],
    ["oct", 10],
    ["nov", 11],
    ["dec", 12],
  ])("reads the abbreviation %p with and without a period", (abbr, m) => {
    expect(parseMonth(`${abbr} 2021`)).toEqual(month(ym(2021, m as number)));
    expect(parseMonth(`${abbr}. 2021`)).toEqual(month(ym(2021, m as number)));
  });

  it.each([
    "2019",
    "december",
    "2019-13",
    "2019-00",
    "13/2019",
    "0/2019",
    "31/2/2019",
    "2019-02-30",
    "32.1.2019",
    "12/19",
    "dec 19",
    "ju 2019",
    "de 2019",
    "decembre 2019",
    "foo 2019",
    "snart",
    "Q4 2019",
    "1899-12",
    "43800",
  ])("rejects %p", (text) => {
    expect(parseMonth(text)).toEqual({ kind: "invalid", text });
  });

  it("reads empty text as empty", () => {
    expect(parseMonth("")).toEqual({ kind: "empty" });
    expect(parseMonth("   ")).toEqual({ kind: "empty" });
    expect(parseMonth(null)).toEqual({ kind: "empty" });
  });
});

describe("parseMonth: dates, serials and other values", () => {
  it("turns ExcelJS's UTC Dates into the serials Office.js delivers", () => {
    expect(dateToExcelSerial(new Date(Date.UTC(2019, 11, 1)))).toBe(43800);
    expect(dateToExcelSerial(new Date(Date.UTC(2019, 10, 30, 18, 0)))).toBe(43799.75);
    // Excel's fictitious 29 February 1900: serials before it are one day "late".
    expect(dateToExcelSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(dateToExcelSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(parseMonth(dateToExcelSerial(new Date(Date.UTC(2019, 10, 30, 23, 30))))).toEqual(
      month(ym(2019, 11))
    );
  });

  it("reads Excel serials, with or without a time fraction", () => {
    expect(parseMonth(43800)).toEqual(month(ym(2019, 12)));
    expect(parseMonth(43830.999)).toEqual(month(ym(2019, 12)));
    expect(parseMonth(43831)).toEqual(month(ym(2020, 1)));
    expect(parseMonth(1)).toEqual(month(ym(1900, 1)));
    expect(parseMonth(2958465)).toEqual(month(ym(9999, 12)));
  });

  it("rejects serials outside the plausible range", () => {
    for (const n of [0, 0.5, -1, 2958466, NaN, Infinity]) {
      expect(parseMonth(n)).toEqual({ kind: "invalid", text: String(n) });
    }
  });

  it("rejects booleans and error values", () => {
    expect(parseMonth(true)).toEqual({ kind: "invalid", text: "true" });
    expect(parseMonth({ error: "#VALUE!" })).toEqual({ kind: "invalid", text: "#VALUE!" });
  });
});

describe("Excel serials (1900 date system)", () => {
  it("knows fixed points, including the fictitious 29 February 1900", () => {
    expect(excelSerialToYearMonth(1)).toEqual(ym(1900, 1));
    expect(excelSerialToYearMonth(31)).toEqual(ym(1900, 1));
    expect(excelSerialToYearMonth(32)).toEqual(ym(1900, 2));
    expect(excelSerialToYearMonth(59)).toEqual(ym(1900, 2));
    expect(excelSerialToYearMonth(60)).toEqual(ym(1900, 2));
    expect(excelSerialToYearMonth(61)).toEqual(ym(1900, 3));
    expect(excelSerialToYearMonth(43799)).toEqual(ym(2019, 11));
    expect(excelSerialToYearMonth(43800)).toEqual(ym(2019, 12));
    expect(excelSerialToYearMonth(43800.75)).toEqual(ym(2019, 12));
  });

  it("gives the serial of the 1st of the month", () => {
    expect(yearMonthToExcelSerial(ym(1900, 1))).toBe(1);
    expect(yearMonthToExcelSerial(ym(1900, 2))).toBe(32);
    expect(yearMonthToExcelSerial(ym(1900, 3))).toBe(61);
    expect(yearMonthToExcelSerial(ym(2019, 12))).toBe(43800);
    expect(yearMonthToExcelSerial(ym(2020, 1))).toBe(43831);
    expect(yearMonthToExcelSerial(ym(2020, 3))).toBe(43891);
  });

  it("round-trips every month and steps by the month's length", () => {
    for (let year = 1900; year <= 2100; year += 7) {
      for (let m = 1; m <= 12; m++) {
        const serial = yearMonthToExcelSerial(ym(year, m));
        expect(excelSerialToYearMonth(serial)).toEqual(ym(year, m));
        expect(excelSerialToYearMonth(serial - 1)).toEqual(
          m === 1 ? ym(year - 1, 12) : ym(year, m - 1)
        );
      }
    }
  });
});

describe("formatMonth", () => {
  it("writes the month as Intl does: lower case in Danish, capitalised in English", () => {
    expect(formatMonth(ym(2019, 12), "da")).toBe("december 2019");
    expect(formatMonth(ym(2019, 12), "en")).toBe("December 2019");
    expect(formatMonth(ym(2019, 9), "da")).toBe("september 2019");
    expect(formatMonth(ym(2020, 5), "da")).toBe("maj 2020");
    expect(formatMonth(ym(2020, 3), "en")).toBe("March 2020");
  });

  it("is not shifted by time zones at the turn of the year", () => {
    expect(formatMonth(ym(2020, 1), "da")).toBe("januar 2020");
    expect(formatMonth(ym(2019, 1), "en")).toBe("January 2019");
  });

  it("produces text parseMonth reads back, for every month in both languages", () => {
    for (const lang of ["da", "en"] as const) {
      for (let m = 1; m <= 12; m++) {
        expect(parseMonth(formatMonth(ym(2018, m), lang))).toEqual(month(ym(2018, m)));
      }
    }
  });
});

describe("month helpers", () => {
  it("formats ISO months", () => {
    expect(formatMonthIso(ym(2019, 12))).toBe("2019-12");
    expect(formatMonthIso(ym(2020, 1))).toBe("2020-01");
    expect(parseMonth(formatMonthIso(ym(2020, 1)))).toEqual(month(ym(2020, 1)));
  });

  it("compares months", () => {
    expect(sameMonth(ym(2019, 12), ym(2019, 12))).toBe(true);
    expect(sameMonth(ym(2019, 12), ym(2018, 12))).toBe(false);
    expect(sameMonth(ym(2019, 12), ym(2019, 11))).toBe(false);
    expect(sameMonth(null, ym(2019, 12))).toBe(false);
    expect(sameMonth(ym(2019, 12), undefined)).toBe(false);
    expect(sameMonth(null, null)).toBe(false);
    expect(compareMonths(ym(2019, 12), ym(2020, 1))).toBeLessThan(0);
    expect(compareMonths(ym(2020, 1), ym(2019, 12))).toBeGreaterThan(0);
    expect(compareMonths(ym(2019, 6), ym(2019, 6))).toBe(0);
    expect(compareMonths(ym(2019, 2), ym(2018, 11))).toBeGreaterThan(0);
  });
});
