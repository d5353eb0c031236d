// What the browser gets in place of the office.js CDN script: Microsoft's excel-web-16.00.js
// and its English strings from the installed @microsoft/office-js package, followed by
// test/e2e/fakeOfficeEntry.ts bundled by esbuild into one IIFE (the transport and the fake
// server). Built once per process.

import { readFileSync } from "fs";
import * as path from "path";
import { buildSync } from "esbuild";
import { officeJsDist } from "../../fake-excel/officeClient";

let cached: string | null = null;

export function fakeOfficeScript(): string {
  if (cached !== null) return cached;
  const out = buildSync({
    entryPoints: [path.join(__dirname, "..", "fakeOfficeEntry.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const dist = officeJsDist();
  cached = [
    readFileSync(path.join(dist, "excel-web-16.00.js"), "utf8"),
    readFileSync(path.join(dist, "en-us", "office_strings.js"), "utf8"),
    out.outputFiles[0].text,
  ].join(";\n");
  return cached;
}

/** office.js as it behaves in a plain browser: Office exists, but there is no host. */
export const PLAIN_BROWSER_OFFICE_SCRIPT =
  "window.Office = { context: {}, onReady: function (cb) {" +
  " var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };";
