// The limits of unpacking, measured: a real 20,000-action plan with two closed rounds opens
// (its unpacked size against the limit, and the time), and the zip bombs of the tests — a .docx
// and an .xlsx of 1.2 GB whitespace, declared or lying — are refused by the built command line
// in a process of its own, whose peak memory and wall time /usr/bin/time reports (targets:
// 600 MB and 15 s).

import { execFile } from "child_process";
import { mkdtempSync, promises as fs, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { promisify } from "util";
import { main } from "../src/cli/main";
import { readCentralDirectory } from "../src/package/centralDirectory";
import { MAX_UNPACKED_BYTES } from "../src/package/limits";
import { createPlanWorkbook } from "../src/xlsx/createPlanWorkbook";
import { openWorkbook, workbookBuffer } from "../src/xlsx/files";
import { saveGeneratedPlan } from "../test/support/generatedPlanFile";
import { bombOf } from "../test/support/zipBomb";
import { foundingDocument } from "../test/word/fixtures/foundingDocument";
import { smallPlan, smallSettings } from "../test/xlsx/support";
import { type Figure, round, timeMs } from "./figures";

const exec = promisify(execFile);
const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "statusoversigt.js");
const MB = 1024 * 1024;
const silent = { write: () => true };

async function unpackedMb(file: string): Promise<number> {
  const entries = readCentralDirectory(await fs.readFile(file)) ?? [];
  return round(entries.reduce((n, e) => n + e.unpackedSize, 0) / MB, 1);
}

/** Peak memory (MB) and wall time (s) of the built command in a process of its own. */
async function measured(args: string[]): Promise<{ code: number; rssMb: number; seconds: number }> {
  const { code, stderr } = await exec("/usr/bin/time", ["-v", process.execPath, BIN, ...args]).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr })
  );
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\d+):([\d.]+)/.exec(stderr);
  return { code, rssMb: round(rss / 1024, 0), seconds: Number(wall?.[1]) * 60 + Number(wall?.[2]) };
}

export async function benchInputLimits(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "statusoversigt-bench-limits-"));
  const figures: Figure[] = [];
  try {
    const plan = path.join(dir, "plan.xlsx");
    await saveGeneratedPlan(20_000, plan);
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await main(["close-round", plan, "-o", once, "--next", "2020-01"], {
      stdout: silent,
      stderr: silent,
    });
    await main(["close-round", once, "-o", twice, "--next", "2020-02"], {
      stdout: silent,
      stderr: silent,
    });
    const size = await unpackedMb(twice);
    const perRound = round(size - (await unpackedMb(once)), 1);
    figures.push(
      { name: "limits: 20,000 actions + 2 rounds, unpacked", value: size, unit: "MB" },
      { name: "limits: unpacked per closed round (20,000 actions)", value: perRound, unit: "MB" },
      { name: "limits: unpacked limit", value: MAX_UNPACKED_BYTES / MB, unit: "MB" },
      {
        name: "limits: rounds of 20,000 actions more the limit holds",
        value: Math.floor((MAX_UNPACKED_BYTES / MB - size) / perRound),
        unit: "rounds",
      },
      {
        name: "limits: open 20,000 actions + 2 rounds",
        value: round(await timeMs(() => openWorkbook(twice)), 0),
        unit: "ms",
      }
    );

    const docx = await foundingDocument();
    const xlsx = await workbookBuffer(createPlanWorkbook(smallPlan(), smallSettings()));
    for (const lie of [false, true]) {
      const label = lie ? "lying" : "declared";
      const docxBomb = path.join(dir, `bomb-${label}.docx`);
      const xlsxBomb = path.join(dir, `bomb-${label}.xlsx`);
      await fs.writeFile(docxBomb, await bombOf(docx, "word/document.xml", { lie }));
      await fs.writeFile(xlsxBomb, await bombOf(xlsx, "xl/worksheets/sheet1.xml", { lie }));
      for (const [kind, args] of [
        ["import .docx", ["import", docxBomb, "-o", path.join(dir, "out.xlsx")]],
        ["overview .xlsx", ["overview", xlsxBomb, "-o", path.join(dir, "out.xlsx")]],
      ] as const) {
        const result = await measured([...args]);
        if (result.code !== 1) throw new Error(`${kind} bomb (${label}) exited ${result.code}`);
        figures.push(
          { name: `limits: ${kind} bomb (${label}), peak memory`, value: result.rssMb, unit: "MB" },
          { name: `limits: ${kind} bomb (${label}), wall time`, value: result.seconds, unit: "s" }
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
