// Parts the output would lose that can be carried soundly: those only a relationship points to
// (no element of the rewritten XML refers to them), copied untouched with their own parts and
// relationships, the way prepareZip keeps what ExcelJS cannot read. Threaded comments and their
// persons (the @mention comments of update requests), custom XML (SharePoint's metadata), the
// custom document properties and the task pane's auto-open (web extension) parts. Workbook
// names ExcelJS drops (constants, names it cannot parse) are written back into workbook.xml.

import type JSZip from "jszip";
import { relationshipsOf, workbookSheets } from "./packageInventory";
import {
  CONTENT_TYPES_PART,
  REL_NS,
  attributes,
  escapeXml,
  parseContentTypes,
  relativeTarget,
  relsPartOf,
} from "./opc";

/** Relationship types carried, by the part they start from. */
const SHEET_CARRIED = [/\/relationships\/threadedComment$/];
const WORKBOOK_CARRIED = [/\/relationships\/person$/, /\/relationships\/customXml$/];
const PACKAGE_CARRIED = [/\/relationships\/custom-properties$/, /\/webextensiontaskpanes$/];

async function text(zip: JSZip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async("string") : null;
}

/** The part and everything it reaches through its relationships, inside the package. */
async function tree(zip: JSZip, part: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(part) || !zip.file(part)) return seen;
  seen.add(part);
  for (const rel of await relationshipsOf(zip, part)) {
    if (!rel.external) await tree(zip, rel.part, seen);
  }
  return seen;
}

class Carrier {
  private types: string | null = null;
  /** Relationships added: the output has changed when above 0. */
  added = 0;

  constructor(
    private readonly input: JSZip,
    private readonly output: JSZip
  ) {}

  async start(): Promise<void> {
    this.types = await text(this.output, CONTENT_TYPES_PART);
  }

  /** Copies `part` with its tree and relates it from `outSource`; false when it cannot. */
  async carry(part: string, type: string, outSource: string): Promise<boolean> {
    const parts = await tree(this.input, part);
    // Copied under their own names: never over a part the output already has.
    for (const p of parts) if (this.output.file(p) || this.output.file(relsPartOf(p))) return false;
    const inTypes = parseContentTypes(await text(this.input, CONTENT_TYPES_PART));
    for (const p of parts) {
      this.output.file(p, await (this.input.file(p) as JSZip.JSZipObject).async("uint8array"));
      const rels = this.input.file(relsPartOf(p));
      if (rels) this.output.file(relsPartOf(p), await rels.async("uint8array"));
      this.addContentType(p, inTypes);
    }
    await this.relate(outSource, type, part);
    return true;
  }

  private addContentType(part: string, inTypes: ReturnType<typeof parseContentTypes>): void {
    const xml = this.types ?? "";
    const override = inTypes.overrides.get(part);
    if (override !== undefined) {
      if (!xml.includes(`PartName="/${part}"`)) {
        this.types = xml.replace(
          "</Types>",
          `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(override)}"/></Types>`
        );
      }
      return;
    }
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    const type = inTypes.defaults.get(ext);
    const has = parseContentTypes(xml).defaults.has(ext);
    if (type !== undefined && !has) {
      this.types = xml.replace(
        /(<Types\b[^>]*>)/,
        `$1<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`
      );
    }
  }

  private async relate(source: string, type: string, part: string): Promise<void> {
    const relsPart = relsPartOf(source);
    const xml =
      (await text(this.output, relsPart)) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
    const id = `rIdCarried${++this.added}`;
    const target = source === "" ? part : relativeTarget(source, part);
    const rel = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
    const fixed = /<Relationships\b[^>]*\/>/.test(xml)
      ? xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
      : xml.replace("</Relationships>", `${rel}</Relationships>`);
    this.output.file(relsPart, fixed);
  }

  finish(): void {
    if (this.types !== null) this.output.file(CONTENT_TYPES_PART, this.types);
  }
}

/** Carries the rel-only parts from `source` (input) to `outSource` (output) by type. */
async function carryFrom(
  carrier: Carrier,
  input: JSZip,
  output: JSZip,
  source: string,
  outSource: string,
  carried: readonly RegExp[]
): Promise<void> {
  const present = new Set((await relationshipsOf(output, outSource)).map((r) => r.part));
  for (const rel of await relationshipsOf(input, source)) {
    if (rel.external || !carried.some((re) => re.test(rel.type)) || present.has(rel.part)) continue;
    await carrier.carry(rel.part, rel.type, outSource);
  }
}

interface DefinedName {
  name: string;
  /** The sheet a local name belongs to, by name. */
  sheet: string | null;
  element: string;
}

function definedNames(xml: string, sheets: readonly string[]): DefinedName[] {
  const out: DefinedName[] = [];
  for (const m of xml.matchAll(
    /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g
  )) {
    const a = attributes(m[1]);
    const local = a.localSheetId !== undefined ? (sheets[Number(a.localSheetId)] ?? null) : null;
    out.push({ name: a.name ?? "", sheet: local, element: m[0] });
  }
  return out;
}

/** Names the input has and the output lacks, written back (local ones to the same sheet). */
async function carryNames(input: JSZip, output: JSZip): Promise<boolean> {
  const inBook = await workbookSheets(input);
  const outBook = await workbookSheets(output);
  const inXml = await text(input, inBook.workbookPart);
  const outXml = await text(output, outBook.workbookPart);
  if (!inXml || !outXml) return false;
  const inSheets = inBook.sheets.map((s) => s.name);
  const outSheets = outBook.sheets.map((s) => s.name);
  const key = (n: DefinedName) => `${n.name.toLowerCase()}\u0000${n.sheet ?? ""}`;
  const have = new Set(definedNames(outXml, outSheets).map(key));
  const missing = definedNames(inXml, inSheets).filter((n) => !have.has(key(n)));
  if (missing.length === 0) return false;
  const elements = missing.flatMap((n) => {
    if (n.sheet === null) return [n.element.replace(/\blocalSheetId="[^"]*"/, "")];
    const index = outSheets.indexOf(n.sheet);
    return index < 0
      ? []
      : [n.element.replace(/\blocalSheetId="[^"]*"/, `localSheetId="${index}"`)];
  });
  let xml = outXml;
  const all = elements.join("");
  if (/<definedNames\s*\/>/.test(xml))
    xml = xml.replace(/<definedNames\s*\/>/, `<definedNames>${all}</definedNames>`);
  else if (xml.includes("</definedNames>"))
    xml = xml.replace("</definedNames>", `${all}</definedNames>`);
  else {
    // CT_Workbook: definedNames follows sheets (and externalReferences).
    const after = xml.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
    xml = xml.replace(after, `${after}<definedNames>${all}</definedNames>`);
  }
  output.file(outBook.workbookPart, xml);
  return elements.length > 0;
}

/**
 * Carries what can be carried from the input package into the output package (in place);
 * true when the output changed.
 */
export async function carryParts(input: JSZip, output: JSZip): Promise<boolean> {
  const carrier = new Carrier(input, output);
  await carrier.start();
  const inBook = await workbookSheets(input);
  const outBook = await workbookSheets(output);
  for (const sheet of inBook.sheets) {
    const out = outBook.sheets.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
    if (out) await carryFrom(carrier, input, output, sheet.part, out.part, SHEET_CARRIED);
  }
  await carryFrom(
    carrier,
    input,
    output,
    inBook.workbookPart,
    outBook.workbookPart,
    WORKBOOK_CARRIED
  );
  await carryFrom(carrier, input, output, "", "", PACKAGE_CARRIED);
  carrier.finish();
  const names = await carryNames(input, output);
  return carrier.added > 0 || names;
}
