import { MESSAGES, t, langFromTag } from "../../src/i18n";
// The rounds add their messages when their code loads.
import "../../src/core/rounds";
import "../../src/cli/roundsMessages";
import "../../src/package/messages";

describe("i18n", () => {
  it("has the same keys in Danish and English", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.da).sort());
  });

  it("has no empty message", () => {
    for (const lang of ["da", "en"] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) {
        expect([key, text.trim().length > 0]).toEqual([key, true]);
      }
    }
  });

  it("uses the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(MESSAGES.da)) {
      expect([key, names(MESSAGES.en[key] ?? "")]).toEqual([key, names(MESSAGES.da[key])]);
    }
  });

  it("fills placeholders and falls back to the key", () => {
    expect(t("da", "no.such.key", { a: 1 })).toBe("no.such.key");
    MESSAGES.da["test.greeting"] = "Hej {name}, række {row}";
    expect(t("da", "test.greeting", { name: "Ida", row: 7 })).toBe("Hej Ida, række 7");
    delete MESSAGES.da["test.greeting"];
  });

  it("picks the language from an Office display-language tag", () => {
    expect(langFromTag("en-US")).toBe("en");
    expect(langFromTag("da-DK")).toBe("da");
    expect(langFromTag("de-DE")).toBe("da");
    expect(langFromTag(undefined)).toBe("da");
  });
});
