// .docx → the core's document model: paragraphs with their runs' resolved bold, italic and
// colour, tables with their cells' spans and vertical merges. The XML parser is passed in
// (the browser's DOMParser, @xmldom/xmldom in Node), so this file runs in both.

import { BoundedPackage, NotAZipError } from "../package/boundedZip";
import { isCfb, isEncryptedPackage, isMacroEnabled, isZip } from "../package/signatures";
import type {
  WordBlock,
  WordCell,
  WordDocument,
  WordParagraph,
  WordRow,
  WordRun,
} from "../core/word/document";
import { readRunProperties, readTheme, StyleSheet } from "./formatting";
import { glyph, glyphName, symbolFont } from "./symbolFonts";
import { child, children, PKG_REL, W, wAttr, type XmlElement, type XmlParser } from "./xml";

/** Why bytes are not a readable Word document; each kind has an i18n message `word.error.*`. */
export type WordFileProblem = "notDocx" | "encrypted" | "legacyDoc" | "macroEnabled";

export class WordFileError extends Error {
  constructor(readonly problem: WordFileProblem) {
    super(`word.error.${problem}`);
    this.name = "WordFileError";
  }
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const THEME = /\/theme$/;
const STYLES = /\/styles$/;

/** A part as text, within the package's limits (PackageError beyond them). */
async function text(pkg: BoundedPackage, path: string): Promise<string | null> {
  try {
    return await pkg.text(path);
  } catch (error) {
    if (error instanceof NotAZipError) throw new WordFileError("notDocx");
    throw error;
  }
}

function parse(parser: XmlParser, xml: string | null): XmlElement | null {
  if (xml === null) return null;
  try {
    return parser(xml).documentElement;
  } catch {
    throw new WordFileError("notDocx");
  }
}

/** Relationship targets of a part, by type, resolved against the part's folder. */
function relationships(root: XmlElement | null, base: string): { type: string; path: string }[] {
  if (!root) return [];
  return children(root, PKG_REL, "Relationship").map((rel) => {
    const target = rel.getAttribute("Target") ?? "";
    const path = target.startsWith("/")
      ? target.slice(1)
      : (base + target).replace(/[^/]+\/\.\.\//g, "");
    return { type: rel.getAttribute("Type") ?? "", path };
  });
}

class BodyReader {
  /** Symbol-font glyphs not known, in the paragraph being read. */
  private unread: string[] = [];

  constructor(private readonly styles: StyleSheet) {}

  blocks(container: XmlElement): WordBlock[] {
    const out: WordBlock[] = [];
    for (const el of children(container)) {
      if (el.namespaceURI !== W) continue;
      if (el.localName === "p") out.push(this.paragraph(el));
      else if (el.localName === "tbl") out.push(this.table(el));
      else if (el.localName === "sdt") {
        const content = child(el, W, "sdtContent");
        if (content) out.push(...this.blocks(content));
      }
    }
    return out;
  }

  paragraph(p: XmlElement): WordParagraph {
    const pStyle = wAttr(child(child(p, W, "pPr"), W, "pStyle"));
    const runs: WordRun[] = [];
    this.unread = [];
    this.collectRuns(p, pStyle, runs);
    const role = this.styles.role(pStyle);
    const paragraph: WordParagraph = role
      ? { kind: "paragraph", runs, role }
      : { kind: "paragraph", runs };
    if (this.unread.length > 0) paragraph.unreadSymbols = this.unread;
    return paragraph;
  }

  /** Runs directly in the paragraph and inside hyperlinks, insertions, fields and controls. */
  private collectRuns(el: XmlElement, pStyle: string | null, out: WordRun[]): void {
    for (const c of children(el)) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case "r":
          this.run(c, pStyle, out);
          break;
        case "hyperlink":
        case "ins":
        case "smartTag":
        case "fldSimple":
        case "customXml":
        case "sdtContent":
        case "sdt":
          this.collectRuns(c, pStyle, out);
          break;
        default: // pPr, deletions (w:del), bookmarks, proofing marks: no visible text
      }
    }
  }

  private run(r: XmlElement, pStyle: string | null, out: WordRun[]): void {
    const rPr = child(r, W, "rPr");
    const fonts = child(rPr, W, "rFonts");
    const font = symbolFont(wAttr(fonts, "ascii") ?? wAttr(fonts, "hAnsi") ?? wAttr(fonts, "cs"));
    let value = "";
    for (const c of children(r)) {
      if (c.namespaceURI !== W) continue;
      switch (c.localName) {
        case "t":
          value += font ? this.glyphs(c.textContent ?? "", font) : (c.textContent ?? "");
          break;
        case "tab":
        case "ptab":
          value += "\t";
          break;
        case "br":
        case "cr":
          if (wAttr(c, "type") !== "page" && wAttr(c, "type") !== "column") value += "\n";
          break;
        case "noBreakHyphen":
          value += "-";
          break;
        case "sym": {
          const symFont = symbolFont(wAttr(c, "font")) ?? (wAttr(c, "font") ?? "").toLowerCase();
          const code = parseInt(wAttr(c, "char") ?? "", 16);
          if (Number.isNaN(code)) break;
          const mapped = glyph(symFont, code);
          if (mapped) value += mapped;
          else this.unread.push(glyphName(symFont, code));
          break;
        }
        default: // rPr, field codes (instrText), drawings, deleted text
      }
    }
    if (value === "") return;
    const format = this.styles.resolve(
      readRunProperties(rPr, this.styles.theme),
      wAttr(child(rPr, W, "rStyle")),
      pStyle
    );
    out.push({ text: value, ...format });
  }

  /** Text in a symbol font (as LibreOffice writes w:sym): each glyph mapped, or reported. */
  private glyphs(text: string, font: string): string {
    let out = "";
    for (const char of text) {
      const code = char.codePointAt(0) as number;
      if (/\s/.test(char)) out += char;
      else if (code <= 0xff || (code >= 0xf000 && code <= 0xf0ff)) {
        const mapped = glyph(font, code);
        if (mapped) out += mapped;
        else this.unread.push(glyphName(font, code));
      } else out += char;
    }
    return out;
  }

  table(tbl: XmlElement): { kind: "table"; rows: WordRow[] } {
    const rows: WordRow[] = [];
    const rowElements = (el: XmlElement): XmlElement[] =>
      children(el).flatMap((c) => {
        if (c.namespaceURI !== W) return [];
        if (c.localName === "tr") return [c];
        if (c.localName === "sdt" || c.localName === "customXml") {
          return rowElements(child(c, W, "sdtContent") ?? c);
        }
        return [];
      });
    for (const tr of rowElements(tbl)) {
      const header = child(child(tr, W, "trPr"), W, "tblHeader") !== undefined;
      const cells: WordCell[] = [];
      const cellElements = (el: XmlElement): XmlElement[] =>
        children(el).flatMap((c) => {
          if (c.namespaceURI !== W) return [];
          if (c.localName === "tc") return [c];
          if (c.localName === "sdt" || c.localName === "customXml") {
            return cellElements(child(c, W, "sdtContent") ?? c);
          }
          return [];
        });
      for (const tc of cellElements(tr)) cells.push(this.cell(tc));
      rows.push(header ? { cells, header } : { cells });
    }
    return { kind: "table", rows };
  }

  private cell(tc: XmlElement): WordCell {
    const tcPr = child(tc, W, "tcPr");
    const span = Number(wAttr(child(tcPr, W, "gridSpan")) ?? "1");
    const vMergeEl = child(tcPr, W, "vMerge");
    // A nested table's text stays in its cell, paragraph by paragraph.
    const paragraphs = this.blocks(tc).flatMap((b) =>
      b.kind === "paragraph" ? [b] : b.rows.flatMap((row) => row.cells.flatMap((c) => c.paragraphs))
    );
    const cell: WordCell = { paragraphs };
    if (Number.isInteger(span) && span > 1) cell.gridSpan = span;
    if (vMergeEl) cell.vMerge = wAttr(vMergeEl) === "restart" ? "restart" : "continue";
    return cell;
  }
}

/**
 * Reads a .docx. Throws WordFileError for bytes that are not a readable Word document, and
 * PackageError for a package beyond the limits of unpacking or declaring a DTD.
 */
export async function readDocx(
  data: Uint8Array | ArrayBuffer,
  parser: XmlParser
): Promise<WordDocument> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (isCfb(bytes)) {
    throw new WordFileError(isEncryptedPackage(bytes) ? "encrypted" : "legacyDoc");
  }
  if (!isZip(bytes)) throw new WordFileError("notDocx");
  let zip: BoundedPackage;
  try {
    zip = await BoundedPackage.open(bytes);
  } catch (error) {
    if (error instanceof NotAZipError) throw new WordFileError("notDocx");
    throw error;
  }
  if (isMacroEnabled(await text(zip, "[Content_Types].xml"))) {
    throw new WordFileError("macroEnabled");
  }
  const main = relationships(parse(parser, await text(zip, "_rels/.rels")), "").find((r) =>
    OFFICE_DOCUMENT.test(r.type)
  );
  const documentXml = main ? await text(zip, main.path) : null;
  const documentRoot = parse(parser, documentXml);
  if (!main || !documentRoot || documentRoot.localName !== "document") {
    throw new WordFileError("notDocx");
  }
  const folder = main.path.replace(/[^/]*$/, "");
  const partRels = relationships(
    parse(parser, await text(zip, `${folder}_rels/${main.path.slice(folder.length)}.rels`)),
    folder
  );
  const partAt = async (type: RegExp) => {
    const rel = partRels.find((r) => type.test(r.type));
    return rel ? parse(parser, await text(zip, rel.path)) : null;
  };
  const theme = readTheme(await partAt(THEME));
  const styles = new StyleSheet(await partAt(STYLES), theme);
  const body = child(documentRoot, W, "body");
  return { blocks: body ? new BodyReader(styles).blocks(body) : [] };
}
