// Minimal DOM access shared by the browser's DOMParser and @xmldom/xmldom in Node: only the
// members both implement, by namespace, so a document's own prefixes do not matter.

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface XmlNode {
  nodeType: number;
}

export interface XmlElement extends XmlNode {
  localName: string | null;
  namespaceURI: string | null;
  childNodes: ArrayLike<XmlNode>;
  textContent: string | null;
  getAttributeNS(ns: string | null, name: string): string | null;
  getAttribute(name: string): string | null;
}

export interface XmlDocument {
  documentElement: XmlElement | null;
}

/** Parses XML text; throws on XML that is not well-formed. */
export type XmlParser = (xml: string) => XmlDocument;

const ELEMENT_NODE = 1;

export function isElement(node: XmlNode): node is XmlElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Child elements, optionally only those named `name` in namespace `ns`. */
export function children(el: XmlElement, ns?: string, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!isElement(node)) continue;
    if (name !== undefined && (node.localName !== name || node.namespaceURI !== ns)) continue;
    out.push(node);
  }
  return out;
}

export function child(
  el: XmlElement | undefined,
  ns: string,
  name: string
): XmlElement | undefined {
  if (!el) return undefined;
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (isElement(node) && node.localName === name && node.namespaceURI === ns) return node;
  }
  return undefined;
}

/** `w:val` (or another WordprocessingML attribute) of an element. */
export function wAttr(el: XmlElement | undefined, name = "val"): string | null {
  if (!el) return null;
  return el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): undefined when absent. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const val = wAttr(el);
  return val === null || !/^(0|false|off|none)$/i.test(val);
}

/** All descendants named `name` in namespace `ns`, in document order. */
export function descendants(el: XmlElement, ns: string, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement) => {
    for (const c of children(node)) {
      if (c.localName === name && c.namespaceURI === ns) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}
