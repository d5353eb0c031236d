// Renders the task pane (with scripted operations, scripts/harness) in Chromium at task-pane
// widths, light and dark, Danish and English; saves screenshots to test-artifacts/taskpane and
// fails if the page scrolls horizontally or a control cannot be reached by Tab.
// Usage: npx tsx scripts/screenshot-taskpane.ts  (CHROMIUM_PATH overrides /usr/bin/chromium)

import { build } from "esbuild";
import { mkdirSync } from "fs";
import { join } from "path";
import { chromium, type Page } from "playwright-core";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "test-artifacts", "taskpane");

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "harness", "taskpaneHarness.tsx")],
    bundle: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    minify: true,
    loader: { ".json": "json" },
  });
  return result.outputFiles[0].text;
}

/** Elements wider than the viewport, by tag and text, to say what overflows. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 10)
      .map((el) => `${el.tagName}.${el.className} ${el.textContent?.slice(0, 40)}`);
  });
}

async function tabStops(page: Page): Promise<string[]> {
  // Start from the top of the page, as a user arriving in the pane.
  await page.mouse.click(1, 1);
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
      const name = el.getAttribute("aria-label") ?? labelled ?? el.textContent ?? "";
      return `${el.tagName.toLowerCase()}:${name.trim().slice(0, 80)}`;
    });
    if (!label || stops.includes(label)) break;
    stops.push(label);
  }
  return stops;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  const failures: string[] = [];
  try {
    for (const width of [320, 450]) {
      for (const theme of ["light", "dark"]) {
        for (const lang of ["da", "en"]) {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.route("https://harness.local/**", (route) =>
            route.fulfill({
              contentType: "text/html",
              body: `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="container"></div><script>${script.replace(/<\/script/g, "<\\/script")}</script></body></html>`,
            })
          );
          await page.goto(`https://harness.local/?lang=${lang}&theme=${theme}`);
          const refresh = lang === "da" ? "Opdater oversigt" : "Refresh overview";
          await page.getByRole("button", { name: refresh }).click();
          await page.getByText(/14[.:]32/).waitFor();
          const name = `pane-${width}-${theme}-${lang}`;
          await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
          const wide = await overflow(page);
          if (wide.length) failures.push(`${name}: horizontal overflow: ${wide.join(" | ")}`);
          if (width === 320 && theme === "light" && lang === "da") {
            const stops = await tabStops(page);
            console.log(`Tab order (${name}):\n  ${stops.join("\n  ")}`);
            if (!stops.some((s) => s.includes("måske")))
              failures.push(`${name}: problems not reachable by Tab`);
          }
          await page.close();
        }
      }
    }
    const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
    await page.route("https://harness.local/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html><head><meta charset="utf-8"></head><body><div id="container"></div><script>${script}</script></body></html>`,
      })
    );
    await page.goto("https://harness.local/?lang=da&plan=0");
    await page.getByRole("button", { name: "Opret plan" }).waitFor();
    await page.screenshot({ path: join(OUT, "pane-320-noplan.png"), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`Screenshots in ${OUT}`);
  if (failures.length) {
    console.error(failures.join("\n"));
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
