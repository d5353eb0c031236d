// The Word code for Node (command line, bench, tests): @xmldom/xmldom as the XML parser.

import type { ImportOptions } from "../core/word/importDocument";
import { parseXmlNode } from "./nodeXml";
import { importWordBytes as importWith } from "./wordFiles";

export { WordFileError } from "./readDocx";
export { exportWordBytes } from "./wordFiles";

export const importWordBytes = (bytes: ArrayBuffer | Uint8Array, options?: ImportOptions) =>
  importWith(parseXmlNode, bytes, options);
