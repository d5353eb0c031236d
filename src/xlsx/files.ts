// Opening and saving .xlsx files, with errors a command line can explain.

import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { attachConstantNames, restoreConstantNames } from "./constantNames";
import { normalizeZipDates } from "./deterministic";
import { prepareZip, type PrepareOptions } from "./prepareZip";
import { XlsxFileError } from "./fileError";
import { BoundedPackage, NotAZipError } from "../package/boundedZip";
import { PackageError } from "../package/packageError";
import { isCfb, isEncryptedPackage, isMacroEnabled, isZip } from "../package/signatures";
import { repairLoadedTables, restoreFilterButtons } from "./tables";
import { carryParts } from "./carryParts";
import { missingItems, readInventory, type InventoryItem } from "./packageInventory";
import { PartsLostError } from "./partsLost";
import JSZip from "jszip";

export { XlsxFileError, type XlsxFileProblem } from "./fileError";
export { PartsLostError } from "./partsLost";
export type { InventoryItem } from "./packageInventory";

/** The file a workbook was opened from, to carry its parts into what is saved and compare. */
interface Source {
  path: string;
  bytes: Buffer;
}
const sources = new WeakMap<ExcelJS.Workbook, Source>();

export type OpenOptions = PrepareOptions;

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null
    ? (error as { code?: string }).code
    : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The bytes are an .xlsx within the limits of unpacking, before ExcelJS inflates anything:
 * an old .xls, a protected or macro-enabled workbook, a package beyond the limits or with a DTD
 * is refused with its own message (PackageError carries the file's path).
 */
async function checkPackage(bytes: Buffer, filePath: string): Promise<void> {
  if (isCfb(bytes)) {
    const problem = isEncryptedPackage(bytes) ? "encrypted" : "legacyXls";
    throw new XlsxFileError(problem, filePath, "Compound File Binary");
  }
  if (!isZip(bytes)) throw new XlsxFileError("notXlsx", filePath, "not a zip file");
  try {
    const pkg = await BoundedPackage.open(bytes);
    if (isMacroEnabled(await pkg.text("[Content_Types].xml"))) {
      throw new XlsxFileError("macroEnabled", filePath, "macro-enabled");
    }
    await pkg.checkAll();
  } catch (error) {
    if (error instanceof NotAZipError) throw new XlsxFileError("notXlsx", filePath, error.message);
    if (error instanceof PackageError) error.filePath = filePath;
    throw error;
  }
}

/**
 * Reads an .xlsx into ExcelJS. The zip is prepared first (prepareZip.ts): foreign writers'
 * absolute targets normalised, table filter buttons kept, the generated sheets named in
 * `dropGeneratedSheets` emptied unparsed when they are ours.
 */
export async function openWorkbook(
  filePath: string,
  options: OpenOptions = {}
): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    const code = errorCode(error);
    const problem = code === "ENOENT" || code === "ENOTDIR" ? "notFound" : "unreadable";
    throw new XlsxFileError(problem, filePath, errorText(error));
  }
  if (bytes.length === 0) throw new XlsxFileError("empty", filePath, "0 bytes");
  await checkPackage(bytes, filePath);
  const workbook = new ExcelJS.Workbook();
  let prepared;
  try {
    prepared = await prepareZip(bytes, options);
    await workbook.xlsx.load(prepared.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxFileError("notXlsx", filePath, errorText(error));
  }
  if (workbook.worksheets.length === 0) {
    throw new XlsxFileError("notXlsx", filePath, "no worksheets");
  }
  repairLoadedTables(workbook);
  restoreFilterButtons(workbook, prepared.filterButtons);
  attachConstantNames(workbook, prepared.constantNames);
  sources.set(workbook, { path: filePath, bytes });
  return workbook;
}

export interface SaveOptions {
  /**
   * Stamp the workbook's created/modified properties and the zip entries with this date, so
   * the same content always gives the same bytes (committed example files).
   */
  fixedDate?: Date;
  /** Write over the input file even when the output lacks some of its content. */
  force?: boolean;
}

export interface SavedWorkbook {
  buffer: Buffer;
  /** What the input file had and the output does not: for the caller to name. */
  missing: InventoryItem[];
}

/**
 * The workbook as bytes. For a workbook opened from a file, the parts ExcelJS does not write
 * and that can be carried soundly are copied in from that file (carryParts.ts), and what still
 * differs is listed in `missing`.
 */
export async function savedWorkbook(
  workbook: ExcelJS.Workbook,
  options: SaveOptions = {}
): Promise<SavedWorkbook> {
  if (options.fixedDate) {
    workbook.created = options.fixedDate;
    workbook.modified = options.fixedDate;
  }
  let buffer = await restoreConstantNames(Buffer.from(await workbook.xlsx.writeBuffer()), workbook);
  let missing: InventoryItem[] = [];
  const source = sources.get(workbook);
  if (source) {
    const input = await JSZip.loadAsync(source.bytes);
    const output = await JSZip.loadAsync(buffer);
    const changed = await carryParts(input, output);
    missing = missingItems(await readInventory(input), await readInventory(output));
    // Unchanged entries keep their compressed bytes (JSZip reuses them).
    if (changed)
      buffer = await output.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }
  if (options.fixedDate) buffer = await normalizeZipDates(buffer, options.fixedDate);
  return { buffer, missing };
}

export async function workbookBuffer(
  workbook: ExcelJS.Workbook,
  options: SaveOptions = {}
): Promise<Buffer> {
  return (await savedWorkbook(workbook, options)).buffer;
}

async function samePath(a: string, b: string): Promise<boolean> {
  const real = (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}

/**
 * Writes the workbook to a temporary file beside the target and renames it into place, so a
 * failed write never leaves a half-written file (also when the target is the input file).
 * Returns what the output lacks of the input file; writing over the input file with anything
 * lacking throws PartsLostError (nothing written) unless `force`.
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  filePath: string,
  options: SaveOptions = {}
): Promise<{ missing: InventoryItem[] }> {
  const { buffer, missing } = await savedWorkbook(workbook, options);
  const source = sources.get(workbook);
  if (missing.length > 0 && source && !options.force && (await samePath(source.path, filePath))) {
    throw new PartsLostError(filePath, missing);
  }
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, buffer);
    await fs.rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    // Name the target, not our temporary file, in the system's message.
    throw new XlsxFileError("unwritable", filePath, errorText(error).split(temp).join(filePath));
  }
  return { missing };
}
