// The automatic status date's memory of what each action's Status and Statusnote were, keyed by
// the action's identity (its ID, else its focus area, initiative and action text), never by
// sheet row: a co-author inserting, deleting or sorting rows moves actions, not their identity.
// Status is kept as its canonical symbol, so the add-in's own rewrite of a typed variant
// ("ok" → "√"), whose event may arrive at any time, is not a change.

import { matchColumns } from "./columns";
import type { RawCell } from "./raw";
import { parseStatus } from "./status";

export interface RowValues {
  status: string;
  note: string;
}

const text = (cell: RawCell | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.error : String(cell);

function statusValue(cell: RawCell | undefined): string {
  const parsed = parseStatus(cell ?? null);
  if (parsed.kind === "symbol") return parsed.symbol;
  if (parsed.kind === "empty") return "";
  return parsed.text;
}

/** Reads rows of the plan table against its header. */
export class RowReader {
  private readonly columns: ReturnType<typeof matchColumns>["columns"];

  constructor(header: readonly RawCell[]) {
    this.columns = matchColumns([...header]).columns;
  }

  get usable(): boolean {
    return this.columns.status !== undefined && this.columns.note !== undefined;
  }

  /** The action's identity: its ID, else focus area, initiative and action text. */
  key(cells: readonly RawCell[]): string {
    const c = this.columns;
    const id = c.id === undefined ? "" : text(cells[c.id]).trim();
    if (id !== "") return `id:${id}`;
    return `content:${[c.focusArea, c.initiative, c.action]
      .map((i) => (i === undefined ? "" : text(cells[i]).trim()))
      .join("\u0000")}`;
  }

  values(cells: readonly RawCell[]): RowValues {
    return {
      status: statusValue(cells[this.columns.status!]),
      note: text(cells[this.columns.note!]),
    };
  }
}

export class StatusMemory {
  private readonly known = new Map<string, RowValues>();

  /** Remembers the rows as they are now (the first reading, or a co-author's change). */
  remember(reader: RowReader, rows: readonly (readonly RawCell[])[]): void {
    for (const cells of rows) this.known.set(reader.key(cells), reader.values(cells));
  }

  /**
   * Whether the row's Status or Statusnote differ from what was remembered for its action, and
   * remembers the new values. A row never seen before (added since) counts only when it holds
   * something: a format-only edit over empty new rows dates nothing.
   */
  changed(reader: RowReader, cells: readonly RawCell[]): boolean {
    const key = reader.key(cells);
    const now = reader.values(cells);
    const before = this.known.get(key);
    this.known.set(key, now);
    if (!before) return now.status !== "" || now.note !== "";
    return before.status !== now.status || before.note !== now.note;
  }

  /**
   * Whether the row's action already held `after` before a single cell's edit `before` →
   * `after` was reported: then it is not the edited action (the rows moved between the event
   * and the read, e.g. a co-author's row inserted above the table). An action not remembered:
   * false.
   */
  heldAlready(
    reader: RowReader,
    cells: readonly RawCell[],
    isStatus: boolean,
    before: RawCell,
    after: RawCell
  ): boolean {
    const known = this.known.get(reader.key(cells));
    if (!known) return false;
    const value = (cell: RawCell) => (isStatus ? statusValue(cell) : text(cell));
    const held = isStatus ? known.status : known.note;
    return held === value(after) && held !== value(before);
  }

  /** Whether a single cell's change from `before` to `after` changes its meaning (Status: the symbol). */
  static isChange(isStatus: boolean, before: RawCell, after: RawCell): boolean {
    return isStatus ? statusValue(before) !== statusValue(after) : text(before) !== text(after);
  }
}
