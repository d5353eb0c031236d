// Draws the add-in's icons (three overview columns with check marks) as SVG and rasterises
// them to the PNG sizes the manifest needs, with the Chromium that playwright-core drives.
// Usage: npx tsx scripts/make-icons.ts  (CHROMIUM_PATH overrides /usr/bin/chromium)

import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { chromium } from "playwright-core";

const GREEN = "#1E6B52";
const PALE = "#E3F1EC";
/** The marking colour of the current status round (see DESIGN.md). */
const RED = "#C00000";

const ASSETS = join(__dirname, "..", "assets");

/** Detailed motif on a 32-unit grid, for 32 px and up: column heads and two checked rows. */
export function largeIconSvg(): string {
  const columns = [2, 12, 22]
    .map((x, i) => {
      const secondCheck = i === 2 ? RED : GREEN;
      return [
        `<rect x="${x + 0.5}" y="4.5" width="8" height="24" rx="1.5" fill="${PALE}" stroke="${GREEN}"/>`,
        `<path d="M${x + 0.5} 10 V6 a1.5 1.5 0 0 1 1.5 -1.5 h5 a1.5 1.5 0 0 1 1.5 1.5 V10 Z" fill="${GREEN}"/>`,
        check(x + 1.6, 14.2, 5.8, GREEN),
        check(x + 1.6, 21.2, 5.8, secondCheck),
      ].join("");
    })
    .join("");
  return svg(32, columns);
}

/** Simplified motif on a 16-unit grid, for 16 px: three solid columns, a white check each. */
export function smallIconSvg(): string {
  const columns = [1, 6, 11]
    .map(
      (x) =>
        `<rect x="${x}" y="2" width="4" height="12" rx="0.8" fill="${GREEN}"/>` +
        `<path d="M${x + 0.7} 8.4 L${x + 1.6} 9.5 L${x + 3.3} 6.6" fill="none" stroke="#FFFFFF" stroke-width="1.1" stroke-linecap="round" stroke-linejoin="round"/>`
    )
    .join("");
  return svg(16, columns);
}

/** A check mark whose box starts at (x, y) and is `w` wide. */
function check(x: number, y: number, w: number, color: string): string {
  const h = w * 0.7;
  return (
    `<path d="M${x} ${y + h * 0.55} L${x + w * 0.36} ${y + h} L${x + w} ${y}" fill="none" ` +
    `stroke="${color}" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

function svg(grid: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${grid} ${grid}" width="${grid}" height="${grid}">` +
    `${body}</svg>\n`
  );
}

async function main(): Promise<void> {
  mkdirSync(ASSETS, { recursive: true });
  const large = largeIconSvg();
  const small = smallIconSvg();
  writeFileSync(join(ASSETS, "icon.svg"), large);
  writeFileSync(join(ASSETS, "icon-small.svg"), small);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  });
  try {
    const page = await browser.newPage();
    for (const size of [16, 32, 64, 80]) {
      const source = (size === 16 ? small : large).replace(
        /width="\d+" height="\d+"/,
        `width="${size}" height="${size}"`
      );
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${source}</body></html>`
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(join(ASSETS, `icon-${size}.png`), png);
      console.log(`assets/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
