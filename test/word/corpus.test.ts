// Documents from other writers: each one built here, and the same document saved again by
// LibreOffice Writer (`soffice --convert-to docx`, which writes its own runs, styles and
// lists, and symbols as text in the symbol font). Each is read completely, or its doubts name
// what was not read: no text is dropped silently.

import { promises as fs } from "fs";
import * as path from "path";
import type { DocumentImport } from "../../src/core/word/importDocument";
import { convertWithLibreOffice } from "../support/libreOffice";
import { makeTempDir } from "../xlsx/support";
import { handDocx } from "./fixtures/handXml";
import {
  docxWithNumbering,
  LISTS_BODY,
  rowLabelsBody,
  SYMBOLS_BODY,
  TAB_BODY,
} from "./fixtures/corpus";
import { importBytes } from "./support";

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir();
});
afterAll(() => temp.cleanup());

/** The document as built, and as LibreOffice Writer saved it. */
async function bothWriters(name: string, bytes: Uint8Array): Promise<[string, DocumentImport][]> {
  const source = path.join(temp.dir, `${name}.docx`);
  await fs.writeFile(source, bytes);
  const outDir = path.join(temp.dir, `${name}-libreoffice`);
  await fs.mkdir(outDir);
  const saved = convertWithLibreOffice(source, "docx", outDir);
  return [
    ["built", await importBytes(bytes)],
    ["LibreOffice", await importBytes(await fs.readFile(saved))],
  ];
}

const actions = (imported: DocumentImport) =>
  imported.areas.flatMap((area) =>
    area.initiatives.flatMap((initiative) =>
      initiative.actions.map((a) => [
        area.name,
        initiative.name,
        a.text,
        a.status,
        a.note,
        a.marked,
      ])
    )
  );
const doubts = (imported: DocumentImport) => imported.doubts.map((d) => [d.code, d.params?.text]);

describe.each(["", "Mål"])("a first column of row labels (header %j)", (firstHeader) => {
  it("reads the focus areas beside it and reports each label", async () => {
    for (const [writer, imported] of await bothWriters(
      `labels-${firstHeader || "empty"}`,
      await handDocx({ body: rowLabelsBody(firstHeader) })
    )) {
      expect([writer, imported.areas.map((a) => a.name)]).toEqual([writer, ["Skole", "Erhverv"]]);
      expect([writer, actions(imported)]).toEqual([
        writer,
        [
          ["Skole", "Netværk", "Møde med skoler", "√", "", false],
          ["Skole", "Udveksling", "Lærerbesøg", "%", "", false],
          ["Erhverv", "Messe", "Stand på messen", "(√)", "", false],
          ["Erhverv", "Investering", "Ny aftale", "√", "", false],
        ],
      ]);
      expect([writer, doubts(imported)]).toEqual([
        writer,
        [
          ["word.doubt.rowLabel", "Mål 1"],
          ["word.doubt.rowLabel", "Mål 2"],
        ],
      ]);
    }
  }, 120_000);
});

it("reads numbered and bulleted lists inside cells as actions, notes kept", async () => {
  for (const [writer, imported] of await bothWriters(
    "lists",
    await docxWithNumbering(LISTS_BODY)
  )) {
    expect([writer, actions(imported)]).toEqual([
      writer,
      [
        ["Skole", "Netværk", "Møde med skoler", "√", "", false],
        ["Skole", "Netværk", "Besøg i Kina", "(√)", "(Flyttet til maj)", false],
        ["Erhverv", "Messe", "Stand på messen", "%", "", false],
        ["Erhverv", "Messe", "Katalog", "√", "", false],
      ],
    ]);
    expect([writer, imported.doubts]).toEqual([writer, []]);
  }
}, 120_000);

it("reads check marks given as Symbol and Wingdings glyphs, and reports a glyph it does not know", async () => {
  for (const [writer, imported] of await bothWriters(
    "symbols",
    await handDocx({ body: SYMBOLS_BODY })
  )) {
    expect([writer, actions(imported)]).toEqual([
      writer,
      [
        ["Skole", "Netværk", "Møde med skoler", "√", "", false],
        ["Skole", "Netværk", "Besøg i Kina", "√", "", false],
        ["Skole", "Netværk", "Lærerbesøg", "√", "Udstilling ☑", false],
      ],
    ]);
    // A plain paragraph after an action: kept as its note, and said so.
    expect([writer, doubts(imported)]).toEqual([
      writer,
      [["word.doubt.noteOrAction", "Udstilling ☑"]],
    ]);
  }
}, 120_000);

it("reports a glyph of no known meaning with its paragraph", async () => {
  const body = SYMBOLS_BODY.replace('w:char="F0FE"', 'w:char="F04A"');
  for (const [writer, imported] of await bothWriters("unknown-symbol", await handDocx({ body }))) {
    expect([
      writer,
      imported.doubts.map((d) => [d.code, d.params?.symbol, d.params?.text]),
    ]).toEqual([
      writer,
      [
        ["word.doubt.noteOrAction", undefined, "Udstilling"],
        ["word.doubt.unreadSymbol", "Wingdings F04A", "Udstilling"],
      ],
    ]);
  }
}, 120_000);

it("reads the round's % after a tab as the status, and a percentage in a sentence as text", async () => {
  for (const [writer, imported] of await bothWriters("tab", await handDocx({ body: TAB_BODY }))) {
    expect([writer, actions(imported)]).toEqual([
      writer,
      [
        ["Transport", "Busser", "Electric buses on route 4 and 7", "%", "", true],
        ["Transport", "Busser", "Charging stations", "√", "", false],
        ["Transport", "Busser", "Reach 50 % of the schools", "√", "", false],
      ],
    ]);
  }
}, 120_000);
