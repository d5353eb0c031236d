// Status rounds in the core: reading a history of 10,000 actions × 2 rounds from raw rows and
// comparing the rounds (diff, per-area counts, the JSON); and closing a round of 10,000
// actions (IDs, snapshot, the history write). Target: core.changes.ms.10000 under 100 ms.

import { yearMonthToExcelSerial } from "../src/core/dates";
import type { RawCell } from "../src/core/raw";
import { readPlan } from "../src/core/readPlan";
import { changesJson, computeChanges, planCloseRound, readHistory } from "../src/core/rounds";
import { PLAN_HEADER, generatedPlanRows } from "../test/support/generatedPlan";
import { createExcelOperations } from "../src/excel";
import { createWireExcel } from "../test/fake-excel/officeClient";
import { FIXED_NOW, generatedInit } from "../test/excel/support";
import { type Figure, medianMs, round } from "./figures";

const SIZE = 10000;
const TARGET_MS = 100;
const SEP = { year: 2019, month: 9 };
const DEC = { year: 2019, month: 12 };
const HEADER = [
  "Statusrunde",
  "ID",
  "Fokusområde",
  "Indsats",
  "Handling/aktivitet",
  "Status",
  "Statusnote",
  "Statusdato",
  "Lukket",
];
const STATUSES = ["√", "(√)", "%", ""];

/** Two rounds of `size` actions: in the second, every 7th status moves and every 5th note changes. */
function historyGrid(size: number): RawCell[][] {
  const rows: RawCell[][] = [];
  for (const [r, month] of [SEP, DEC].entries()) {
    const serial = yearMonthToExcelSerial(month);
    for (let i = 0; i < size; i++) {
      const moved = r === 1 && i % 7 === 0;
      const noted = r === 1 && i % 5 === 0;
      rows.push([
        serial,
        `H-${String(i + 1).padStart(3, "0")}`,
        ["Overordnet fokus", "Skole & Uddannelse", "Erhverv"][i % 3],
        `Indsats ${Math.floor(i / 30) + 1}`,
        `Handling ${i + 1}: koordinere besøg, opfølgning og afrapportering med partnerne i Wuxi`,
        STATUSES[(i + (moved ? 1 : 0)) % 4],
        noted ? `Note ${i + 1}: ny status drøftet på mødet` : `Note ${i + 1}`,
        serial,
        serial + 1.5,
      ]);
    }
  }
  return rows;
}

function changesOnce(rows: RawCell[][]): number {
  const read = readHistory({ sheet: "Historik", headerRow: 1, header: HEADER, rows });
  const result = computeChanges({
    history: read.history,
    historySheet: "Historik",
    now: null,
    planSheet: "Plan",
    idColumn: "ID",
    areaOrder: [],
    from: SEP,
    to: DEC,
  });
  if (!result.ok || !result.from) throw new Error("bench: changes failed");
  return changesJson({ ...result, from: result.from }).changes.length;
}

function closeOnce(rows: RawCell[][]): number {
  const plan = readPlan({
    kind: "table",
    sheet: "Plan",
    headerRow: 1,
    firstColumn: 0,
    header: PLAN_HEADER,
    rows,
  });
  const result = planCloseRound({
    plan,
    planSheet: "Plan",
    history: null,
    round: DEC,
    closedAt: new Date(2019, 11, 2, 12, 0),
    language: "da",
  });
  return result.write?.rows.length ?? 0;
}

/**
 * Closing rounds of `size` actions in Excel through Microsoft's client and the protocol-level
 * fake (web 5 MB limit on): the first close (no history, every ID new) and the next one (the
 * history already holds a round). Syncs and the largest request of each.
 */
async function excelCloseFigures(size: number): Promise<Figure[]> {
  const host = createWireExcel(generatedInit(size), { webPayloadLimit: true });
  const ops = createExcelOperations(host.Excel, host.Office, { now: () => FIXED_NOW });
  const figures: Figure[] = [];
  for (const [label, month] of [
    ["first", SEP],
    ["next", DEC],
  ] as const) {
    const syncs = host.stats.syncs;
    const bytes = host.stats.requestBytes.length;
    const result = await ops.closeRound(month);
    if (!result.written) throw new Error(`bench: closing ${label} round of ${size} failed`);
    figures.push({
      name: `excel.close-round.${label}.syncs.${size}`,
      value: host.stats.syncs - syncs,
      unit: "syncs",
    });
    figures.push({
      name: `excel.close-round.${label}.request-bytes.${size}`,
      value: Math.max(...host.stats.requestBytes.slice(bytes)),
      unit: "bytes",
    });
  }
  return figures;
}

export async function benchRounds(): Promise<Figure[]> {
  const history = historyGrid(SIZE);
  const plan = generatedPlanRows(SIZE);
  const changesMs = await medianMs(() => changesOnce(history), 9, 3);
  const closeMs = await medianMs(() => closeOnce(plan), 9, 3);
  return [
    { name: `core.changes.ms.${SIZE}`, value: changesMs, unit: "ms" },
    { name: `core.changes.entries.${SIZE}`, value: changesOnce(history), unit: "entries" },
    {
      name: `core.changes.target-ratio.${SIZE}`,
      value: round(changesMs / TARGET_MS),
      unit: "× of 100 ms budget",
    },
    { name: `core.close-round.ms.${SIZE}`, value: closeMs, unit: "ms" },
    { name: `core.close-round.history-rows.${SIZE}`, value: closeOnce(plan), unit: "rows" },
    ...(await excelCloseFigures(SIZE)),
  ];
}
