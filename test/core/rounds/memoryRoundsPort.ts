// An in-memory RoundsPort: a plan grid and a history grid that writes really change, so the use
// cases can be run round after round on plain data.

import type { Diagnostic } from "../../../src/core/diagnostics";
import type { YearMonth } from "../../../src/core/model";
import type { RawCell } from "../../../src/core/raw";
import type {
  ChartDescription,
  HistoryValue,
  RoundsPort,
  RoundWrite,
} from "../../../src/core/rounds";
import { GENERATED_SHEETS, type RawWorkbook, type ReadOptions } from "../../../src/core/port";
import type { SheetDescription } from "../../../src/core/sheet";
import { PLAN_HEADER } from "../../support/memoryPort";

export interface MemoryRoundsPort extends RoundsPort {
  plan: { header: RawCell[]; rows: RawCell[][] };
  history: { header: RawCell[]; rows: RawCell[][] } | null;
  statusDate: YearMonth | null;
  overviews: SheetDescription[];
  changesSheets: SheetDescription[];
  charts: ChartDescription[];
  /** Generated sheets written (their markers point at them). */
  generated: string[];
  reported: Diagnostic[][];
  reads: number;
  writes: number;
  /** Name Statusoversigt_HoejesteID's value; undefined: no such name. */
  highestId?: RawCell;
  /** The column right of the plan (header row first); undefined: empty. */
  nextColumn?: RawCell[];
}

export function memoryRoundsPort(
  rows: RawCell[][],
  statusDate: YearMonth | null
): MemoryRoundsPort {
  const port: MemoryRoundsPort = {
    plan: { header: [...PLAN_HEADER], rows: rows.map((r) => [...r]) },
    history: null,
    statusDate,
    overviews: [],
    changesSheets: [],
    charts: [],
    generated: [],
    reported: [],
    reads: 0,
    writes: 0,
    async read(options?: ReadOptions): Promise<RawWorkbook> {
      port.reads++;
      const history = options?.history && port.history;
      return structuredClone({
        sheets: ["Plan", ...(port.history ? ["Historik"] : [])],
        planTable: {
          sheet: "Plan",
          row: 0,
          column: 0,
          values: [port.plan.header, ...port.plan.rows],
        },
        planSheet: null,
        settingsTable: null,
        settingsSheet: null,
        ...(port.statusDate
          ? { currentStatusDate: `${port.statusDate.year}-${port.statusDate.month}` }
          : {}),
        markers: Object.fromEntries(
          port.generated.map((name) => [name, { sheet: name, row: 0, column: 0 }])
        ),
        ...(port.highestId !== undefined ? { highestId: port.highestId } : {}),
        planNextColumn: options?.history
          ? {
              sheet: "Plan",
              row: 0,
              column: port.plan.header.length,
              values: (port.nextColumn ?? []).map((v) => [v]),
            }
          : null,
        historyTable: history
          ? { sheet: "Historik", row: 0, column: 0, values: [history.header, ...history.rows] }
          : null,
      } satisfies RawWorkbook);
    },
    async writeRound(write: RoundWrite) {
      port.writes++;
      let idIndex = write.ids.idIndex;
      if (idIndex === null) {
        idIndex = port.plan.header.length;
        port.plan.header.push("ID");
        port.plan.rows.forEach((r) => r.push(null));
      }
      for (const { row, id } of write.ids.assignments) port.plan.rows[row - 2][idIndex] = id;
      if (write.history.create)
        port.history = { header: [...write.history.create.header], rows: [] };
      const history = port.history!;
      for (const row of write.history.deleteRows) history.rows.splice(row - 2, 1);
      history.rows.push(
        ...write.history.rows.map((r: HistoryValue[]) => r.map((v) => (v === "" ? null : v)))
      );
      if (write.next) port.statusDate = write.next;
      if (write.highestIdFormula) port.highestId = Number(write.highestIdFormula.slice(1));
    },
    async writeGeneratedSheet(sheet: SheetDescription, marker: string) {
      port.writes++;
      if (marker === GENERATED_SHEETS.overview.marker) port.overviews.push(sheet);
      else port.changesSheets.push(sheet);
      if (!port.generated.includes(sheet.name)) port.generated.push(sheet.name);
    },
    async writeCharts(_sheet: string, charts: readonly ChartDescription[]) {
      port.charts.push(...charts);
    },
    report(diagnostics) {
      port.reported.push([...diagnostics]);
    },
  };
  return port;
}
