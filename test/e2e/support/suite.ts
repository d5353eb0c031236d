// What every browser test file needs, started once per file: a private copy of the build, a
// local server for it, Chromium, and the example workbook with the facts expected from it.

import type { Browser } from "playwright-core";
import type { FakeWorkbookInit } from "../../fake-excel";
import { launchChromium, type AddinContext } from "./browser";
import { buildIsStale, copyDist, type DistCopy } from "./dist";
import { exampleFacts, exampleInit, type ExampleFacts } from "./example";
import { serveDirectory, type StaticServer } from "./server";

export interface AddinSuite {
  dist: DistCopy;
  server: StaticServer;
  browser: Browser;
  facts: ExampleFacts;
  init: FakeWorkbookInit;
  /** Browser contexts the tests open; closed with the suite. */
  contexts: AddinContext[];
}

export async function startAddinSuite(): Promise<AddinSuite> {
  const dist = copyDist();
  if (buildIsStale()) {
    console.warn("dist/ is older than src/: the browser tests run the last build (npm run build).");
  }
  const [server, browser, facts, init] = await Promise.all([
    serveDirectory(dist.dir),
    launchChromium(),
    exampleFacts(),
    exampleInit(),
  ]);
  return { dist, server, browser, facts, init, contexts: [] };
}

export async function stopAddinSuite(suite: AddinSuite | undefined): Promise<void> {
  if (!suite) return;
  await Promise.all(suite.contexts.map((c) => c.context.close()));
  await suite.browser.close();
  await suite.server.close();
  suite.dist.remove();
}

/**
 * The suite of this test file: started before its tests, stopped after them. The object is
 * filled in beforeAll, so its fields are read inside tests and hooks only.
 */
export function useAddinSuite(): AddinSuite {
  const live = {} as AddinSuite;
  let started: AddinSuite | undefined;
  beforeAll(async () => {
    started = await startAddinSuite();
    Object.assign(live, started);
  });
  afterAll(() => stopAddinSuite(started));
  return live;
}
