// Builds the command line (src/cli) to one JavaScript file with esbuild, so running it needs no
// TypeScript at run time. Packages stay external (ExcelJS, JSZip load from node_modules, and
// only when a command needs them). Beside the file, the list of its sources says when it is
// stale. `node scripts/build-cli.js [--if-stale]`; also used by bin/ and scripts/overview.js.
"use strict";

const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "dist-cli", "statusoversigt.js");
const SOURCES = `${OUT}.sources.json`;

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** True when the built file is missing or older than a source it was built from. */
function isStale() {
  const built = mtime(OUT);
  if (built < 0) return true;
  let sources;
  try {
    sources = JSON.parse(fs.readFileSync(SOURCES, "utf8"));
  } catch {
    return true;
  }
  return sources.some((file) => {
    const t = mtime(path.join(ROOT, file));
    return t < 0 || t > built;
  });
}

function buildSync() {
  // esbuild is a development dependency: required here, never by the built file.
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src", "cli", "entry.ts")],
    outfile: OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    metafile: true,
    logLevel: "warning",
  });
  const sources = Object.keys(result.metafile.inputs).filter((f) => !f.includes("node_modules"));
  fs.writeFileSync(SOURCES, JSON.stringify(sources.sort(), null, 1) + "\n");
  return OUT;
}

function ensureBuilt() {
  if (isStale()) buildSync();
  return OUT;
}

module.exports = { OUT, isStale, buildSync, ensureBuilt };

if (require.main === module) {
  if (process.argv.includes("--if-stale")) ensureBuilt();
  else buildSync();
}
