// The task pane's budgets, on the production build (dist/; built here when missing):
//   taskpane.initial-js.gzip-kb  all JS taskpane.html loads before its first render (its local
//                                <script> tags; Office.js from the CDN excluded), gzip level 9
//   taskpane.ready.ms            navigation start → "Opdater oversigt" rendered and enabled, in
//                                Debian's headless Chromium against the fake Office.js holding the
//                                example workbook; median over fresh browser contexts (cold cache)
//   taskpane.ready.loads         how many loads that median is over
//   taskpane.chunk.<name>.gzip-kb  each chunk the pane loads on demand, gzip level 9: the views
//                                (view-round, view-history, view-problems, view-first-run), the
//                                Drawer (settings), the Excel adapter with the core (excel), …;
//                                the chunks webpack splits off and shares between them (Fluent's
//                                components, the rounds' code) summed as "shared"

import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import { t } from "../src/i18n";
import { launchChromium, newAddinContext } from "../test/e2e/support/browser";
import { copyDist, DIST, ensureBuilt } from "../test/e2e/support/dist";
import { exampleInit, pageSetup } from "../test/e2e/support/example";
import { serveDirectory } from "../test/e2e/support/server";
import { type Figure, median, round } from "./figures";

const LOADS = 7;

/** Local script files of an HTML page, in order (absolute URLs such as the CDN's skipped). */
export function localScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(
    /<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi
  )) {
    const src = match[1] ?? match[2] ?? match[3];
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src)) continue;
    scripts.push(src.split(/[?#]/)[0]);
  }
  return scripts;
}

export function initialJsGzipBytes(dist = DIST): number {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = localScripts(html);
  if (scripts.length === 0) throw new Error("bench: taskpane.html loads no local script");
  return scripts.reduce(
    (sum, src) => sum + gzipSync(readFileSync(path.join(dist, src)), { level: 9 }).length,
    0
  );
}

/** Gzipped size of every JS chunk not loaded before the first render, by chunk name. */
export function lazyChunkGzipBytes(dist = DIST): { name: string; bytes: number }[] {
  const initial = new Set(localScripts(readFileSync(path.join(dist, "taskpane.html"), "utf8")));
  const entries = /^(taskpane|commands|message)\./;
  return readdirSync(dist)
    .filter((file) => file.endsWith(".js") && !initial.has(file) && !entries.test(file))
    .map((file) => ({
      name: file.replace(/\.[0-9a-f]{8}\.js$/, ""),
      bytes: gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
    }))
    .reduce<{ name: string; bytes: number }[]>((list, chunk) => {
      const name = /^\d+$/.test(chunk.name) ? "shared" : chunk.name;
      const known = list.find((c) => c.name === name);
      if (known) known.bytes += chunk.bytes;
      else list.push({ name, bytes: chunk.bytes });
      return list;
    }, [])
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** In the page, before any script: notes performance.now() when the button is usable. */
function readyProbe(label: string): string {
  return `(() => {
    const label = ${JSON.stringify(label)};
    const check = () => {
      for (const b of document.querySelectorAll("button")) {
        if (b.textContent.trim() === label && !b.disabled && b.getAttribute("aria-disabled") !== "true") {
          window.__readyAt = performance.now();
          observer.disconnect();
          return;
        }
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

async function readyTimes(loads: number): Promise<number[]> {
  const dist = copyDist();
  const [server, browser, init] = await Promise.all([
    serveDirectory(dist.dir),
    launchChromium(),
    exampleInit(),
  ]);
  const setup = pageSetup(init);
  const times: number[] = [];
  try {
    // One unmeasured load warms the browser process, as Excel's would be.
    for (let i = 0; i <= loads; i++) {
      const { context } = await newAddinContext(browser, server.url, { setup });
      try {
        await context.addInitScript({ content: readyProbe(t("da", "taskpane.refresh.button")) });
        const page = await context.newPage();
        await page.goto(`${server.url}taskpane.html`);
        const handle = await page.waitForFunction(
          () => (window as unknown as { __readyAt?: number }).__readyAt,
          undefined,
          { timeout: 30_000 }
        );
        const ms = (await handle.jsonValue()) as number;
        if (i > 0) times.push(ms);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    dist.remove();
  }
  return times;
}

export async function benchTaskpane(): Promise<Figure[]> {
  ensureBuilt();
  const gzipKb = initialJsGzipBytes() / 1024;
  const times = await readyTimes(LOADS);
  return [
    { name: "taskpane.initial-js.gzip-kb", value: round(gzipKb, 1), unit: "KB" },
    { name: "taskpane.ready.ms", value: round(median(times), 0), unit: "ms" },
    { name: "taskpane.ready.loads", value: times.length, unit: "loads" },
    ...lazyChunkGzipBytes().map(({ name, bytes }) => ({
      name: `taskpane.chunk.${name}.gzip-kb`,
      value: round(bytes / 1024, 1),
      unit: "KB",
    })),
  ];
}
