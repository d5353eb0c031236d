// File steps the Word subcommands share: reading the document, writing a new file without
// overwriting one the user did not name, and the diagnostics on stderr.

import { promises as fs } from "fs";
import * as path from "path";
import { XlsxFileError } from "../xlsx/fileError";

/** `plans/Status.docx` → `plans/Status.xlsx`. */
export function withExtension(file: string, extension: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}${extension}`);
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const problem = code === "ENOENT" || code === "ENOTDIR" ? "notFound" : "unreadable";
    throw new XlsxFileError(problem, file, error instanceof Error ? error.message : String(error));
  }
}

/** True when `file` exists (the default output is never written over). */
export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false
  );
}

/** Writes through a temporary file renamed into place, so a failed write leaves no half file. */
export async function writeBytes(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const detail = (error instanceof Error ? error.message : String(error)).split(temp).join(file);
    throw new XlsxFileError("unwritable", file, detail);
  }
}
