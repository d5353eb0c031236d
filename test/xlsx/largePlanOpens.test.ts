// The limits of unpacking are far above a real plan. A plan with a closed round in its history
// opens, and its sizes, which grow linearly with the actions and the rounds, leave a plan of
// 20,000 actions room for 50 rounds of history under the limit. (`npm run bench` opens a real
// 20,000-action plan with its history: too slow for a test.)

import { promises as fs } from "fs";
import * as path from "path";
import { readCentralDirectory } from "../../src/package/centralDirectory";
import { MAX_UNPACKED_BYTES } from "../../src/package/limits";
import { openWorkbook } from "../../src/xlsx/files";
import { saveGeneratedPlan } from "../support/generatedPlanFile";
import { run } from "../cli/support";
import { makeTempDir } from "./support";

const ACTIONS = 1_000;
const REAL_ACTIONS = 20_000;

async function unpacked(file: string): Promise<number> {
  const entries = readCentralDirectory(await fs.readFile(file)) ?? [];
  return entries.reduce((n, e) => n + e.unpackedSize, 0);
}

it("opens a plan with its history, and leaves 20,000 actions room for 50 rounds", async () => {
  const temp = makeTempDir();
  try {
    const plan = path.join(temp.dir, "plan.xlsx");
    await saveGeneratedPlan(ACTIONS, plan);
    // Two rounds closed: the second one's growth is what every further round adds.
    const once = path.join(temp.dir, "once.xlsx");
    const closed = path.join(temp.dir, "closed.xlsx");
    expect((await run(["close-round", plan, "-o", once, "--next", "2020-01"])).code).toBe(0);
    expect((await run(["close-round", once, "-o", closed, "--next", "2020-02"])).code).toBe(0);

    const workbook = await openWorkbook(closed);
    expect(workbook.getWorksheet("Historik")?.rowCount).toBeGreaterThan(2 * ACTIONS);
    const after = await unpacked(closed);
    const perRound = after - (await unpacked(once));
    expect(perRound).toBeGreaterThan(0);
    const scale = REAL_ACTIONS / ACTIONS;
    expect(scale * (after + 50 * perRound)).toBeLessThan(MAX_UNPACKED_BYTES);
  } finally {
    temp.cleanup();
  }
}, 120_000);
