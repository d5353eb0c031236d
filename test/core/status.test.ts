import {
  LEGEND_ORDER,
  normalizeStatusText,
  parseStatus,
  STATUSES,
  STATUS_SYMBOLS,
} from "../../src/core/status";
import { MESSAGES } from "../../src/i18n";
import type { StatusSymbol } from "../../src/core/model";

const DONE = [
  "√",
  "v",
  "V",
  "✓",
  "✔",
  "☑",
  "ok",
  "OK",
  "Ok",
  "gennemført",
  "Gennemført",
  "færdig",
  "udført",
  "done",
  "Done",
  "complete",
  "completed",
  "finished",
];
const PARTLY = [
  "(√)",
  "(v)",
  "(V)",
  "(✓)",
  "(✔)",
  "delvis",
  "delvist",
  "delvis gennemført",
  "delvist gennemført",
  "Delvist Gennemført",
  "til dels",
  "til dels gennemført",
  "partly",
  "partly done",
  "partial",
  "partially",
  "partially done",
];
const NOT_DONE = ["%", "(%)", "ikke gennemført", "Ikke udført", "not done", "Not completed"];

function symbolOf(text: string): StatusSymbol | undefined {
  const parsed = parseStatus(text);
  return parsed.kind === "symbol" ? parsed.symbol : undefined;
}

describe("STATUS_SYMBOLS", () => {
  it("lists done, partly done and not done in legend order", () => {
    expect(STATUS_SYMBOLS).toEqual(["√", "(√)", "%"]);
  });
});

describe("parseStatus", () => {
  it.each(DONE)("reads %p as done", (text) => expect(symbolOf(text)).toBe("√"));
  it.each(PARTLY)("reads %p as partly done", (text) => expect(symbolOf(text)).toBe("(√)"));
  it.each(NOT_DONE)("reads %p as not done", (text) => expect(symbolOf(text)).toBe("%"));

  it("marks only the exact canonical symbols as canonical", () => {
    for (const symbol of STATUS_SYMBOLS) {
      expect(parseStatus(symbol)).toEqual({ kind: "symbol", symbol, canonical: true });
    }
    expect(parseStatus("v")).toEqual({ kind: "symbol", symbol: "√", canonical: false });
    expect(parseStatus("(%)")).toEqual({ kind: "symbol", symbol: "%", canonical: false });
    expect(parseStatus(" √ ")).toEqual({ kind: "symbol", symbol: "√", canonical: false });
  });

  it("tolerates surrounding spaces, inner spacing, a trailing period and emoji selectors", () => {
    expect(symbolOf("  done  ")).toBe("√");
    expect(symbolOf("ok.")).toBe("√");
    expect(symbolOf("Gennemført .")).toBe("√");
    expect(symbolOf("delvist   gennemført")).toBe("(√)");
    expect(symbolOf("( √ )")).toBe("(√)");
    expect(symbolOf("(v )")).toBe("(√)");
    expect(symbolOf("ikke\ngennemført")).toBe("%");
    expect(symbolOf("✔\uFE0F")).toBe("√");
    expect(symbolOf("\u00A0√\u00A0")).toBe("√");
  });

  it("reports ambiguous or unclear text as unknown instead of guessing", () => {
    for (const text of [
      "x",
      "X",
      "?",
      "ja",
      "nej",
      "yes",
      "no",
      "in progress",
      "i gang",
      "igangsat",
      "√√",
      "v v",
      "100%",
      "(?)%",
      "ikke",
      "not",
    ]) {
      expect(parseStatus(text)).toEqual({ kind: "unknown", text });
    }
  });

  it("keeps the unknown text trimmed for the message", () => {
    expect(parseStatus("  måske ")).toEqual({ kind: "unknown", text: "måske" });
  });

  it("treats numbers (also date serials), booleans and error values as unknown", () => {
    expect(parseStatus(1)).toEqual({ kind: "unknown", text: "1" });
    expect(parseStatus(true)).toEqual({ kind: "unknown", text: "true" });
    expect(parseStatus(43800)).toEqual({ kind: "unknown", text: "43800" });
    expect(parseStatus({ error: "#N/A" })).toEqual({ kind: "unknown", text: "#N/A" });
  });

  it("reads empty cells as empty", () => {
    expect(parseStatus(null)).toEqual({ kind: "empty" });
    expect(parseStatus("")).toEqual({ kind: "empty" });
    expect(parseStatus("   \n ")).toEqual({ kind: "empty" });
  });
});

describe("normalizeStatusText", () => {
  it("lower-cases, collapses spaces and drops a trailing period", () => {
    expect(normalizeStatusText("  Til   Dels.  ")).toBe("til dels");
    expect(normalizeStatusText("( V )")).toBe("(v)");
  });
});

describe("the status spec", () => {
  it("gives every symbol its own legend place, summary count, and texts in both languages", () => {
    const specs = STATUS_SYMBOLS.map((symbol) => STATUSES[symbol]);
    expect(specs.map((s) => s.legendPosition).sort()).toEqual([0, 1, 2]);
    expect(new Set(specs.map((s) => s.summaryField)).size).toBe(specs.length);
    for (const spec of specs) {
      expect(parseStatus(spec.symbol)).toEqual({
        kind: "symbol",
        symbol: spec.symbol,
        canonical: true,
      });
      for (const lang of ["da", "en"] as const) {
        expect(MESSAGES[lang][spec.legendKey]).toContain("{symbol}");
        expect(MESSAGES[lang][spec.paneLabelKey]).toBeTruthy();
      }
    }
  });

  it("orders the legend as the seed does: done, not done, partly done", () => {
    expect(LEGEND_ORDER.map((s) => s.symbol)).toEqual(["√", "%", "(√)"]);
  });
});
