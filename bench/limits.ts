// Excel on the web's 5 MB response limit, through Microsoft's client and the fake server: for
// plans of 1,000, 10,000 and 20,000 actions with 400-character notes and 8 closed rounds, the
// largest response of any operation (excel.read.response-bytes-max.N, to stay under 4.5 MB)
// and the syncs of each rounds operation (excel.rounds.<operation>.syncs.N), beside the bound
// 1 + ⌈bytes / 4 MB⌉ for each direction (…syncs-bound.N); for the operations that write a
// generated sheet, the write side alone (…write-syncs.N beside 1 + ⌈request bytes / 4 MB⌉).

import { createExcelOperations, type ExcelOperations } from "../src/excel";
import { createWireExcel } from "../test/fake-excel/officeClient";
import { FIXED_NOW } from "../test/excel/support";
import { closedRounds, largeInit } from "../test/excel/largeWorkbook";
import type { Figure } from "./figures";

const SIZES = (process.env.BENCH_LIMIT_SIZES ?? "1000,10000,20000").split(",").map(Number);
const DEC = { year: 2019, month: 12 };

const OPERATIONS: [
  string,
  (ops: ExcelOperations, last: { year: number; month: number }) => Promise<unknown>,
][] = [
  ["refresh", (ops) => ops.refreshOverview()],
  ["rounds-overview", (ops) => ops.getRounds()],
  ["close-round", (ops) => ops.closeRound(DEC)],
  ["changes-sheet", (ops, last) => ops.compareRounds(last, "now", true)],
  ["overview-for-round", (ops, last) => ops.overviewForRound(last)],
];

/** The operations that write a generated sheet through the overview writer. */
const WRITERS = new Set(["refresh", "changes-sheet", "overview-for-round"]);

export async function benchLimits(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of SIZES) {
    const init = largeInit(size, 8);
    const last = closedRounds(8)[7];
    let largest = 0;
    for (const [name, run] of OPERATIONS) {
      const host = createWireExcel(structuredClone(init), { webPayloadLimit: true });
      const ops = createExcelOperations(host.Excel, host.Office, { now: () => FIXED_NOW });
      await run(ops, last).catch((e: { cause?: unknown }) => {
        throw e.cause ?? e;
      });
      const stats = host.server.stats;
      const syncs = stats.requests - stats.cleanups;
      const requests = stats.requestBytes.reduce((a, b) => a + b, 0);
      const responses = stats.responseBytes.reduce((a, b) => a + b, 0);
      largest = Math.max(largest, ...stats.responseBytes);
      figures.push({ name: `excel.rounds.${name}.syncs.${size}`, value: syncs, unit: "syncs" });
      figures.push({
        name: `excel.rounds.${name}.syncs-bound.${size}`,
        value: 2 + Math.ceil(requests / 4_000_000) + Math.ceil(responses / 4_000_000),
        unit: "syncs",
      });
      if (WRITERS.has(name)) {
        // The write side alone: the generated sheet's chunks (and charts) are the last syncs.
        const writes = ops.lastWriteSyncs;
        const written = stats.requestBytes.slice(-writes).reduce((a, b) => a + b, 0);
        figures.push({
          name: `excel.rounds.${name}.write-syncs.${size}`,
          value: writes,
          unit: "syncs",
        });
        figures.push({
          name: `excel.rounds.${name}.write-syncs-bound.${size}`,
          value: 1 + Math.ceil(written / 4_000_000),
          unit: "syncs",
        });
      }
    }
    figures.push({ name: `excel.read.response-bytes-max.${size}`, value: largest, unit: "bytes" });
  }
  return figures;
}
