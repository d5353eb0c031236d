// The Word code the task pane loads on demand (dynamic import): the browser's DOMParser.

import type { ImportOptions } from "../core/word/importDocument";
import { parseXmlBrowser } from "./browserXml";
import { importWordBytes as importWith } from "./wordFiles";

export { WordFileError } from "./readDocx";
export { exportWordBytes } from "./wordFiles";

export const importWordBytes = (bytes: ArrayBuffer | Uint8Array, options?: ImportOptions) =>
  importWith(parseXmlBrowser, bytes, options);
