// The Open Packaging Conventions as the command line needs them to compare and carry parts
// (ECMA-376 Part 2): content types, relationships and their targets, read with small regular
// expressions over the XML Office, LibreOffice and ExcelJS write (no DTDs: refused on opening).

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_PART = "[Content_Types].xml";

export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (whole, entity: string) => {
    switch (entity) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(
          entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
        );
    }
  });
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Attributes of one start tag, by local name (`r:id` → `id`), values decoded. */
export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    result[m[2]] = decodeXml(m[3] ?? m[4] ?? "");
  }
  return result;
}

/** Start tags of elements with this local name (any namespace prefix). */
export function startTags(xml: string, localName: string): string[] {
  return xml.match(new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>`, "g")) ?? [];
}

/** Occurrences of elements with this local name. */
export function countElements(xml: string, localName: string): number {
  return startTags(xml, localName).length;
}

/** The folder of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/`; the root → "". */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationships part of a part; "" (the package) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** A relative target resolved against the source part's folder; absolute targets as they are. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folderOf(source).split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** `xl/persons/person.xml` seen from `xl/workbook.xml` → `persons/person.xml`. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The target part's name in the package (internal targets). */
  part: string;
}

export function parseRelationships(xml: string | null, source: string): Relationship[] {
  if (xml === null) return [];
  return startTags(xml, "Relationship").map((tag) => {
    const a = attributes(tag);
    const external = a.TargetMode === "External";
    const target = a.Target ?? "";
    return {
      id: a.Id ?? "",
      type: a.Type ?? "",
      target,
      external,
      part: external ? "" : resolveTarget(source, target),
    };
  });
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string | null): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const tag of startTags(xml ?? "", "Default")) {
    const a = attributes(tag);
    if (a.Extension) defaults.set(a.Extension.toLowerCase(), a.ContentType ?? "");
  }
  for (const tag of startTags(xml ?? "", "Override")) {
    const a = attributes(tag);
    if (a.PartName) overrides.set(a.PartName.replace(/^\//, ""), a.ContentType ?? "");
  }
  return { defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, part: string): string {
  const override = types.overrides.get(part);
  if (override !== undefined) return override;
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  return types.defaults.get(ext) ?? "";
}
