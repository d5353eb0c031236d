// For `npm run bench`: the round trips and request sizes of one overview refresh through the
// Office adapter and Microsoft's Office.js client, on the protocol-level fake server with N
// generated actions. Bytes are the real request bodies; Excel on the web's 5 MB request limit
// is switched on, so a refresh that would break on the web fails here too.

import { createExcelOperations } from "../../src/excel";
import { createWireExcel } from "../fake-excel/officeClient";
import { FIXED_NOW, generatedInit } from "./support";

export interface RefreshMeasure {
  actions: number;
  /** context.sync() calls of the refresh (read + write chunks). */
  syncs: number;
  /** Request body size of each sync in bytes, in order (as Office.js sent it). */
  requestBytes: number[];
  /** Largest cell count of one setCellProperties / values / numberFormat call. */
  cellsPerCallMax: number;
}

/** One refresh of a fresh workbook with `actions` generated actions. */
export async function measureExcelRefresh(actions: number): Promise<RefreshMeasure> {
  const host = createWireExcel(generatedInit(actions), { webPayloadLimit: true });
  const ops = createExcelOperations(host.Excel, host.Office, { now: () => FIXED_NOW });
  const syncsBefore = host.stats.syncs;
  const bytesBefore = host.stats.requestBytes.length;
  const outcome = await ops.refreshOverview();
  if (!outcome.written)
    throw new Error(`excel bench: the overview of ${actions} actions was not written`);
  return {
    actions,
    syncs: host.stats.syncs - syncsBefore,
    requestBytes: host.stats.requestBytes.slice(bytesBefore),
    cellsPerCallMax: Math.max(0, ...host.server.stats.cellsPerCall),
  };
}

export const BENCH_SIZES = [100, 1_000, 10_000, 20_000] as const;

/**
 * The figures `excel.refresh.syncs.N` and `excel.refresh.request-bytes.N` (the largest single
 * request, the one the 5 MB limit applies to; `…-total.N` adds all requests up) and
 * `excel.refresh.cells-per-call-max.N` for N = 100, 1,000, 10,000 and 20,000.
 */
export async function excelRefreshFigures(
  sizes: readonly number[] = BENCH_SIZES
): Promise<{ name: string; value: number; unit: string }[]> {
  const figures: { name: string; value: number; unit: string }[] = [];
  for (const n of sizes) {
    const measure = await measureExcelRefresh(n);
    figures.push({ name: `excel.refresh.syncs.${n}`, value: measure.syncs, unit: "syncs" });
    figures.push({
      name: `excel.refresh.request-bytes.${n}`,
      value: Math.max(...measure.requestBytes),
      unit: "bytes",
    });
    figures.push({
      name: `excel.refresh.request-bytes-total.${n}`,
      value: measure.requestBytes.reduce((sum, bytes) => sum + bytes, 0),
      unit: "bytes",
    });
    figures.push({
      name: `excel.refresh.cells-per-call-max.${n}`,
      value: measure.cellsPerCallMax,
      unit: "cells",
    });
  }
  return figures;
}
