// File problems with a kind a command line can explain; no ExcelJS here, so callers can check
// for them without loading it.

export type XlsxFileProblem =
  | "notFound"
  | "unreadable"
  | "empty"
  | "notXlsx"
  | "unwritable"
  | "encrypted"
  | "legacyXls"
  | "macroEnabled";

/** A file problem with a kind the caller turns into a message; `detail` is the system text. */
export class XlsxFileError extends Error {
  constructor(
    readonly problem: XlsxFileProblem,
    readonly filePath: string,
    readonly detail: string
  ) {
    super(`${problem}: ${filePath}: ${detail}`);
    this.name = "XlsxFileError";
  }
}
