// Workbook-level names holding a constant (Statusoversigt_HoejesteID = `=40`). ExcelJS 4.4
// keeps only names that refer to cells: it drops the others when it loads and when it saves.
// So the add-in's constant names are read from xl/workbook.xml before ExcelJS parses it,
// carried beside the workbook, and written back into xl/workbook.xml after ExcelJS saved it.

import type { Workbook } from "exceljs";
import JSZip from "jszip";
import { HIGHEST_ID_NAME } from "../core/port";

/** The constant names the add-in keeps (others stay ExcelJS's limitation). */
export const CONSTANT_NAMES: readonly string[] = [HIGHEST_ID_NAME];

const WORKBOOK_PART = "xl/workbook.xml";
const byWorkbook = new WeakMap<Workbook, Map<string, string>>();

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** `<definedName name="X">…</definedName>` elements of workbook scope (no localSheetId). */
function definedNamePattern(name: string): RegExp {
  return new RegExp(
    `<definedName\\b(?![^>]*\\blocalSheetId=)[^>]*\\bname="${escapeRegExp(name)}"[^>]*>([^<]*)</definedName>`,
    "gi"
  );
}

/** The constant names' formulas (without `=`) as workbook.xml holds them. */
export function readConstantNames(workbookXml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of CONSTANT_NAMES) {
    const match = definedNamePattern(name).exec(workbookXml);
    if (match) found.set(name, unescapeXml(match[1]).replace(/^=/, ""));
  }
  return found;
}

/** workbook.xml with each name set to its formula (replacing one of the same name). */
export function writeConstantNames(
  workbookXml: string,
  names: ReadonlyMap<string, string>
): string {
  let xml = workbookXml;
  for (const [name, formula] of names) {
    xml = xml.replace(definedNamePattern(name), "");
    const element = `<definedName name="${escapeXml(name)}">${escapeXml(formula)}</definedName>`;
    if (/<definedNames\s*\/>/.test(xml)) {
      xml = xml.replace(/<definedNames\s*\/>/, `<definedNames>${element}</definedNames>`);
    } else if (xml.includes("</definedNames>")) {
      xml = xml.replace("</definedNames>", `${element}</definedNames>`);
    } else {
      // CT_Workbook: definedNames follows sheets (and externalReferences).
      const after = xml.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
      xml = xml.replace(after, `${after}<definedNames>${element}</definedNames>`);
    }
  }
  return xml;
}

/** Reads the constant names of a package about to be loaded into `workbook`. */
export async function captureConstantNames(zip: JSZip): Promise<Map<string, string>> {
  const part = zip.file(WORKBOOK_PART);
  return part ? readConstantNames(await part.async("string")) : new Map();
}

export function attachConstantNames(workbook: Workbook, names: Map<string, string>): void {
  if (names.size > 0) byWorkbook.set(workbook, names);
}

/** The name's formula without `=` (`40`), or undefined when the workbook has no such name. */
export function constantName(workbook: Workbook, name: string): string | undefined {
  return byWorkbook.get(workbook)?.get(name);
}

/** Sets the name to a constant formula (`=41`); written into the package on save. */
export function setConstantName(workbook: Workbook, name: string, formula: string): void {
  const names = byWorkbook.get(workbook) ?? new Map<string, string>();
  names.set(name, formula.replace(/^=/, ""));
  byWorkbook.set(workbook, names);
}

/** The saved package with the workbook's constant names put back (unchanged without any). */
export async function restoreConstantNames(buffer: Buffer, workbook: Workbook): Promise<Buffer> {
  const names = byWorkbook.get(workbook);
  if (!names || names.size === 0) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file(WORKBOOK_PART);
  if (!part) return buffer;
  zip.file(WORKBOOK_PART, writeConstantNames(await part.async("string"), names));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
