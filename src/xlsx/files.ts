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

export { XlsxFileError, type XlsxFileProblem } from "./fileError";

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
  return workbook;
}

export interface SaveOptions {
  /**
   * Stamp the workbook's created/modified properties and the zip entries with this date, so
   * the same content always gives the same bytes (committed example files).
   */
  fixedDate?: Date;
}

export async function workbookBuffer(
  workbook: ExcelJS.Workbook,
  options: SaveOptions = {}
): Promise<Buffer> {
  if (options.fixedDate) {
    workbook.created = options.fixedDate;
    workbook.modified = options.fixedDate;
  }
  const buffer = await restoreConstantNames(
    Buffer.from(await workbook.xlsx.writeBuffer()),
    workbook
  );
  return options.fixedDate ? normalizeZipDates(buffer, options.fixedDate) : buffer;
}

/**
 * Writes the workbook to a temporary file beside the target and renames it into place, so a
 * failed write never leaves a half-written file (also when the target is the input file).
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  filePath: string,
  options: SaveOptions = {}
): Promise<void> {
  const buffer = await workbookBuffer(workbook, options);
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, buffer);
    await fs.rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    // Name the target, not our temporary file, in the system's message.
    throw new XlsxFileError("unwritable", filePath, errorText(error).split(temp).join(filePath));
  }
}
