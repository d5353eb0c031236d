// The fake office.js: test/e2e/fakeOfficeEntry.ts bundled by esbuild into one IIFE for the
// browser. Built once per process (about a tenth of a second).

import * as path from "path";
import { buildSync } from "esbuild";

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
  cached = out.outputFiles[0].text;
  return cached;
}

/** office.js as it behaves in a plain browser: Office exists, but there is no host. */
export const PLAIN_BROWSER_OFFICE_SCRIPT =
  "window.Office = { context: {}, onReady: function (cb) {" +
  " var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };";
