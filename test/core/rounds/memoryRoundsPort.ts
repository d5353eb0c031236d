// An in-memory RoundsPort: a plan grid and a history grid that writes really change, so the use
// cases can be run round after round on plain data.

import type { Diagnostic } from "../../../src/core/diagnostics";
import type { YearMonth } from "../../../src/core/model";
import type { RawCell } from "../../../src/core/raw";
import type {
  ChangesSheet,
  HistoryValue,
  RoundsPort,
  RoundsSnapshot,
  RoundWrite,
} from "../../../src/core/rounds";
import type { SheetDescription } from "../../../src/core/sheet";
import { PLAN_HEADER } from "../../support/memoryPort";

export interface MemoryRoundsPort extends RoundsPort {
  plan: { header: RawCell[]; rows: RawCell[][] };
  history: { header: RawCell[]; rows: RawCell[][] } | null;
  statusDate: YearMonth | null;
  overviews: SheetDescription[];
  changesSheets: ChangesSheet[];
  reported: Diagnostic[][];
  reads: number;
  writes: number;
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
    reported: [],
    reads: 0,
    writes: 0,
    async read() {
      return this.readRounds();
    },
    async readRounds(): Promise<RoundsSnapshot> {
      port.reads++;
      return structuredClone({
        plan: {
          kind: "table",
          sheet: "Plan",
          headerRow: 1,
          header: port.plan.header,
          rows: port.plan.rows,
        },
        settings: port.statusDate
          ? {
              sheet: "Indstillinger",
              firstRow: 2,
              rows: [["Aktuel statusdato", `${port.statusDate.year}-${port.statusDate.month}`]],
            }
          : null,
        overview: port.overviews.length > 0 ? "generated" : "absent",
        history: port.history
          ? {
              source: {
                sheet: "Historik",
                headerRow: 1,
                header: port.history.header,
                rows: port.history.rows,
              },
              width: port.history.header.length,
              foreignSheet: false,
            }
          : { source: null, width: 0, foreignSheet: false },
      } as RoundsSnapshot);
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
    },
    async writeOverview(sheet) {
      port.writes++;
      port.overviews.push(sheet);
    },
    async writeChangesSheet(sheet) {
      port.writes++;
      port.changesSheets.push(sheet);
    },
    report(diagnostics) {
      port.reported.push([...diagnostics]);
    },
  };
  return port;
}
