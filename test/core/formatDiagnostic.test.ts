import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import type { Diagnostic } from "../../src/core/diagnostics";
import { t } from "../../src/i18n";
import daCore from "../../src/i18n/da/core.json";
import enCore from "../../src/i18n/en/core.json";

const unknown: Diagnostic = {
  severity: "warning",
  code: "core.diag.unknownStatus",
  params: { text: "x", symbols: "√, (√), %" },
  sheet: "Plan",
  row: 12,
  column: "Status",
};

describe("formatDiagnostic", () => {
  it("puts sheet, row and column before the Danish message", () => {
    const line = formatDiagnostic(unknown, "da");
    expect(line).toBe(`Plan, række 12, kolonne Status: ${t("da", unknown.code, unknown.params)}`);
    expect(line).toMatch(/^Plan, række 12, kolonne Status: Ukendt status »x«/);
  });

  it("uses English location words in English", () => {
    expect(formatDiagnostic(unknown, "en")).toMatch(
      /^Plan, row 12, column Status: Unknown status “x”.*√, \(√\), %/
    );
  });

  it("omits the parts that are absent", () => {
    const noColumn: Diagnostic = { ...unknown, column: undefined };
    expect(formatDiagnostic(noColumn, "da")).toMatch(/^Plan, række 12: Ukendt status/);
    const noRow: Diagnostic = { ...unknown, row: undefined };
    expect(formatDiagnostic(noRow, "en")).toMatch(/^Plan, column Status: Unknown status/);
    expect(formatDiagnostic({ severity: "info", code: "core.diag.emptyPlan" }, "da")).toBe(
      t("da", "core.diag.emptyPlan")
    );
    expect(formatDiagnostic({ severity: "info", code: "core.diag.emptyPlan", row: 3 }, "en")).toBe(
      `row 3: ${t("en", "core.diag.emptyPlan")}`
    );
  });

  it("fills every placeholder of every core message", () => {
    const params = {
      column: "C",
      aliases: "A, B",
      error: "#REF!",
      action: "Act",
      text: "T",
      symbols: "S",
      firstRow: 2,
      row: 3,
      key: "K",
      default: "#C00000",
      name: "N",
      value: "V",
      month: "M",
      focusArea: "F",
      fonts: "Calibri",
    };
    for (const [lang, messages] of [
      ["da", daCore],
      ["en", enCore],
    ] as const) {
      for (const code of Object.keys(messages)) {
        const line = formatDiagnostic({ severity: "info", code, params }, lang);
        expect([code, /\{\w+\}/.test(line)]).toEqual([code, false]);
      }
    }
  });
});
