// The XML parser in the task pane: the browser's own DOMParser (no library to load).

import type { XmlDocument, XmlParser } from "./xml";

export const parseXmlBrowser: XmlParser = (xml) => {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  // Browsers report malformed XML as a <parsererror> document instead of throwing.
  if (doc.getElementsByTagName("parsererror").length > 0) throw new Error("malformed XML");
  return doc as unknown as XmlDocument;
};
