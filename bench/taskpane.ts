// The task pane's budgets, on the production build (dist/; built here when missing):
//   taskpane.initial-js.gzip-kb  all JS taskpane.html loads before its first render (its local
//                                <script> tags; Office.js from the CDN excluded), gzip level 9
//   taskpane.ready.ms            navigation start → "Opdater oversigt" rendered and enabled, in
//                                Debian's headless Chromium against the fake Office.js holding the
//                                example workbook; median over fresh browser contexts (cold cache)
//   taskpane.ready.p25.ms, .p75.ms  the spread of those loads (quartiles, interpolated)
//   taskpane.ready-painted.ms    navigation start → the frame after the button became usable
//                                (requestAnimationFrame, then a task): the first paint with it
//   taskpane.view-shown.ms       navigation start → the Runde view's first step shown (its chunks
//                                are requested after the commit that shows the button)
//   taskpane.office-ran.ms       navigation start → DOMContentLoaded: office.js, which blocks the
//                                parser, has downloaded, compiled and run (Microsoft's part and the
//                                harness's delivery), then the pane's deferred script, median
//   taskpane.after-office.ms     DOMContentLoaded → the button usable: Office.onReady, the Excel
//                                adapter's chunk, the state read (one sync, the fake server
//                                answering in the page) and the pane's first render, median of
//                                the per-load differences
//   taskpane.floor.ms            the same measure for a page that only loads office.js with
//                                taskpane.html's own tag and, at Office.onReady, makes one
//                                Excel.run with one sync (as the pane's state read) before adding
//                                a button with the same text: what no pane can beat in this
//                                harness, loaded alternately with the pane, median
//   taskpane.ready.vs-floor      median of each pair's ratio pane / floor: the figure that does
//                                not move with this machine's speed (it drifts by up to 1.5×)
//   taskpane.ready.over-floor.ms median of each pair's difference pane − floor: the pane's own part
//   taskpane.ready.loads         how many loads those medians are over
//   taskpane.chunk.<name>.gzip-kb  each chunk the pane loads on demand, gzip level 9: the views
//                                (view-round, view-history, view-problems, view-first-run), the
//                                Drawer (settings), the Excel adapter with the core (excel), …;
//                                the chunks webpack splits off and shares between them (Fluent's
//                                components, the rounds' code) summed as "shared"

import { readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { gzipSync } from "zlib";
import type { Browser } from "playwright-core";
import { PLAN_SHEET } from "../src/core/port";
import { t } from "../src/i18n";
import { launchChromium, newAddinContext } from "../test/e2e/support/browser";
import { copyDist, DIST, ensureBuilt } from "../test/e2e/support/dist";
import { exampleInit, pageSetup } from "../test/e2e/support/example";
import type { PageSetup } from "../test/e2e/support/pageSetup";
import { serveDirectory } from "../test/e2e/support/server";
import { type Figure, median, quantile, round } from "./figures";

// 15 loads: on this noisy 2-core machine the median of 7 still moved by ±40 ms between runs.
const LOADS = 15;

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

/**
 * In the page, before any script: notes performance.now() when the button is usable (ready),
 * at the frame after that (painted: a requestAnimationFrame callback, then a task), and when the
 * Runde view's first step shows (its button), with DOMContentLoaded from the navigation entry.
 */
function readyProbe(button: string, viewButton: string): string {
  return `(() => {
    const button = ${JSON.stringify(button)};
    const viewButton = ${JSON.stringify(viewButton)};
    const usable = (b) => !b.disabled && b.getAttribute("aria-disabled") !== "true";
    const check = () => {
      for (const b of document.querySelectorAll("button")) {
        const text = b.textContent.trim();
        if (!window.__readyAt && text === button && usable(b)) {
          window.__readyAt = performance.now();
          window.__officeRanAt = performance.getEntriesByType("navigation")[0].domContentLoadedEventStart;
          requestAnimationFrame(() => setTimeout(() => { window.__paintedAt = performance.now(); }, 0));
        }
        if (!window.__viewAt && text === viewButton) window.__viewAt = performance.now();
      }
      if (window.__readyAt && window.__viewAt) observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

const FLOOR_PAGE = "floor.html";

/**
 * The floor page: taskpane.html's office.js tag, then at Office.onReady one Excel.run with one
 * sync, then a button with the pane's text (the probe sees it as the pane's).
 */
export function floorHtml(paneHtml: string, button: string): string {
  const office = paneHtml.match(/<script\b[^>]*\boffice\.js[^>]*><\/script>/i)?.[0];
  if (!office) throw new Error("bench: taskpane.html has no office.js script tag");
  const ready = `Office.onReady(function () {
    return Excel.run(function (context) {
      context.workbook.worksheets.getItemOrNullObject(${JSON.stringify(PLAN_SHEET)}).load("name");
      return context.sync();
    }).then(function () {
      var b = document.createElement("button");
      b.textContent = ${JSON.stringify(button)};
      document.body.appendChild(b);
    });
  });`;
  return `<!doctype html><html lang=da><head><meta charset=UTF-8>${office}</head><body><script>${ready}</script></body></html>`;
}

interface LoadTimes {
  ready: number;
  painted: number;
  view: number;
  officeRan: number;
}

async function loadOnce(
  browser: Browser,
  serverUrl: string,
  page: string,
  setup: PageSetup,
  probe: string,
  withView: boolean
): Promise<LoadTimes> {
  const { context } = await newAddinContext(browser, serverUrl, { setup });
  try {
    await context.addInitScript({ content: probe });
    const tab = await context.newPage();
    await tab.goto(`${serverUrl}${page}`);
    const handle = await tab.waitForFunction(
      (needsView) => {
        const w = window as unknown as Record<string, number | undefined>;
        return (
          w.__paintedAt &&
          (w.__viewAt || !needsView) && {
            ready: w.__readyAt,
            painted: w.__paintedAt,
            view: w.__viewAt ?? NaN,
            officeRan: w.__officeRanAt ?? NaN,
          }
        );
      },
      withView,
      { timeout: 30_000 }
    );
    return (await handle.jsonValue()) as LoadTimes;
  } finally {
    await context.close();
  }
}

/** The pane's loads and the floor's, alternately (which goes first alternates too). */
async function readyTimes(loads: number): Promise<{ pane: LoadTimes[]; floor: LoadTimes[] }> {
  const dist = copyDist();
  const button = t("da", "taskpane.refresh.button");
  const probe = readyProbe(button, t("da", "taskpane.formatting.button"));
  const paneHtml = readFileSync(path.join(dist.dir, "taskpane.html"), "utf8");
  writeFileSync(path.join(dist.dir, FLOOR_PAGE), floorHtml(paneHtml, button));
  const [server, browser, init] = await Promise.all([
    serveDirectory(dist.dir),
    launchChromium(),
    exampleInit(),
  ]);
  const setup = pageSetup(init);
  const pane: LoadTimes[] = [];
  const floor: LoadTimes[] = [];
  try {
    // One unmeasured pair warms the browser process, as Excel's would be.
    for (let i = 0; i <= loads; i++) {
      const paneFirst = i % 2 === 0;
      for (const isPane of paneFirst ? [true, false] : [false, true]) {
        const page = isPane ? "taskpane.html" : FLOOR_PAGE;
        const load = await loadOnce(browser, server.url, page, setup, probe, isPane);
        if (i > 0) (isPane ? pane : floor).push(load);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    dist.remove();
  }
  return { pane, floor };
}

export async function benchTaskpane(): Promise<Figure[]> {
  ensureBuilt();
  const gzipKb = initialJsGzipBytes() / 1024;
  const { pane: loads, floor } = await readyTimes(LOADS);
  const ready = loads.map((l) => l.ready);
  const floorReady = floor.map((l) => l.ready);
  const ms = (name: string, values: number[]): Figure => ({
    name,
    value: round(median(values), 0),
    unit: "ms",
  });
  return [
    { name: "taskpane.initial-js.gzip-kb", value: round(gzipKb, 1), unit: "KB" },
    ms("taskpane.ready.ms", ready),
    { name: "taskpane.ready.p25.ms", value: round(quantile(ready, 0.25), 0), unit: "ms" },
    { name: "taskpane.ready.p75.ms", value: round(quantile(ready, 0.75), 0), unit: "ms" },
    ms(
      "taskpane.ready-painted.ms",
      loads.map((l) => l.painted)
    ),
    ms(
      "taskpane.view-shown.ms",
      loads.map((l) => l.view)
    ),
    ms(
      "taskpane.office-ran.ms",
      loads.map((l) => l.officeRan)
    ),
    ms(
      "taskpane.after-office.ms",
      loads.map((l) => l.ready - l.officeRan)
    ),
    ms("taskpane.floor.ms", floorReady),
    {
      name: "taskpane.ready.vs-floor",
      value: round(median(ready.map((r, i) => r / floorReady[i])), 2),
      unit: "×",
    },
    ms(
      "taskpane.ready.over-floor.ms",
      ready.map((r, i) => r - floorReady[i])
    ),
    { name: "taskpane.ready.loads", value: loads.length, unit: "loads" },
    ...lazyChunkGzipBytes().map(({ name, bytes }) => ({
      name: `taskpane.chunk.${name}.gzip-kb`,
      value: round(bytes / 1024, 1),
      unit: "KB",
    })),
  ];
}
