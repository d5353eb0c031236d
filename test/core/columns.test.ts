import {
  COLUMN_ALIASES,
  COLUMN_NAMES,
  columnKeyOf,
  matchColumns,
  REQUIRED_COLUMNS,
} from "../../src/core/columns";

const DANISH = [
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Statusdato",
];
const ENGLISH = ["Focus area", "Initiative", "Action", "Status", "Status note", "Status date"];

describe("column names", () => {
  it("requires the six plan columns, not ID", () => {
    expect(REQUIRED_COLUMNS).toEqual([
      "focusArea",
      "initiative",
      "action",
      "status",
      "note",
      "statusDate",
    ]);
  });

  it("names each column in Danish with its English alias", () => {
    expect(REQUIRED_COLUMNS.map((k) => COLUMN_NAMES[k].da)).toEqual(DANISH);
    expect(REQUIRED_COLUMNS.map((k) => COLUMN_NAMES[k].en)).toEqual(ENGLISH);
    expect(COLUMN_NAMES.id).toEqual({ da: "ID", en: "ID" });
  });

  it("lists the two names first among the accepted aliases", () => {
    for (const key of REQUIRED_COLUMNS) {
      expect(COLUMN_ALIASES[key].slice(0, 2)).toEqual(
        COLUMN_NAMES[key].da === COLUMN_NAMES[key].en
          ? [COLUMN_NAMES[key].da]
          : [COLUMN_NAMES[key].da, COLUMN_NAMES[key].en]
      );
    }
  });
});

describe("matchColumns", () => {
  it("matches the Danish header", () => {
    expect(matchColumns([...DANISH, "ID"])).toEqual({
      columns: { focusArea: 0, initiative: 1, action: 2, status: 3, note: 4, statusDate: 5, id: 6 },
      missing: [],
      duplicates: [],
    });
  });

  it("matches the English aliases", () => {
    const match = matchColumns(ENGLISH);
    expect(match.missing).toEqual([]);
    expect(match.columns).toEqual({
      focusArea: 0,
      initiative: 1,
      action: 2,
      status: 3,
      note: 4,
      statusDate: 5,
    });
  });

  it("ignores case, spacing, spaced slashes and a trailing colon", () => {
    const match = matchColumns([
      "  FOKUSOMRÅDE ",
      "indsats:",
      "Handling / Aktivitet",
      "status :",
      "Status note",
      "Status\u00A0dato",
      "Id",
    ]);
    expect(match.missing).toEqual([]);
    expect(match.columns).toEqual({
      focusArea: 0,
      initiative: 1,
      action: 2,
      status: 3,
      note: 4,
      statusDate: 5,
      id: 6,
    });
    expect(columnKeyOf("focus  AREA")).toBe("focusArea");
    expect(columnKeyOf("Handling /aktivitet")).toBe("action");
    expect(columnKeyOf("Statusdato::")).toBe("statusDate");
  });

  it("accepts the further action aliases", () => {
    for (const name of ["Handling", "Aktivitet", "Action/activity", "Activity"]) {
      expect(columnKeyOf(name)).toBe("action");
    }
  });

  it("ignores the user's own columns and non-text headers, keeping the indexes", () => {
    const match = matchColumns([
      "Kontakt",
      null,
      ...DANISH.slice(0, 3),
      42,
      { error: "#REF!" },
      ...DANISH.slice(3),
      "Kommentar",
    ]);
    expect(match.columns).toEqual({
      focusArea: 2,
      initiative: 3,
      action: 4,
      status: 7,
      note: 8,
      statusDate: 9,
    });
    expect(match.missing).toEqual([]);
    expect(columnKeyOf("Kontakt")).toBeUndefined();
    for (const name of ["Ansvarlig", "Ansvarlige", "Owner", "Owners", "Responsible"])
      expect(columnKeyOf(name)).toBe("owner");
    expect(columnKeyOf("Dato")).toBeUndefined();
  });

  it("reports missing required columns in order, never ID", () => {
    expect(matchColumns(["Indsats", "Status", "Notat"]).missing).toEqual([
      "focusArea",
      "action",
      "note",
      "statusDate",
    ]);
    expect(matchColumns([]).missing).toEqual(REQUIRED_COLUMNS);
  });

  it("uses the first of two columns with the same meaning and lists the other", () => {
    const match = matchColumns([...DANISH, "status", "Focus area"]);
    expect(match.columns.status).toBe(3);
    expect(match.columns.focusArea).toBe(0);
    expect(match.duplicates).toEqual([
      { key: "status", index: 6 },
      { key: "focusArea", index: 7 },
    ]);
  });
});
