// The .xlsx package adjusted before ExcelJS parses it, with JSZip: what ExcelJS 4.4 cannot read
// (absolute relationship targets) is normalised, what it would lose (table filter buttons) is
// noted, and the content of sheets about to be regenerated is dropped so it is never parsed.
// Entries left alone keep their compressed bytes (JSZip reuses them when it writes the zip).

import JSZip from "jszip";
import type { GeneratedSheetKind } from "../core/port";
import { sameName } from "../core/keys";
import { captureConstantNames } from "./constantNames";
import { parseReference } from "./names";
import { attributes, decodeXml, startTags } from "./opc";

/** Per table (by lower-case name): whether each column shows its filter button. */
export type FilterButtons = Map<string, boolean[]>;

export interface PreparedZip {
  bytes: Buffer;
  filterButtons: FilterButtons;
  /** The add-in's constant names (constantNames.ts), which ExcelJS drops. */
  constantNames: Map<string, string>;
}

export interface PrepareOptions {
  /**
   * Generated sheets the caller rewrites anyway (e.g. Oversigt with Statusoversigt_Oversigt):
   * each is emptied before parsing when it is ours by the core's rule — the sheet of that name,
   * with its marker (a workbook-level name) at its A1. A sheet the marker followed through a
   * rename is the user's copy now and is kept.
   */
  dropGeneratedSheets?: readonly GeneratedSheetKind[];
}

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** The folder a .rels part describes: `xl/worksheets/_rels/sheet1.xml.rels` → `xl/worksheets/`. */
function sourceFolder(relsPath: string): string {
  return relsPath.replace(/_rels\/[^/]*\.rels$/, "");
}

/** `/xl/tables/table1.xml` seen from `xl/worksheets/` → `../tables/table1.xml`. */
export function relativeTarget(folder: string, absolute: string): string {
  const from = folder.split("/").filter(Boolean);
  const to = absolute.replace(/^\/+/, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * openpyxl and some other writers give relationship targets as absolute part names
 * (`Target="/xl/tables/table1.xml"`), which the OPC standard allows and ExcelJS 4.4 cannot
 * resolve (exceljs#1468). Rewritten relative to the part's folder; external targets stay.
 */
async function normaliseTargets(zip: JSZip): Promise<void> {
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".rels") || zip.files[name].dir) continue;
    const xml = await zip.files[name].async("string");
    const folder = sourceFolder(name);
    let changed = false;
    const fixed = xml.replace(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g, (tag) => {
      const attrs = attributes(tag);
      if (attrs.TargetMode === "External" || !attrs.Target?.startsWith("/")) return tag;
      changed = true;
      const target = relativeTarget(folder, attrs.Target);
      return tag.replace(/(\bTarget\s*=\s*)(["'])[^"']*\2/, `$1$2${target}$2`);
    });
    if (changed) zip.file(name, fixed);
  }
}

/** Resolves a relative target against a folder: (`xl/`, `worksheets/sheet1.xml`) → path. */
function resolvePart(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * Empties the generated sheets that are ours (see PrepareOptions), and deletes their
 * relationships. The sheet stays in the workbook, so its name, position and marker remain and
 * the writer recognises it as generated.
 */
async function dropGeneratedSheets(
  zip: JSZip,
  kinds: readonly GeneratedSheetKind[]
): Promise<void> {
  const workbook = zip.file("xl/workbook.xml");
  const rels = zip.file("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels || kinds.length === 0) return;
  const workbookXml = await workbook.async("string");
  const sheetNames = new Set<string>();
  for (const m of workbookXml.matchAll(
    /<(?:[\w.-]+:)?definedName\b([^>]*)>([^<]*)<\/(?:[\w.-]+:)?definedName>/g
  )) {
    const attrs = attributes(m[1]);
    if (attrs.localSheetId !== undefined) continue;
    const kind = kinds.find((k) => sameName(k.marker, attrs.name ?? ""));
    const ref = kind ? parseReference(decodeXml(m[2])) : null;
    if (kind && ref && ref.row === 1 && ref.column === 1 && sameName(ref.sheet, kind.sheet))
      sheetNames.add(ref.sheet.toLowerCase());
  }
  if (sheetNames.size === 0) return;
  const relsXml = await rels.async("string");
  const targets = new Map<string, string>();
  for (const tag of startTags(relsXml, "Relationship")) {
    const attrs = attributes(tag);
    if (attrs.Id && attrs.Target) targets.set(attrs.Id, attrs.Target);
  }
  for (const tag of startTags(workbookXml, "sheet")) {
    const attrs = attributes(tag);
    if (!sheetNames.has((attrs.name ?? "").toLowerCase())) continue;
    const target = attrs.id ? targets.get(attrs.id) : undefined;
    if (!target) continue;
    const part = resolvePart("xl/", target);
    if (!zip.file(part)) continue;
    zip.file(part, EMPTY_SHEET);
    const slash = part.lastIndexOf("/");
    zip.remove(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  }
}

/**
 * Which columns of each table show a filter button. A table's autoFilter lists only the columns
 * with a filter or a hidden button (ECMA-376 §18.3.2.7; `hiddenButton` defaults to false), but
 * ExcelJS 4.4 takes an unlisted column, or one listed without `hiddenButton`, as hidden and
 * writes `hiddenButton="1"` on save. Tables without autoFilter have no buttons: not listed.
 */
async function readFilterButtons(zip: JSZip): Promise<FilterButtons> {
  const result: FilterButtons = new Map();
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const xml = await zip.files[name].async("string");
    const table = startTags(xml, "table")[0];
    const columns = startTags(xml, "tableColumn").length;
    if (!table || !/<(?:[\w.-]+:)?autoFilter\b/.test(xml)) continue;
    const shown = new Array<boolean>(columns).fill(true);
    for (const tag of startTags(xml, "filterColumn")) {
      const attrs = attributes(tag);
      const id = Number(attrs.colId);
      if (Number.isInteger(id) && id >= 0 && id < columns)
        shown[id] = !(attrs.hiddenButton === "1" || attrs.hiddenButton === "true");
    }
    const tableName = attributes(table).name;
    if (tableName) result.set(tableName.toLowerCase(), shown);
  }
  return result;
}

/** Reads the zip, adjusts it, and returns the bytes for ExcelJS plus what it would lose. */
export async function prepareZip(
  bytes: Buffer,
  options: PrepareOptions = {}
): Promise<PreparedZip> {
  const zip = await JSZip.loadAsync(bytes);
  const before = new Map(Object.entries(zip.files).map(([name, file]) => [name, file]));
  await normaliseTargets(zip);
  await dropGeneratedSheets(zip, options.dropGeneratedSheets ?? []);
  const filterButtons = await readFilterButtons(zip);
  const constantNames = await captureConstantNames(zip);
  const changed =
    Object.keys(zip.files).length !== before.size ||
    Object.entries(zip.files).some(([name, file]) => before.get(name) !== file);
  if (!changed) return { bytes, filterButtons, constantNames };
  // Unchanged entries are copied compressed as they are; only the rewritten ones are deflated.
  const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { bytes: out, filterButtons, constantNames };
}
