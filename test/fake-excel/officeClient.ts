// Loads Microsoft's Office.js client in Node (Jest): `@microsoft/office-js`
// dist/excel-web-16.00.js and its English strings, from node_modules (installed from npm,
// never copied into this repository). The script expects a browser, so the few globals it
// touches at load time are stubbed. Indirect eval runs it in this realm (the Jest sandbox),
// so its errors are the test's errors and its top-level `var`s become globals as in a page.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FakeWorkbookInit } from "./builders";
import type { FakeExcelOptions } from "./host";
import { connectClient, type ClientTransport } from "./transport";
import { createWireHost, type WireExcelHost } from "./wireHost";

let loaded: ClientTransport | undefined;

/** The installed package's dist folder. */
export function officeJsDist(): string {
  return join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
}

function stubBrowserGlobals(g: any): void {
  const store = new Map<string, string>();
  g.window ??= g;
  g.self ??= g;
  g.location ??= {
    href: "https://localhost/taskpane.html",
    hash: "",
    search: "",
    protocol: "https:",
    host: "localhost",
    hostname: "localhost",
    pathname: "/taskpane.html",
    origin: "https://localhost",
  };
  g.navigator ??= { userAgent: "node", language: "da-DK" };
  g.localStorage ??= {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => store.set(k, String(v)),
    removeItem: (k: string) => store.delete(k),
  };
  const element = () => ({ setAttribute() {}, appendChild() {}, style: {} });
  g.document ??= {
    readyState: "complete",
    cookie: "",
    addEventListener() {},
    getElementsByTagName: () => [],
    querySelector: () => null,
    createElement: element,
    head: element(),
    body: element(),
  };
  g.addEventListener ??= () => undefined;
  g.postMessage ??= () => undefined;
  g.parent ??= g;
  g.top ??= g;
}

/** Loads the client once per realm and returns its transport. */
export function loadOfficeClient(): ClientTransport {
  if (loaded) return loaded;
  const g = globalThis as any;
  stubBrowserGlobals(g);
  const dist = officeJsDist();
  // An aliased eval is an indirect eval: global scope of this realm.
  // eslint-disable-next-line no-eval -- the library must run as a page script (see header)
  const run: (code: string) => void = globalThis.eval;
  run(readFileSync(join(dist, "excel-web-16.00.js"), "utf8"));
  run(readFileSync(join(dist, "en-us", "office_strings.js"), "utf8"));
  loaded = connectClient(g);
  return loaded;
}

/** A workbook behind Microsoft's client in this realm (one active at a time). */
export function createWireExcel(
  init?: FakeWorkbookInit,
  options: FakeExcelOptions = {}
): WireExcelHost {
  return createWireHost(globalThis, loadOfficeClient(), init, options);
}
