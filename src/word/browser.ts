// The Word code the task pane loads on demand (dynamic import, its own chunk): reading a chosen
// .docx with the browser's DOMParser, and writing a document description as .docx bytes.

import type { ImportOptions } from "../core/word/importDocument";
import { parseXmlBrowser } from "./browserXml";
import { importWordBytes as importWith } from "./wordFiles";

export { WordFileError } from "./readDocx";
export { writeDocx } from "./writeDocx";
// The import's rules come along, so the pane's initial JavaScript does not carry them.
export { importedPlan, importedSettings, importRound } from "../core/word/importDocument";

export const importWordBytes = (bytes: ArrayBuffer | Uint8Array, options?: ImportOptions) =>
  importWith(parseXmlBrowser, bytes, options);
