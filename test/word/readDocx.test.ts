// readDocx on hand-written packages: merged cells, symbols in runs of their own, colours from
// the run, its character style, the paragraph style and the theme, and every bad input.

import { importDocument } from "../../src/core/word/importDocument";
import { paragraphText, type WordParagraph, type WordTable } from "../../src/core/word/document";
import { parseXmlNode } from "../../src/word/nodeXml";
import { readDocx, WordFileError } from "../../src/word/readDocx";
import { cfbContainer, handDocx, p, r, rRaw, tbl, tc, tr } from "./fixtures/handXml";
import { importBytes, importedPlan, planRows } from "./support";

const RED = '<w:color w:val="FF0000"/>';

function firstTable(blocks: { kind: string }[]): WordTable {
  return blocks.find((b) => b.kind === "table") as WordTable;
}

describe("readDocx: runs and colours", () => {
  it("resolves colour from the run, the character style, the paragraph style and the theme", async () => {
    const body = [
      p([r("direct", RED)]),
      p([r("char style", '<w:rStyle w:val="Markering"/>')]),
      p([r("para style")], "RoedNote2"), // basedOn RoedNote: C00000
      p([r("auto wins", '<w:color w:val="auto"/>')], "RoedNote"),
      p([r("theme red", '<w:color w:val="000000" w:themeColor="accent2"/>')]),
      p([r("theme shade", '<w:color w:val="000000" w:themeColor="accent2" w:themeShade="BF"/>')]),
      p([r("theme blue", '<w:color w:val="FF0000" w:themeColor="accent1"/>')]),
      p([r("plain")]),
    ].join("");
    const doc = await readDocx(await handDocx({ body }), parseXmlNode);
    const colours = (doc.blocks as WordParagraph[]).map((b) => b.runs[0].color);
    expect(colours).toEqual([
      "#FF0000",
      "#FF0000",
      "#C00000",
      undefined,
      "#C0504D",
      "#903C3A", // C0504D × BF/FF per channel
      "#4F81BD", // the theme colour wins over w:val
      undefined,
    ]);
  });

  it("reads bold, italic (direct and by style), tabs, line breaks and Symbol-font check marks", async () => {
    const body = p([
      r("Tekst", "<w:b/>"),
      rRaw("<w:tab/>"),
      r("kursiv", '<w:rStyle w:val="Kursiv"/>'),
      rRaw("<w:br/>"),
      rRaw('<w:sym w:font="Symbol" w:char="F0D6"/>'),
      r("ikke fed", '<w:b w:val="0"/>'),
    ]);
    const doc = await readDocx(await handDocx({ body }), parseXmlNode);
    const runs = (doc.blocks[0] as WordParagraph).runs;
    expect(paragraphText(doc.blocks[0] as WordParagraph)).toBe("Tekst\tkursiv\n√ikke fed");
    expect(runs[0]).toMatchObject({ bold: true });
    expect(runs[2]).toMatchObject({ italic: true });
    expect(runs[5].bold).toBeUndefined();
  });

  it("marks Title-style paragraphs as the title, by style name not id", async () => {
    const doc = await readDocx(await handDocx({ body: p([r("Min plan")], "Titel") }), parseXmlNode);
    expect(doc.blocks[0]).toMatchObject({ role: "title" });
  });

  it("reads gridSpan and vMerge", async () => {
    const body = tbl([
      tr([tc([p(r("Titel"))], '<w:gridSpan w:val="2"/>')]),
      tr([tc([p(r("A"))], '<w:vMerge w:val="restart"/>'), tc([p(r("B"))])]),
      tr([tc([], "<w:vMerge/>"), tc([p(r("C"))])]),
    ]);
    const table = firstTable((await readDocx(await handDocx({ body }), parseXmlNode)).blocks);
    expect(table.rows[0].cells[0].gridSpan).toBe(2);
    expect(table.rows[1].cells[0].vMerge).toBe("restart");
    expect(table.rows[2].cells[0].vMerge).toBe("continue");
  });
});

describe("import: merged cells, symbols in runs of their own, theme reds", () => {
  // A title row merged across the table (gridSpan), a header row, and an area whose first
  // initiative cell spans two rows (vMerge) while the other area has two initiatives.
  const body = [
    p(r("Statusdokument", "<w:b/>")),
    p(r("Status for handlingerne marts 2021 er markeret med rødt")),
    tbl([
      tr([tc([p(r("Samarbejde 2021"))], '<w:gridSpan w:val="2"/>')]),
      tr([tc([p(r("Skole"))]), tc([p(r("Erhverv"))])]),
      tr([
        tc(
          [
            p([r("Indsats:"), rRaw("<w:br/>"), r("Netværk")]),
            p(r("Handling/aktivitet:")),
            // the symbol in runs of its own: "(", "√", ")"
            p([r("Møde med skoler "), r("("), r("√"), r(")")]),
            // after a tab, in the theme red (accent2 of the Office 2007 theme)
            p([
              r("Besøg i Kina"),
              rRaw("<w:tab/>"),
              r("√", '<w:color w:val="000000" w:themeColor="accent2"/>'),
            ]),
            // a note in a red paragraph style
            p(r("Besøget er flyttet til maj"), "RoedNote"),
            p(r("Effektmåling %")),
          ],
          '<w:vMerge w:val="restart"/>'
        ),
        tc([p(r("Indsats: Virksomheder")), p(r("Handling/aktivitet:")), p(r("Messe √"))]),
      ]),
      tr([
        tc([], "<w:vMerge/>"),
        tc([
          p(r("Indsats: Investering")),
          p(r("Handling/aktivitet:")),
          // "50 %" is a percentage, not the symbol: an action without status
          p(r("Ny aftale 50 %")),
          // a red symbol via a character style
          p([r("Møde med COPCAP "), r("%", '<w:rStyle w:val="Markering"/>')]),
        ]),
      ]),
    ]),
  ].join("");

  it("reads the plan, the reds and the round", async () => {
    const imported = await importBytes(await handDocx({ body }));
    expect(imported.title).toBe("Statusdokument");
    expect(imported.documentRound).toEqual({ year: 2021, month: 3 });
    const rows = planRows(importedPlan(imported, imported.documentRound));
    const march = { year: 2021, month: 3 };
    expect(rows).toEqual([
      {
        focusArea: "Skole",
        initiative: "Netværk",
        text: "Møde med skoler",
        status: "(√)",
        note: "",
        statusDate: null,
      },
      {
        focusArea: "Skole",
        initiative: "Netværk",
        text: "Besøg i Kina",
        status: "√",
        note: "Besøget er flyttet til maj",
        statusDate: march,
      },
      {
        focusArea: "Skole",
        initiative: "Netværk",
        text: "Effektmåling",
        status: "%",
        note: "",
        statusDate: null,
      },
      {
        focusArea: "Erhverv",
        initiative: "Virksomheder",
        text: "Messe",
        status: "√",
        note: "",
        statusDate: null,
      },
      {
        focusArea: "Erhverv",
        initiative: "Investering",
        text: "Ny aftale 50 %",
        status: null,
        note: "",
        statusDate: null,
      },
      {
        focusArea: "Erhverv",
        initiative: "Investering",
        text: "Møde med COPCAP",
        status: "%",
        note: "",
        statusDate: march,
      },
    ]);
    expect(imported.doubts).toEqual([]);
  });

  it("uses a merged title row as the title when no paragraph precedes the table", async () => {
    const tableOnly = body.slice(body.indexOf("<w:tbl>"));
    const imported = await importBytes(await handDocx({ body: tableOnly }));
    expect(imported.title).toBe("Samarbejde 2021");
    expect(imported.documentRound).toBeNull();
    expect(imported.markedCount).toBe(2);
    // Without a round, the red actions stay undated until one is given.
    expect(planRows(importedPlan(imported, null)).every((row) => row.statusDate === null)).toBe(
      true
    );
  });
});

describe("bad input", () => {
  const read = (bytes: Uint8Array) => readDocx(bytes, parseXmlNode);

  it("refuses bytes that are not a .docx", async () => {
    await expect(read(new TextEncoder().encode("Fokusområde;Indsats\n"))).rejects.toMatchObject({
      problem: "notDocx",
    });
  });

  it("refuses a zip that is not a Word document (an .xlsx-like package)", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("xl/workbook.xml", "<workbook/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(read(bytes)).rejects.toMatchObject({ problem: "notDocx" });
  });

  it("recognises a password-protected document (an encrypted package in a CFB container)", async () => {
    const error = await read(cfbContainer(["EncryptionInfo", "EncryptedPackage"])).catch((e) => e);
    expect(error).toBeInstanceOf(WordFileError);
    expect(error.problem).toBe("encrypted");
  });

  it("tells an old .doc from a protected .docx", async () => {
    await expect(read(cfbContainer(["WordDocument", "1Table"]))).rejects.toMatchObject({
      problem: "legacyDoc",
    });
  });

  it("reports a document without a table", async () => {
    const doc = await read(await handDocx({ body: p(r("Kun tekst")) }));
    expect(importDocument(doc)).toEqual({ ok: false, code: "word.error.noTable" });
  });

  it("reports a table without a recognisable header row", async () => {
    const body = tbl([
      tr([tc([p(r("Navn"))]), tc([p(r("Telefon"))])]),
      tr([tc([p(r("Ida"))]), tc([p(r("1234"))])]),
    ]);
    const doc = await read(await handDocx({ body }));
    expect(importDocument(doc)).toEqual({ ok: false, code: "word.error.noHeaderRow" });
  });

  it("reports initiative cells with no header row above them", async () => {
    const body = tbl([tr([tc([p(r("Indsats: A")), p(r("Møde √"))])])]);
    const doc = await read(await handDocx({ body }));
    expect(importDocument(doc)).toEqual({ ok: false, code: "word.error.noHeaderRow" });
  });

  it("reads a package without styles and theme parts", async () => {
    const body = tbl([tr([tc([p(r("Skole"))])]), tr([tc([p(r("Indsats: A")), p(r("Møde √"))])])]);
    const imported = await importBytes(await handDocx({ body, styles: null, theme: null }));
    expect(imported.actionCount).toBe(1);
  });
});
