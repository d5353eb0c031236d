// The XML parser for Node (command line, tests, bench): @xmldom/xmldom, strict about errors.

import { DOMParser } from "@xmldom/xmldom";
import type { XmlDocument, XmlParser } from "./xml";

export const parseXmlNode: XmlParser = (xml) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(message);
    },
  }).parseFromString(xml, "text/xml") as unknown as XmlDocument;
