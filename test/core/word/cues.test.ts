import { isDocumentRed } from "../../../src/core/word/red";
import {
  headingCue,
  isLegendLine,
  loneSymbol,
  markingSentenceMonth,
  trailingSymbol,
} from "../../../src/core/word/cues";

describe("status symbols ending an action", () => {
  it.each([
    ["Møde med skoler √", "Møde med skoler", "√"],
    ["Møde med skoler (√)", "Møde med skoler", "(√)"],
    ["Effektmåling af indsats (%)", "Effektmåling af indsats", "%"],
    ["Effektmåling af indsats %", "Effektmåling af indsats", "%"],
    ["nyt skolenetværk, √", "nyt skolenetværk", "√"],
    ["Besøg\t√", "Besøg", "√"],
    ["Evaluering af DCBF medlemskab\n√", "Evaluering af DCBF medlemskab", "√"],
    ["Forum II i Århus 2018. √", "Forum II i Århus 2018.", "√"],
    ["Fejring ✓", "Fejring", "√"],
    ["Frokost maj 2017(evt.18?+19?) ( √ )", "Frokost maj 2017(evt.18?+19?)", "(√)"],
  ])("%j → %j + %s", (text, rest, symbol) => {
    expect(trailingSymbol(text)).toMatchObject({ text: rest, symbol });
  });

  it.each([["Ny aftale 50 %"], ["Andel 50%"], ["Møde med skoler"], ["Ja (?)"], ["(evt.18?+19?)"]])(
    "finds no symbol in %j",
    (text) => {
      expect(trailingSymbol(text)).toBeNull();
    }
  );

  it("tells where the symbol is, to read its colour", () => {
    expect(trailingSymbol("Møde (√)")).toMatchObject({ start: 5, end: 8 });
  });

  it("reads a symbol on its own line", () => {
    expect(loneSymbol(" (√) ")).toBe("(√)");
    expect(loneSymbol("(%)")).toBe("%");
    expect(loneSymbol("√ ok")).toBeNull();
  });
});

describe("headings, legend and the marking sentence", () => {
  it("knows initiative and action headings in both languages", () => {
    expect(headingCue("Indsats: Nyt skolenetværk")).toEqual({
      kind: "initiative",
      rest: "Nyt skolenetværk",
      language: "da",
    });
    expect(headingCue("Initiative:")).toMatchObject({
      kind: "initiative",
      rest: "",
      language: "en",
    });
    expect(headingCue("Handling/aktivitet:")).toMatchObject({ kind: "actionHeading" });
    expect(headingCue("Action / activity:")).toMatchObject({ kind: "actionHeading" });
    expect(headingCue("Møde: kl. 10")).toBeNull();
  });

  it("recognises legend lines", () => {
    expect(isLegendLine("√ = Handlingen gennemført")).toBe(true);
    expect(isLegendLine("(√) = Action partly completed")).toBe(true);
    expect(isLegendLine("Møde = vigtigt")).toBe(false);
  });

  it("reads the round from the document's sentence, Danish or English", () => {
    expect(
      markingSentenceMonth(
        "Status for disse handlinger og aktiviteter december 2019 er markeret med rødt."
      )
    ).toEqual({ year: 2019, month: 12 });
    expect(markingSentenceMonth("(Status september 2019 markeret med rødt)")).toEqual({
      year: 2019,
      month: 9,
    });
    expect(markingSentenceMonth("The status for March 2020 is marked in red")).toEqual({
      year: 2020,
      month: 3,
    });
    expect(markingSentenceMonth("Besøg i december 2019")).toBeNull();
    expect(markingSentenceMonth("Status er markeret med rødt")).toBeNull();
  });
});

describe("red by hue", () => {
  it.each(["#FF0000", "#C00000", "#C0504D", "#B22222", "#E00000", "#903C3A"])("%s is red", (c) => {
    expect(isDocumentRed(c)).toBe(true);
  });
  it.each(["#ED7D31", "#FFC0CB", "#000000", "#4F81BD", "#400000", "#808080", undefined])(
    "%s is not red",
    (c) => {
      expect(isDocumentRed(c)).toBe(false);
    }
  );
});
