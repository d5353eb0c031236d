// Another user of the shared workbook. In Excel on the web, co-authors' edits are merged into
// the workbook between two of the add-in's requests ("Coauthoring in Excel add-ins": values an
// add-in copied into JavaScript variables are not kept in sync, check them again before use),
// and each raises onChanged with source "Remote" ("Work with Events using the Excel JavaScript
// API": EventSource.remote). Tables and names adjust as Excel adjusts them (shiftRows.ts).
// A test schedules edits on the wire server: `host.server.afterResponse(n, (co) => …)` or
// `host.server.beforeRequest(n, …)`, or applies them now through `host.server.coauthor`.

import { MAX_COLUMNS, parseAddress, type Rect } from "./address";
import { writeContents } from "./cells";
import { deleteCells, insertCells } from "./deleteCells";
import type { HostCore } from "./hostcore";
import { type SheetState, type TableState, cellKey, findSheet, keyCol, keyRow } from "./state";
import { cellValue } from "./values";
import { validateSheetName } from "./worksheet";

export type CoAuthorEdit = (co: CoAuthor) => void;

export class CoAuthor {
  constructor(private readonly core: HostCore) {}

  /** Runs `change` as one remote edit: its changes raise onChanged with source Remote. */
  private edit(change: () => void): void {
    this.core.beginBatch();
    try {
      change();
    } finally {
      this.core.endEdit("Remote", false);
    }
  }

  private sheet(name: string): SheetState {
    const sheet = findSheet(this.core.wb, name);
    if (!sheet) throw new Error(`fake-excel co-author: no sheet '${name}'`);
    return sheet;
  }

  private table(name: string): { table: TableState; sheet: SheetState } {
    const table = this.core.wb.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new Error(`fake-excel co-author: no table '${name}'`);
    return { table, sheet: this.core.wb.sheets.find((s) => s.id === table.sheetId)! };
  }

  /** Deletes whole sheet rows (1-based `row`, as the row headers show it). */
  deleteRows(sheet: string, row: number, count = 1): void {
    const rect: Rect = { r0: row - 1, r1: row - 2 + count, c0: 0, c1: MAX_COLUMNS - 1 };
    this.edit(() => deleteCells(this.core, this.sheet(sheet), rect, "Up"));
  }

  /** Inserts whole sheet rows above 1-based `row`. */
  insertRows(sheet: string, row: number, count = 1): void {
    const rect: Rect = { r0: row - 1, r1: row - 2 + count, c0: 0, c1: MAX_COLUMNS - 1 };
    this.edit(() => insertCells(this.core, this.sheet(sheet), rect, "Down"));
  }

  /** Deletes table rows ("Delete Table Rows"): body row `index` (0-based), across the table only. */
  deleteTableRows(tableName: string, index: number, count = 1): void {
    const { table, sheet } = this.table(tableName);
    const r0 = table.rect.r0 + (table.showHeaders ? 1 : 0) + index;
    const rect: Rect = { r0, r1: r0 + count - 1, c0: table.rect.c0, c1: table.rect.c1 };
    this.edit(() => deleteCells(this.core, sheet, rect, "Up"));
  }

  /** Inserts table rows above body row `index` ("Insert Table Rows Above"), empty. */
  insertTableRows(tableName: string, index: number, count = 1): void {
    const { table, sheet } = this.table(tableName);
    const r0 = table.rect.r0 + (table.showHeaders ? 1 : 0) + index;
    const rect: Rect = { r0, r1: r0 + count - 1, c0: table.rect.c0, c1: table.rect.c1 };
    this.edit(() => insertCells(this.core, sheet, rect, "Down"));
  }

  /** Types values (parsed like typing, as a user edit). */
  setValues(sheet: string, address: string, values: unknown[][]): void {
    const target = this.sheet(sheet);
    this.edit(() =>
      writeContents(this.core, target, parseAddress(address).rect, values, false, "co-author edit")
    );
  }

  /**
   * Sorts the table's body by the column with this header (Data → Sort): whole rows move,
   * cells and their formats and validation with them. Numbers before text, empty cells last
   * (Excel's ascending order); stable.
   */
  sortTable(
    tableName: string,
    header: string,
    order: "ascending" | "descending" = "ascending"
  ): void {
    const { table, sheet } = this.table(tableName);
    const wb = this.core.wb;
    const first = table.rect.r0 + (table.showHeaders ? 1 : 0);
    let column = -1;
    for (let c = table.rect.c0; c <= table.rect.c1; c++) {
      if (String(cellValue(wb, sheet, sheet.cells.get(cellKey(table.rect.r0, c)))) === header)
        column = c;
    }
    if (column < 0) throw new Error(`fake-excel co-author: table has no column '${header}'`);
    const rows = Array.from({ length: table.rect.r1 - first + 1 }, (_, i) => first + i);
    const key = (r: number) => cellValue(wb, sheet, sheet.cells.get(cellKey(r, column)));
    const rank = (v: unknown) => (v === "" ? 2 : typeof v === "number" ? 0 : 1);
    const sorted = [...rows].sort((a, b) => {
      const va = key(a);
      const vb = key(b);
      if (rank(va) !== rank(vb)) return rank(va) - rank(vb);
      if (rank(va) === 2) return 0;
      const d =
        typeof va === "number" && typeof vb === "number"
          ? va - vb
          : String(va).localeCompare(String(vb), "da");
      return order === "ascending" ? d : -d;
    });
    this.edit(() => {
      for (const map of [sheet.cells, sheet.validations] as Map<number, unknown>[]) {
        const byRow = new Map<number, [number, unknown][]>();
        for (const [k, v] of map) {
          const r = keyRow(k);
          const c = keyCol(k);
          if (r < first || r > table.rect.r1 || c < table.rect.c0 || c > table.rect.c1) continue;
          map.delete(k);
          const list = byRow.get(r) ?? [];
          list.push([c, v]);
          byRow.set(r, list);
        }
        sorted.forEach((from, i) => {
          for (const [c, v] of byRow.get(from) ?? []) map.set(cellKey(first + i, c), v);
        });
      }
      this.core.recordChange(sheet, { ...table.rect, r0: first }, "RangeEdited");
    });
  }

  /** Renames a sheet (names and tables keep referring to it: they hold its id). */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    sheet.name = validateSheetName(this.core.wb, to, sheet);
  }
}
