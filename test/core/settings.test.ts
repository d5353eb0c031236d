import {
  checkFocusAreaOrder,
  defaultSettings,
  latestStatusDate,
  orderedFocusAreas,
  parseColor,
  readSettings,
  resolveCurrentStatusDate,
  SETTING_KEYS,
  SETTINGS_SPEC,
  settingsRows,
} from "../../src/core/settings";
import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import type { Plan, Settings } from "../../src/core/model";
import type { SettingsSource } from "../../src/core/port";
import type { RawCell } from "../../src/core/raw";

function source(rows: RawCell[][], currentStatusDate?: RawCell): SettingsSource {
  return {
    kind: "table",
    sheet: "Indstillinger",
    firstRow: 2,
    firstColumn: 0,
    rows,
    currentStatusDate,
  };
}

function planWith(...dates: ({ year: number; month: number } | null)[]): Plan {
  return {
    focusAreas: [
      {
        name: "Erhverv",
        initiatives: [
          {
            name: "Kultur",
            actions: dates.map((statusDate, i) => ({
              text: `A${i}`,
              status: null,
              note: "",
              statusDate,
              row: i + 2,
            })),
          },
        ],
      },
    ],
  };
}

describe("defaultSettings", () => {
  it("has the Danish defaults", () => {
    expect(defaultSettings()).toEqual({
      title: "Statusoversigt",
      intro: "",
      currentStatusDate: null,
      focusAreaOrder: [],
      initiativeHeading: "Indsats:",
      actionHeading: "Handling/aktivitet:",
      markingColor: "#C00000",
      language: "da",
      font: "Calibri",
    });
  });

  it("has English headings in English", () => {
    const en = defaultSettings("en");
    expect(en.language).toBe("en");
    expect(en.initiativeHeading).toBe("Initiative:");
    expect(en.actionHeading).toBe("Action/activity:");
    expect(en.markingColor).toBe("#C00000");
  });
});

describe("readSettings", () => {
  it("gives the defaults without a settings table, silently", () => {
    expect(readSettings(null)).toEqual({ settings: defaultSettings(), diagnostics: [] });
    expect(readSettings(source([]))).toEqual({ settings: defaultSettings(), diagnostics: [] });
  });

  it("reads every Danish key", () => {
    const { settings, diagnostics } = readSettings(
      source([
        ["Titel", "Fokusområder Bycirklens Kina-samarbejde 2017-2020"],
        ["Indledning", "Efter fornyelsen …\nAnden linje"],
        ["Aktuel statusdato", 43800],
        ["Rækkefølge af fokusområder", "Overordnet fokus\nSkole & Uddannelse\nErhverv"],
        ["Overskrift for indsats", "Indsats"],
        ["Overskrift for handling", "Handlinger:"],
        ["Markeringsfarve", "#f00"],
        ["Sprog", "dansk"],
        ["Skrifttype", " calibri "],
      ])
    );
    expect(diagnostics).toEqual([]);
    expect(settings).toEqual({
      title: "Fokusområder Bycirklens Kina-samarbejde 2017-2020",
      intro: "Efter fornyelsen …\nAnden linje",
      currentStatusDate: { year: 2019, month: 12 },
      focusAreaOrder: ["Overordnet fokus", "Skole & Uddannelse", "Erhverv"],
      initiativeHeading: "Indsats",
      actionHeading: "Handlinger:",
      markingColor: "#FF0000",
      language: "da",
      font: "Calibri",
    });
  });

  it("reads English keys, ignoring case, spacing and a trailing colon", () => {
    const { settings, diagnostics } = readSettings(
      source([
        ["  TITLE: ", "Status"],
        ["current status DATE", "December 2019"],
        ["Focus area order:", "B; A ;; C"],
        ["Marking colour", "blue"],
        ["Language", "English"],
      ])
    );
    expect(diagnostics).toEqual([]);
    expect(settings.title).toBe("Status");
    expect(settings.currentStatusDate).toEqual({ year: 2019, month: 12 });
    expect(settings.focusAreaOrder).toEqual(["B", "A", "C"]);
    expect(settings.markingColor).toBe("#0070C0");
    expect(settings.language).toBe("en");
    // headings follow the language when not set
    expect(settings.initiativeHeading).toBe("Initiative:");
    expect(settings.actionHeading).toBe("Action/activity:");
  });

  it("accepts the language in every written form", () => {
    const lang = (value: string) => readSettings(source([["Sprog", value]])).settings.language;
    for (const v of ["da", "DA", "dansk", "Danish", "da-DK"]) expect(lang(v)).toBe("da");
    for (const v of ["en", "engelsk", "English", "en-GB", "EN-us"]) expect(lang(v)).toBe("en");
  });

  it("warns about an unknown language and uses Danish", () => {
    const { settings, diagnostics } = readSettings(source([["Sprog", "tysk"]]));
    expect(settings.language).toBe("da");
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        code: "core.diag.invalidLanguage",
        params: { text: "tysk" },
        sheet: "Indstillinger",
        row: 2,
      },
    ]);
  });

  it("drops duplicate order entries and keeps the first spelling", () => {
    const { settings } = readSettings(
      source([["Rækkefølge af fokusområder", "Erhverv\r\nerhverv \n Skole & Uddannelse "]])
    );
    expect(settings.focusAreaOrder).toEqual(["Erhverv", "Skole & Uddannelse"]);
  });

  it("reports unknown keys as info and still applies the known ones", () => {
    const { settings, diagnostics } = readSettings(
      source([
        ["Farvetema", "mørk"],
        ["Titel", "T"],
      ])
    );
    expect(settings.title).toBe("T");
    expect(diagnostics).toEqual([
      {
        severity: "info",
        code: "core.diag.unknownSetting",
        params: { key: "Farvetema" },
        sheet: "Indstillinger",
        row: 2,
      },
    ]);
  });

  it("keeps defaults for empty values and skips rows without a key", () => {
    const { settings, diagnostics } = readSettings(
      source([["Titel", ""], ["Overskrift for indsats", "   "], [null, "løs værdi"], []])
    );
    expect(settings).toEqual(defaultSettings());
    expect(diagnostics).toEqual([]);
  });

  it("uses the first of a repeated key and warns about the second", () => {
    const { settings, diagnostics } = readSettings(
      source([
        ["Titel", "Første"],
        ["Title", "Anden"],
      ])
    );
    expect(settings.title).toBe("Første");
    expect(diagnostics.map((d) => [d.code, d.row, d.params])).toEqual([
      ["core.diag.duplicateSetting", 3, { key: "Title", firstRow: 2 }],
    ]);
  });

  it("warns about an error value in a setting and keeps the default", () => {
    const { settings, diagnostics } = readSettings(source([["Titel", { error: "#REF!" }]]));
    expect(settings.title).toBe("Statusoversigt");
    expect(diagnostics.map((d) => [d.code, d.severity, d.params])).toEqual([
      ["core.diag.settingErrorValue", "warning", { key: "Titel", error: "#REF!" }],
    ]);
  });

  describe("marking colour", () => {
    it.each([
      ["#C00000", "#C00000"],
      ["#c00000", "#C00000"],
      ["c00000", "#C00000"],
      [" #1a2B3c ", "#1A2B3C"],
      ["#abc", "#AABBCC"],
      ["rød", "#FF0000"],
      ["Red", "#FF0000"],
      ["blå", "#0070C0"],
      ["grøn", "#00B050"],
      ["GREEN", "#00B050"],
      ["orange", "#FFC000"],
    ])("reads %p as %p", (text, color) => {
      expect(parseColor(text)).toBe(color);
      expect(readSettings(source([["Markeringsfarve", text]])).settings.markingColor).toBe(color);
    });

    it.each(["lilla", "#12345", "#GGGGGG", "abc", "1234567", "rgb(255,0,0)"])(
      "rejects %p with a warning and the default",
      (text) => {
        expect(parseColor(text)).toBeNull();
        const { settings, diagnostics } = readSettings(source([["Markeringsfarve", text]]));
        expect(settings.markingColor).toBe("#C00000");
        expect(diagnostics).toEqual([
          {
            severity: "warning",
            code: "core.diag.invalidColor",
            params: { text, default: "#C00000" },
            sheet: "Indstillinger",
            row: 2,
          },
        ]);
      }
    );
  });

  describe("font", () => {
    it("accepts the fonts the layout has widths for, and only those", () => {
      const { settings, diagnostics } = readSettings(source([["Font", "Aptos Narrow"]]));
      expect(settings.font).toBe("Calibri");
      expect(diagnostics).toEqual([
        {
          severity: "warning",
          code: "core.diag.unsupportedFont",
          params: { text: "Aptos Narrow", fonts: "Calibri", default: "Calibri" },
          sheet: "Indstillinger",
          row: 2,
        },
      ]);
      expect(readSettings(source([["Skrifttype", "CALIBRI"]])).settings.font).toBe("Calibri");
    });
  });

  describe("current status date", () => {
    it("reads it from the row in any month form", () => {
      for (const value of [43800, "2019-12", "dec. 2019", 43800.25]) {
        expect(
          readSettings(source([["Aktuel statusdato", value]])).settings.currentStatusDate
        ).toEqual({
          year: 2019,
          month: 12,
        });
      }
    });

    it("reads it from the workbook name alone", () => {
      expect(readSettings(source([], 43800)).settings.currentStatusDate).toEqual({
        year: 2019,
        month: 12,
      });
    });

    it("prefers the workbook name over the row and notes a disagreement", () => {
      const { settings, diagnostics } = readSettings(
        source([["Aktuel statusdato", "september 2019"]], 43800)
      );
      expect(settings.currentStatusDate).toEqual({ year: 2019, month: 12 });
      expect(diagnostics.map((d) => [d.code, d.severity, d.params])).toEqual([
        [
          "core.diag.statusDateConflict",
          "info",
          { name: "december 2019", value: "september 2019" },
        ],
      ]);
    });

    it("is silent when name and row agree", () => {
      const { diagnostics } = readSettings(source([["Aktuel statusdato", "2019-12"]], 43800));
      expect(diagnostics).toEqual([]);
    });

    it("falls back to the row when the name is unreadable, and warns", () => {
      const { settings, diagnostics } = readSettings(
        source([["Aktuel statusdato", "2019-09"]], { error: "#N/A" })
      );
      expect(settings.currentStatusDate).toEqual({ year: 2019, month: 9 });
      expect(diagnostics.map((d) => d.code)).toEqual(["core.diag.invalidStatusDateName"]);
    });

    it("says so when the name points at a deleted sheet (#REF!)", () => {
      const { settings, diagnostics } = readSettings(
        source([["Aktuel statusdato", "2019-09"]], { error: "#REF!" })
      );
      expect(settings.currentStatusDate).toEqual({ year: 2019, month: 9 });
      expect(diagnostics.map((d) => d.code)).toEqual(["core.diag.statusDateNameBroken"]);
    });

    it("warns about an unreadable row and leaves the date unset", () => {
      const { settings, diagnostics } = readSettings(source([["Aktuel statusdato", "snart"]]));
      expect(settings.currentStatusDate).toBeNull();
      expect(diagnostics).toEqual([
        {
          severity: "warning",
          code: "core.diag.invalidSettingDate",
          params: { text: "snart" },
          sheet: "Indstillinger",
          row: 2,
        },
      ]);
    });

    it("treats an empty name as absent", () => {
      const { settings, diagnostics } = readSettings(
        source([["Aktuel statusdato", "2019-09"]], null)
      );
      expect(settings.currentStatusDate).toEqual({ year: 2019, month: 9 });
      expect(diagnostics).toEqual([]);
    });
  });
});

describe("resolveCurrentStatusDate", () => {
  it("keeps a date that is set", () => {
    const settings: Settings = {
      ...defaultSettings(),
      currentStatusDate: { year: 2019, month: 9 },
    };
    expect(resolveCurrentStatusDate(settings, planWith({ year: 2019, month: 12 }))).toEqual({
      settings,
      diagnostics: [],
    });
  });

  it("uses the latest status date in the plan and says which", () => {
    const plan = planWith(
      { year: 2019, month: 9 },
      null,
      { year: 2019, month: 12 },
      { year: 2018, month: 12 }
    );
    const original = defaultSettings();
    const { settings, diagnostics } = resolveCurrentStatusDate(original, plan, "Indstillinger");
    expect(settings.currentStatusDate).toEqual({ year: 2019, month: 12 });
    expect(original.currentStatusDate).toBeNull();
    expect(diagnostics).toEqual([
      {
        severity: "info",
        code: "core.diag.statusDateFromPlan",
        params: { month: "december 2019", iso: "2019-12" },
        months: { month: { year: 2019, month: 12 } },
        sheet: "Indstillinger",
      },
    ]);
    expect(formatDiagnostic(diagnostics[0], "da")).toContain("december 2019");
  });

  it("names no sheet when the workbook has no settings sheet", () => {
    const plan = planWith({ year: 2019, month: 12 });
    const { diagnostics } = resolveCurrentStatusDate(defaultSettings(), plan);
    expect(diagnostics.map((d) => d.sheet)).toEqual([undefined]);
    expect(formatDiagnostic(diagnostics[0], "da")).toMatch(/^Der er ikke sat/);
  });

  it("shows the month in the language the message is read in", () => {
    const { diagnostics } = resolveCurrentStatusDate(
      defaultSettings("da"),
      planWith({ year: 2024, month: 3 })
    );
    expect(formatDiagnostic(diagnostics[0], "en")).toContain("March 2024");
    expect(formatDiagnostic(diagnostics[0], "en")).not.toContain("marts");
    expect(formatDiagnostic(diagnostics[0], "da")).toContain("marts 2024");
  });

  it("names the month in the settings' language", () => {
    const { diagnostics } = resolveCurrentStatusDate(
      defaultSettings("en"),
      planWith({ year: 2020, month: 1 })
    );
    expect(diagnostics[0].params?.month).toBe("January 2020");
  });

  it("stays unset with an info when no action is dated", () => {
    const { settings, diagnostics } = resolveCurrentStatusDate(
      defaultSettings(),
      planWith(null, null)
    );
    expect(settings.currentStatusDate).toBeNull();
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ["info", "core.diag.noStatusDate"],
    ]);
    expect(latestStatusDate({ focusAreas: [] })).toBeNull();
  });
});

describe("settingsRows", () => {
  const settings: Settings = {
    ...defaultSettings(),
    currentStatusDate: { year: 2019, month: 12 },
    focusAreaOrder: ["Overordnet fokus", "Erhverv"],
  };

  it("writes Danish keys by default, the date as the serial of the 1st", () => {
    expect(settingsRows(settings)).toEqual([
      ["Titel", "Statusoversigt"],
      ["Indledning", ""],
      ["Aktuel statusdato", 43800],
      ["Rækkefølge af fokusområder", "Overordnet fokus; Erhverv"],
      ["Overskrift for indsats", "Indsats:"],
      ["Overskrift for handling", "Handling/aktivitet:"],
      ["Markeringsfarve", "#C00000"],
      ["Sprog", "dansk"],
      ["Skrifttype", "Calibri"],
    ]);
  });

  it("writes English keys on request and an empty date when unset", () => {
    const rows = settingsRows({ ...settings, currentStatusDate: null, language: "en" }, "en");
    expect(rows.map((r) => r[0])).toEqual(Object.values(SETTING_KEYS).map((k) => k.en));
    expect(rows[2][1]).toBe("");
    expect(rows[7][1]).toBe("English");
  });

  it("round-trips through readSettings in both languages", () => {
    for (const lang of ["da", "en"] as const) {
      const written: Settings = {
        ...settings,
        language: lang,
        markingColor: "#0070C0",
        intro: "Hej",
      };
      expect(readSettings(source(settingsRows(written, lang)))).toEqual({
        settings: written,
        diagnostics: [],
      });
    }
  });
});

describe("checkFocusAreaOrder", () => {
  const plan: Plan = {
    focusAreas: ["Overordnet fokus", "Skole & Uddannelse", "Erhverv"].map((name) => ({
      name,
      initiatives: [],
    })),
  };

  it("says nothing without an order or when it lists every area", () => {
    expect(checkFocusAreaOrder(plan, defaultSettings())).toEqual([]);
    const settings = {
      ...defaultSettings(),
      focusAreaOrder: ["erhverv", "Overordnet  fokus", "Skole & Uddannelse"],
    };
    expect(checkFocusAreaOrder(plan, settings)).toEqual([]);
  });

  it("notes areas left out of the order and entries naming no area", () => {
    const settings = { ...defaultSettings(), focusAreaOrder: ["Erhverv", "Kultur"] };
    const diagnostics = checkFocusAreaOrder(plan, settings);
    expect(diagnostics.map((d) => [d.severity, d.code, d.params])).toEqual([
      ["info", "core.diag.focusAreaNotInOrder", { focusArea: "Overordnet fokus" }],
      ["info", "core.diag.focusAreaNotInOrder", { focusArea: "Skole & Uddannelse" }],
      ["info", "core.diag.orderEntryUnknown", { focusArea: "Kultur" }],
    ]);
    expect(formatDiagnostic(diagnostics[0], "en")).toContain("added after the listed ones");
    expect(formatDiagnostic(diagnostics[0], "da")).toContain("efter de nævnte");
  });

  it("orders the listed areas first, then the rest in plan order", () => {
    const settings = {
      ...defaultSettings(),
      focusAreaOrder: ["erhverv", "Kultur", "Overordnet fokus"],
    };
    expect(orderedFocusAreas(plan, settings).map((a) => a.name)).toEqual([
      "Erhverv",
      "Overordnet fokus",
      "Skole & Uddannelse",
    ]);
    expect(orderedFocusAreas(plan, defaultSettings()).map((a) => a.name)).toEqual(
      plan.focusAreas.map((a) => a.name)
    );
  });
});

describe("the settings spec", () => {
  it.each(["da", "en"] as const)(
    "reads back every row that Opret plan writes (%s), names and aliases included",
    (lang) => {
      const written = {
        ...defaultSettings(lang),
        title: "T",
        intro: "I",
        currentStatusDate: { year: 2019, month: 12 },
        focusAreaOrder: ["A", "B"],
        markingColor: "#0070C0",
        language: lang,
      };
      const rows = settingsRows(written, lang);
      expect(rows.map(([key]) => key)).toEqual(
        Object.values(SETTINGS_SPEC).map((spec) => spec.names[lang])
      );
      const read = readSettings(source(rows));
      expect(read.diagnostics).toEqual([]);
      expect(read.settings).toEqual(written);
      for (const spec of Object.values(SETTINGS_SPEC)) {
        for (const alias of spec.aliases) {
          expect(readSettings(source([[alias, ""]])).diagnostics).toEqual([]);
        }
      }
    }
  );
});
