// Debian's Chromium driven by playwright-core (nothing downloaded), and browser contexts that
// serve the add-in with the fake office.js: every request except to the local server and the
// Office.js CDN URL (answered locally) is aborted, so no test can reach the network.

import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { fakeOfficeScript, PLAIN_BROWSER_OFFICE_SCRIPT } from "./fakeOfficeScript";
import type { FakeHandle, PageSetup } from "./pageSetup";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * What answers the page's office.js request: the fake over a workbook, nothing (404: the CDN
 * unreachable), or office.js as in a plain browser tab (Office without a host).
 */
export type OfficeMode = "fake" | "missing" | "plainBrowser";

export interface AddinContextOptions {
  office?: OfficeMode;
  /** Required for office "fake". */
  setup?: PageSetup;
  width?: number;
  height?: number;
  locale?: string;
}

export interface AddinContext {
  context: BrowserContext;
  /** URLs the page tried to load from elsewhere (all aborted). */
  blocked: string[];
  /** Uncaught page errors (pageerror), as text. */
  pageErrors: string[];
}

export async function newAddinContext(
  browser: Browser,
  serverUrl: string,
  options: AddinContextOptions = {}
): Promise<AddinContext> {
  const office = options.office ?? "fake";
  const context = await browser.newContext({
    viewport: { width: options.width ?? 360, height: options.height ?? 800 },
    locale: options.locale ?? "da-DK",
    timezoneId: "Europe/Copenhagen",
    serviceWorkers: "block",
  });
  const origin = new URL(serverUrl).origin;
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  // Only requests to other origins are routed: the local server's are not intercepted, so
  // the pane's own files load as from any web server (routing every request slowed each one).
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) {
        if (office === "missing") return route.fulfill({ status: 404, body: "not found" });
        const body = office === "fake" ? fakeOfficeScript() : PLAIN_BROWSER_OFFICE_SCRIPT;
        return route.fulfill({ contentType: "text/javascript; charset=utf-8", body });
      }
      blocked.push(url);
      return route.abort("blockedbyclient");
    }
  );
  if (office === "fake") {
    if (!options.setup) throw new Error("newAddinContext: office 'fake' needs a setup");
    await context.addInitScript({
      content: `window.__e2eSetup = ${JSON.stringify(options.setup)};`,
    });
  }
  context.on("page", (page) => page.on("pageerror", (error) => pageErrors.push(String(error))));
  return { context, blocked, pageErrors };
}

/** Calls a method of window.__fake in the page and returns its (serialisable) result. */
export function fake<K extends keyof FakeHandle>(
  page: Page,
  method: K,
  ...args: FakeHandle[K] extends (...a: infer A) => unknown ? A : []
): Promise<FakeHandle[K] extends (...a: never[]) => infer R ? Awaited<R> : FakeHandle[K]> {
  return page.evaluate(
    ([name, params]) => {
      const handle = (window as unknown as { __fake: Record<string, unknown> }).__fake;
      const member = handle[name];
      return typeof member === "function"
        ? (member as (...a: unknown[]) => unknown).apply(handle, params)
        : member;
    },
    [method, args] as [string, unknown[]]
  ) as never;
}
