// Zip bombs on the built command line, as a user runs it: a .docx whose word/document.xml and
// an .xlsx whose first worksheet hold 1.2 GB of whitespace in 1.2 MB, once with their true sizes
// declared and once lying. Each is refused with the size and the limit, exit 1, nothing written,
// in a process whose memory /usr/bin/time measures (at most 600 MB) within 15 s.

import { execFile } from "child_process";
import { existsSync, promises as fs } from "fs";
import * as path from "path";
import { promisify } from "util";
import { createPlanWorkbook } from "../../src/xlsx/createPlanWorkbook";
import { workbookBuffer } from "../../src/xlsx/files";
import { foundingDocument } from "../word/fixtures/foundingDocument";
import { makeTempDir, smallPlan, smallSettings } from "../xlsx/support";
import { bombOf } from "../support/zipBomb";

const exec = promisify(execFile);
const build = require("../../scripts/build-cli.js") as { OUT: string; ensureBuilt(): string };

const BIN = path.join(__dirname, "..", "..", "bin", "statusoversigt.js");
const MAX_RSS_KB = 600 * 1024;
const MAX_SECONDS = 15;

interface Measured {
  code: number;
  stderr: string;
  maxRssKb: number;
  seconds: number;
}

/** The built command in a process of its own, under GNU time's verbose report. */
async function measured(args: string[], env: Record<string, string> = {}): Promise<Measured> {
  const result = await exec("/usr/bin/time", ["-v", process.execPath, BIN, ...args], {
    env: { ...process.env, LANG: "en_US.UTF-8", ...env },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr })
  );
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    result.stderr
  );
  if (!rss || !wall) throw new Error(`no time report in: ${result.stderr}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const stderr = result.stderr.slice(0, result.stderr.indexOf("\tCommand being timed"));
  return { code: result.code, stderr, maxRssKb: Number(rss[1]), seconds };
}

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  build.ensureBuilt();
  temp = makeTempDir();
}, 120_000);
afterAll(() => temp.cleanup());

/** What each bomb measured, for the report at the end of the run. */
const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) process.stdout.write(`${figures.join("\n")}\n`);
});

describe.each([
  ["with its true size declared", false, /unpacked, it holds 1152 MB, and the limit is 500 MB/],
  [
    "declaring a small size",
    true,
    /unpacks to > \d+ MB from \d+ KB \(> \d+ times\), and the limit is 100 times/,
  ],
])("a zip bomb %s", (label, lie, message) => {
  it("as a .docx: import refuses it, exit 1, nothing written, bounded memory", async () => {
    const docx = path.join(temp.dir, `bomb-${lie}.docx`);
    await fs.writeFile(docx, await bombOf(await foundingDocument(), "word/document.xml", { lie }));
    const output = path.join(temp.dir, `bomb-${lie}-docx.xlsx`);
    const result = await measured(["import", docx, "-o", output]);
    figures.push(
      `import .docx bomb ${label}: ${Math.round(result.maxRssKb / 1024)} MB, ${result.seconds} s`
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${docx}: The file is too large to read`);
    expect(result.stderr).toMatch(message);
    expect(existsSync(output)).toBe(false);
    expect(result.maxRssKb).toBeLessThan(MAX_RSS_KB);
    expect(result.seconds).toBeLessThan(MAX_SECONDS);
  }, 60_000);

  it("as an .xlsx: overview refuses it, exit 1, nothing written, bounded memory", async () => {
    const plan = await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings()));
    const xlsx = path.join(temp.dir, `bomb-${lie}.xlsx`);
    await fs.writeFile(xlsx, await bombOf(plan, "xl/worksheets/sheet1.xml", { lie }));
    const output = path.join(temp.dir, `bomb-${lie}-out.xlsx`);
    const result = await measured(["overview", xlsx, "-o", output]);
    figures.push(
      `overview .xlsx bomb ${label}: ${Math.round(result.maxRssKb / 1024)} MB, ${result.seconds} s`
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${xlsx}: The file is too large to read`);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toContain("not an Excel workbook");
    expect(existsSync(output)).toBe(false);
    expect(result.maxRssKb).toBeLessThan(MAX_RSS_KB);
    expect(result.seconds).toBeLessThan(MAX_SECONDS);
  }, 60_000);
});

it("measures a plain run the same way, so the figures above have a floor", async () => {
  const plan = path.join(temp.dir, "plain.xlsx");
  await fs.writeFile(plan, await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings())));
  const result = await measured(["overview", plan, "-o", path.join(temp.dir, "plain.out.xlsx")]);
  figures.push(
    `overview of a small plan: ${Math.round(result.maxRssKb / 1024)} MB, ${result.seconds} s`
  );
  expect(result.code).toBe(0);
}, 60_000);
