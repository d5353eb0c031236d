// Reads a PDF printed by LibreOffice: the word boxes (`pdftotext -bbox-layout`) and the header
// row's fill rectangle on each page (`pdftocairo -svg`), in points from the page's top left.

import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";

export interface Box {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Word extends Box {
  text: string;
}

const num = (s: string) => Number.parseFloat(s);

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** The words of every page, in pdftotext's reading order. */
export function pdfWords(pdf: string): Word[][] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return html
    .split(/<page /)
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
        ),
      ].map((m) => ({
        xMin: num(m[1]),
        yMin: num(m[2]),
        xMax: num(m[3]),
        yMax: num(m[4]),
        text: decodeEntities(m[5]),
      }))
    );
}

type Matrix = [number, number, number, number, number, number];

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** `#RRGGBB` as cairo writes it in SVG: `rgb(86.666667%,…)`, compared to 0.5 %. */
function fillMatches(style: string, hex: string): boolean {
  const m = /fill:rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)/.exec(style);
  if (!m) return false;
  const want = [1, 3, 5].map((i) => (parseInt(hex.slice(i, i + 2), 16) / 255) * 100);
  return [m[1], m[2], m[3]].every((v, i) => Math.abs(num(v) - want[i]) < 0.5);
}

/** Per page, the bounding box of every area filled with `hex`; null on pages without one. */
export function filledBoxes(pdf: string, pages: number, hex: string): (Box | null)[] {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-svg-"));
  try {
    const boxes: (Box | null)[] = [];
    for (let p = 1; p <= pages; p++) {
      const file = path.join(dir, `page-${p}.svg`);
      execFileSync("pdftocairo", ["-svg", "-f", String(p), "-l", String(p), pdf, file]);
      const svg = readFileSync(file, "utf8").split("</defs>").pop() ?? "";
      let box: Box | null = null;
      for (const m of svg.matchAll(
        /<path style="([^"]*)" d="([^"]*)"(?: transform="matrix\(([^)]*)\)")?/g
      )) {
        if (!fillMatches(m[1], hex)) continue;
        const matrix = (m[3] ? m[3].split(",").map(num) : [1, 0, 0, 1, 0, 0]) as Matrix;
        const coords = (m[2].match(/-?[\d.]+/g) ?? []).map(num);
        for (let i = 0; i + 1 < coords.length; i += 2) {
          const [x, y] = apply(matrix, coords[i], coords[i + 1]);
          box = box
            ? {
                xMin: Math.min(box.xMin, x),
                yMin: Math.min(box.yMin, y),
                xMax: Math.max(box.xMax, x),
                yMax: Math.max(box.yMax, y),
              }
            : { xMin: x, yMin: y, xMax: x, yMax: y };
        }
      }
      boxes.push(box);
    }
    return boxes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Converts workbooks to PDF with LibreOffice in one run (its own throwaway profile). */
export function convertToPdf(files: readonly string[], outDir: string): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), "statusoversigt-lo-"));
  try {
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${profile}`,
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        ...files,
      ],
      { stdio: "ignore", timeout: 240_000 }
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
}

/** The names of the fonts embedded in a PDF (`pdffonts`), without subset prefixes. */
export function pdfFonts(pdf: string): string[] {
  const table = execFileSync("pdffonts", [pdf], { encoding: "utf8" });
  return table
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""))
    .filter(Boolean);
}
