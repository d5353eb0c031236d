// What an .xlsx package holds beyond what ExcelJS rewrites (cells, styles, tables, notes,
// pictures): charts, pivot tables, slicers, threaded comments and persons, macros, custom XML,
// links, connections, controls, shapes … counted per sheet, so the input and the output can be
// compared and every difference named. A part of a type not known here is counted by its name:
// nothing the output lacks goes unnamed.

import type JSZip from "jszip";
import {
  CONTENT_TYPES_PART,
  attributes,
  contentTypeOf,
  countElements,
  parseContentTypes,
  parseRelationships,
  relsPartOf,
  startTags,
  type ContentTypes,
  type Relationship,
} from "./opc";

/** The kinds of content the comparison names; `other` is a part of a type not listed. */
export type PartKind =
  | "chart"
  | "chartSheet"
  | "pivotTable"
  | "pivotCache"
  | "slicer"
  | "timeline"
  | "threadedComment"
  | "person"
  | "note"
  | "shape"
  | "picture"
  | "table"
  | "externalLink"
  | "connection"
  | "queryTable"
  | "customXml"
  | "customProperties"
  | "webExtension"
  | "printerSettings"
  | "vba"
  | "formControl"
  | "activeX"
  | "embedding"
  | "cellMetadata"
  | "other";

export interface InventoryItem {
  kind: PartKind;
  /** The sheet it belongs to; "" for the workbook as a whole. */
  sheet: string;
  count: number;
  /** For `other`: the part's name. */
  part?: string;
}

/** Content types ExcelJS writes again itself, or that belong to a counted part (no count). */
const REWRITTEN = [
  /spreadsheetml\.(sheet|template)\.main\+xml$/,
  /spreadsheetml\.worksheet\+xml$/,
  /spreadsheetml\.styles\+xml$/,
  /spreadsheetml\.sharedStrings\+xml$/,
  /spreadsheetml\.calcChain\+xml$/,
  /officedocument\.theme\+xml$/,
  /package\.core-properties\+xml$/,
  /officedocument\.extended-properties\+xml$/,
  /relationships\+xml$/,
  /officedocument\.vmlDrawing$/,
  /chartstyle\+xml$/,
  /chartcolorstyle\+xml$/,
  /pivotCacheRecords\+xml$/,
  /slicerCache\+xml$/,
  /timelineCache\+xml$/,
  /customXmlProperties\+xml$/,
  /^image\//,
];

/** Content type → kind, for parts counted once each (drawings and comments are counted inside). */
const KINDS: readonly [RegExp, PartKind][] = [
  [/drawingml\.chart\+xml$/, "chart"],
  [/spreadsheetml\.chartsheet\+xml$/, "chartSheet"],
  [/spreadsheetml\.pivotTable\+xml$/, "pivotTable"],
  [/spreadsheetml\.pivotCacheDefinition\+xml$/, "pivotCache"],
  [/\.slicer\+xml$/, "slicer"],
  [/\.timeline\+xml$/, "timeline"],
  [/spreadsheetml\.table\+xml$/, "table"],
  [/spreadsheetml\.externalLink\+xml$/, "externalLink"],
  [/spreadsheetml\.connections\+xml$/, "connection"],
  [/spreadsheetml\.queryTable\+xml$/, "queryTable"],
  [/custom-properties\+xml$/, "customProperties"],
  [/webextension\+xml$|taskpanes\+xml$/, "webExtension"],
  [/printerSettings$/, "printerSettings"],
  [/vbaProject$|vbaProjectSignature$/, "vba"],
  [/controlproperties\+xml$|ctrlProp/i, "formControl"],
  [/activeX/, "activeX"],
  [/oleObject$|\.package$/, "embedding"],
  [/sheetMetadata\+xml$/, "cellMetadata"],
];

export interface PackageInventory {
  items: InventoryItem[];
  /** Sheet name → its part, in workbook order. */
  sheets: { name: string; part: string }[];
  workbookPart: string;
  types: ContentTypes;
}

async function text(zip: JSZip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async("string") : null;
}

export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  return parseRelationships(await text(zip, relsPartOf(part)), part);
}

/** The workbook part and its sheets (worksheets and chart sheets), by name. */
export async function workbookSheets(
  zip: JSZip
): Promise<{ workbookPart: string; sheets: { name: string; part: string }[] }> {
  const root = await relationshipsOf(zip, "");
  const workbookPart =
    root.find((r) => /\/officeDocument$/.test(r.type))?.part ?? "xl/workbook.xml";
  const rels = new Map((await relationshipsOf(zip, workbookPart)).map((r) => [r.id, r]));
  const sheets = startTags((await text(zip, workbookPart)) ?? "", "sheet").flatMap((tag) => {
    const a = attributes(tag);
    const rel = a.id ? rels.get(a.id) : undefined;
    return rel && a.name ? [{ name: a.name, part: rel.part }] : [];
  });
  return { workbookPart, sheets };
}

/** Which sheet each part belongs to: reached through its relationships from that sheet. */
async function owners(
  zip: JSZip,
  sheets: readonly { name: string; part: string }[]
): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  for (const sheet of sheets) {
    const queue = [sheet.part];
    while (queue.length > 0) {
      const part = queue.shift() as string;
      for (const rel of await relationshipsOf(zip, part)) {
        if (rel.external || owner.has(rel.part) || !zip.file(rel.part)) continue;
        if (sheets.some((s) => s.part === rel.part)) continue;
        owner.set(rel.part, sheet.name);
        queue.push(rel.part);
      }
    }
  }
  for (const sheet of sheets) owner.set(sheet.part, sheet.name);
  return owner;
}

export async function readInventory(zip: JSZip): Promise<PackageInventory> {
  const types = parseContentTypes(await text(zip, CONTENT_TYPES_PART));
  const { workbookPart, sheets } = await workbookSheets(zip);
  const owner = await owners(zip, sheets);
  const counts = new Map<string, InventoryItem>();
  const add = (kind: PartKind, sheet: string, count: number, part?: string) => {
    if (count <= 0) return;
    const key = `${kind}\u0000${sheet}\u0000${part ?? ""}`;
    const item = counts.get(key);
    if (item) item.count += count;
    else counts.set(key, { kind, sheet, count, ...(part ? { part } : {}) });
  };
  for (const part of Object.keys(zip.files).sort()) {
    if (zip.files[part].dir || part === CONTENT_TYPES_PART || part.endsWith(".rels")) continue;
    const type = contentTypeOf(types, part);
    const sheet = owner.get(part) ?? "";
    if (/drawingml\.drawing\+xml$|officedocument\.drawing\+xml$/.test(type)) {
      const xml = (await text(zip, part)) ?? "";
      add("picture", sheet, countElements(xml, "pic"));
      add("shape", sheet, countElements(xml, "sp") + countElements(xml, "cxnSp"));
      continue;
    }
    if (/spreadsheetml\.comments\+xml$/.test(type)) {
      add("note", sheet, countElements((await text(zip, part)) ?? "", "comment"));
      continue;
    }
    if (/threadedcomments\+xml$/i.test(type)) {
      add(
        "threadedComment",
        sheet,
        countElements((await text(zip, part)) ?? "", "threadedComment")
      );
      continue;
    }
    if (/\.person\+xml$/.test(type)) {
      add("person", sheet, countElements((await text(zip, part)) ?? "", "person"));
      continue;
    }
    if (/^customXml\/item\d+\.xml$/i.test(part)) {
      add("customXml", sheet, 1);
      continue;
    }
    if (/^customXml\//i.test(part) || REWRITTEN.some((re) => re.test(type))) continue;
    const kind = KINDS.find(([re]) => re.test(type))?.[1];
    if (kind) add(kind, sheet, 1);
    else if (/^docProps\/thumbnail\./i.test(part)) continue;
    else add("other", sheet, 1, part);
  }
  return { items: [...counts.values()], sheets, workbookPart, types };
}

/** What the output lacks of the input's items: each with the number missing. */
export function missingItems(input: PackageInventory, output: PackageInventory): InventoryItem[] {
  const key = (i: InventoryItem) => `${i.kind}\u0000${i.sheet}\u0000${i.part ?? ""}`;
  const out = new Map(output.items.map((i) => [key(i), i.count]));
  return input.items.flatMap((item) => {
    const missing = item.count - (out.get(key(item)) ?? 0);
    return missing > 0 ? [{ ...item, count: missing }] : [];
  });
}
