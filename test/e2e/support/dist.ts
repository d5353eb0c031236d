// The production build the browser tests serve. Other work in the same tree may rebuild dist/
// (webpack cleans it first), so each run serves a private copy.

import { execFileSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..", "..");
export const DIST = path.join(ROOT, "dist");
const PAGES = ["taskpane.html", "commands.html", "message.html"];

export class MissingBuildError extends Error {}

/** Throws a clear message when dist/ lacks a page of the build. */
export function assertBuilt(dist = DIST): void {
  const missing = PAGES.filter((page) => !existsSync(path.join(dist, page)));
  if (missing.length > 0) {
    throw new MissingBuildError(
      `The browser tests serve the production build, but ${path.relative(ROOT, dist) || "."}/ ` +
        `has no ${missing.join(", ")}. Run \`npm run build\` first (npm run test:all does).`
    );
  }
}

/** For scripts and the bench (not the tests, where it would take a minute): builds when missing. */
export function ensureBuilt(): void {
  try {
    assertBuilt();
  } catch (error) {
    if (!(error instanceof MissingBuildError)) throw error;
    process.stderr.write("dist/ is missing; building it (npx webpack --mode production)…\n");
    execFileSync("npx", ["webpack", "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", process.stderr, process.stderr],
    });
    assertBuilt();
  }
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a source file changed after the build (the tests would run old code). */
export function buildIsStale(dist = DIST): boolean {
  const built = statSync(path.join(dist, "taskpane.html")).mtimeMs;
  return newestMtime(path.join(ROOT, "src")) > built;
}

export interface DistCopy {
  dir: string;
  remove(): void;
}

export function copyDist(dist = DIST): DistCopy {
  assertBuilt(dist);
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-e2e-dist-"));
  cpSync(dist, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
