import {
  formatWallClock,
  localDateToSerial,
  parseTimestamp,
  serialToWallClock,
} from "../../../src/core/rounds";

describe("Lukket timestamps", () => {
  it("stores the closing user's wall clock as an Excel serial and reads it back", () => {
    const serial = localDateToSerial(new Date(2019, 11, 2, 12, 0, 45));
    expect(serial).toBe(43801.5);
    expect(serialToWallClock(serial)).toEqual({
      year: 2019,
      month: 12,
      day: 2,
      hour: 12,
      minute: 0,
    });
    expect(formatWallClock(43801 + 599 / 1440)).toBe("2019-12-02 09:59");
  });

  it("reads serials and typed text; reports the rest", () => {
    expect(parseTimestamp(43801.5)).toEqual({ kind: "serial", value: 43801.5 });
    expect(parseTimestamp("2019-12-02 12:00")).toEqual({ kind: "serial", value: 43801.5 });
    expect(parseTimestamp("2019-12-02")).toEqual({ kind: "serial", value: 43801 });
    expect(parseTimestamp(null)).toEqual({ kind: "empty" });
    expect(parseTimestamp(" ")).toEqual({ kind: "empty" });
    for (const bad of ["2019-02-30", "2019-12-02 25:00", "i går", true, -3]) {
      expect(parseTimestamp(bad as never).kind).toBe("invalid");
    }
  });
});
