// .docx bytes in and out, with the XML parser of the host (see browser.ts and node.ts).

import type { Plan, Settings } from "../core/model";
import { exportDocument } from "../core/word/exportDocument";
import {
  importDocument,
  type DocumentImport,
  type ImportFailure,
  type ImportOptions,
} from "../core/word/importDocument";
import { readDocx } from "./readDocx";
import { writeDocx } from "./writeDocx";
import type { XmlParser } from "./xml";

/** The import of a .docx; throws WordFileError when the bytes are no readable Word document. */
export async function importWordBytes(
  parser: XmlParser,
  bytes: ArrayBuffer | Uint8Array,
  options: ImportOptions = {}
): Promise<DocumentImport | ImportFailure> {
  return importDocument(await readDocx(bytes, parser), options);
}

/** The overview as a .docx file. */
export function exportWordBytes(plan: Plan, settings: Settings): Promise<Uint8Array> {
  return writeDocx(exportDocument(plan, settings));
}
