// Opening and saving .xlsx files, with errors a command line can explain.

import { promises as fs } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { attachConstantNames, restoreConstantNames } from "./constantNames";
import { normalizeZipDates } from "./deterministic";
import { prepareZip, type PrepareOptions } from "./prepareZip";
import { XlsxFileError } from "./fileError";
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
  const workbook = new ExcelJS.Workbook();
  let prepared;
  try {
    // An .xlsx is a zip; anything else (.xls, .csv, encrypted files) fails here or below.
    if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw new Error("not a zip file");
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
