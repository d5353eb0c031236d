// Writes that prove their rows. The workbook is shared: in Excel on the web a co-author's edit
// is merged in between any two of our requests ("Coauthoring in Excel add-ins": values copied
// into JavaScript are not kept in sync). A write decided from a read may therefore land on a
// row that now holds another action, or over a value a colleague just typed.
//
// How a write proves itself: in the SAME request as the write, and queued BEFORE it, the cells
// that the decision rested on (the row's ID, action text, the cell to be changed) and the
// extent of the tables involved are loaded, and so are the current contents of every cell the
// write will set. A request runs its actions in order on Excel's side and co-authors' edits
// never land inside one, so those loads see the workbook exactly as the write met it. After the
// sync they are compared with what the decision expected:
//   - all equal: the write hit the rows it was decided for: `applied`;
//   - any differs: the write is undone in one more request (the cells written get back their
//     earlier formulas and number formats, deleted rows are inserted again with their earlier
//     contents, a step's own extra undo runs, tables get back their extent) and the caller gets
//     `AbandonedWriteError`; `retryOnce` then runs the operation once more from a fresh read,
//     and after a second change stops with the user's message (coauthoring.planChanged).
// A write in several requests (split by size) is a session of steps: each step proves itself,
// and a later step that fails undoes the earlier ones too.
//
// What this cannot close: between the write's request and the undo's one, a co-author may
// edit one of the cells written; the undo then puts back the value from before our write over
// theirs. That is one round trip, after a conflict that was already detected.

import type { RawCell } from "../core/raw";
import { isErrorCell } from "../core/raw";
import { UserFacingError } from "../core/operations";
import { isOfficeError } from "./errors";
import { toRawCell } from "./rawValues";

/** A block of cells (0-based sheet coordinates). */
export interface CellBlock {
  sheet: string;
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

/** A cell whose value the decision rested on; it must still hold `value` when the write lands. */
export interface ExpectedCell {
  sheet: string;
  row: number;
  column: number;
  /** As read (null: empty). */
  value: RawCell;
  /** The cell is just below a table, where rows are to be written (it must be empty). */
  below?: boolean;
}

/** A table whose range must be where it was read ("Plan!A1:G41"): a row inserted or deleted in it or above it moves every row. */
export interface ExpectedTable {
  name: string;
  address: string;
}

export interface ProvenStep {
  expect: readonly ExpectedCell[];
  tables?: readonly ExpectedTable[];
  /**
   * Rows to delete (shift up) before the write, bottom run first; their contents are kept and
   * inserted again if the step is undone.
   */
  deletions?: readonly CellBlock[];
  /**
   * The ranges the write sets, as proxies not yet written (they may be relative to a table:
   * resolved when the request runs). The guard loads their contents, then calls `write`.
   */
  targets(): Excel.Range[];
  /**
   * How many of the first targets must have been empty when the write met them (rows written
   * just below a table, which would overwrite what is there): a filled one is a mismatch with
   * `below` set.
   */
  emptyTargets?: number;
  /** Queues the write into `targets` (and anything else the step does). */
  write(targets: Excel.Range[]): void;
  /** Queues the undo of what `write` does beyond setting those ranges (an added column, a name). */
  undo?(): void;
  /** Tables the write grows (rows written below them): resized back to this address on undo. */
  restoreTables?: readonly ExpectedTable[];
}

/** Where the write met something else than the decision expected. */
export interface Mismatch {
  sheet: string;
  /** 1-based row, as Excel shows it, when a cell differed; absent for a moved table. */
  row?: number;
  column?: number;
  table?: string;
  expected: string;
  found: string;
  /** The cell was one just below a table, where rows were to go. */
  below?: boolean;
}

/** The write was undone: the rows it was decided for changed in the meantime. */
export class AbandonedWriteError extends Error {
  constructor(readonly mismatch: Mismatch) {
    super(
      `abandoned write: ${mismatch.table ?? mismatch.sheet}${
        mismatch.row ? ` row ${mismatch.row}` : ""
      } held ${mismatch.found}, expected ${mismatch.expected}`
    );
    this.name = "AbandonedWriteError";
  }
}

export interface ProvenWriteOptions {
  /** Table.resize (ExcelApi 1.13) is available for putting a grown table back. */
  canResize: boolean;
}

interface Restore {
  /** Queues the undo of one step, last step first. */
  queue(): void;
}

const text = (value: RawCell): string =>
  value === null ? "(empty)" : isErrorCell(value) ? value.error : JSON.stringify(value);

function sameCell(expected: RawCell, found: RawCell): boolean {
  if (expected === null || found === null) return expected === found;
  if (isErrorCell(expected) || isErrorCell(found))
    return isErrorCell(expected) && isErrorCell(found) && expected.error === found.error;
  return expected === found;
}

/** Expected cells as vertical runs of one column, so each run is one load. */
function runs(expect: readonly ExpectedCell[]): ExpectedCell[][] {
  const sorted = [...expect].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row
  );
  const out: ExpectedCell[][] = [];
  for (const cell of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (
      prev &&
      prev.sheet === cell.sheet &&
      prev.column === cell.column &&
      prev.row + 1 === cell.row
    )
      last.push(cell);
    else if (!(
      prev &&
      prev.sheet === cell.sheet &&
      prev.column === cell.column &&
      prev.row === cell.row
    ))
      out.push([cell]);
  }
  return out;
}

const rangeOf = (context: Excel.RequestContext, b: CellBlock): Excel.Range =>
  context.workbook.worksheets
    .getItem(b.sheet)
    .getRangeByIndexes(b.row, b.column, b.rowCount, b.columnCount);

/** One operation's proven writes, in as many requests as it needs (one per step). */
export class ProvenSession {
  private readonly restores: Restore[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: ProvenWriteOptions
  ) {}

  /** Queues the step with its proofs, syncs once, and compares; undoes everything on a mismatch. */
  async step(step: ProvenStep): Promise<void> {
    const context = this.context;
    const wb = context.workbook;
    // 1. Proofs, before anything of the write.
    const proofs = runs(step.expect).map((run) => ({
      run,
      range: wb.worksheets
        .getItem(run[0].sheet)
        .getRangeByIndexes(run[0].row, run[0].column, run.length, 1)
        .load("values"),
    }));
    const tables = (step.tables ?? []).map((t) => ({
      expected: t,
      range: wb.tables.getItem(t.name).getRange().load("address"),
    }));
    // 2. What the deletions remove, then the deletions.
    const deleted = (step.deletions ?? []).map((block) => ({
      block,
      range: rangeOf(context, block).load("formulas,numberFormat"),
    }));
    for (const d of deleted) d.range.delete("Up");
    // 3. The targets' contents, then the write.
    const targets = step.targets();
    for (const target of targets) target.load("address,formulas,numberFormat");
    step.write(targets);
    try {
      await context.sync();
    } catch (error) {
      // A table of the proofs is gone (ItemNotFound): the request stopped at its proofs,
      // before anything of ours ran. Earlier steps are undone.
      const code = (error as { code?: string }).code;
      if (isOfficeError(error) && (code === "ItemNotFound" || code === "ItemAlreadyExists")) {
        await this.abandon({
          sheet: "",
          table: step.tables?.[0]?.name,
          expected: "table",
          found: "(none)",
        });
      }
      throw error;
    }
    const before = targets.map((t) => ({
      address: t.address,
      formulas: t.formulas,
      numberFormat: t.numberFormat,
    }));
    this.restores.push({
      queue: () => {
        const ws = (address: string) => {
          const bang = address.lastIndexOf("!");
          const sheet = address
            .slice(0, bang)
            .replace(/^'(.*)'$/, "$1")
            .replace(/''/g, "'");
          return wb.worksheets.getItem(sheet).getRange(address.slice(bang + 1));
        };
        const appended = step.emptyTargets ?? 0;
        before.forEach((b, i) => {
          if (i >= appended || this.options.canResize) return;
          // Rows appended below a table, without Table.resize to shrink it back: deleting them
          // (shift up) takes them out of the table again. Cells further below move up by as many rows.
          ws(b.address).delete("Up");
        });
        [...before].reverse().forEach((b, k) => {
          const i = before.length - 1 - k;
          if (i < appended && !this.options.canResize) return;
          const range = ws(b.address);
          range.numberFormat = b.numberFormat;
          range.formulas = b.formulas;
        });
        step.undo?.();
        for (const d of [...deleted].reverse()) {
          const range = rangeOf(context, d.block).insert("Down");
          range.numberFormat = d.range.numberFormat;
          range.formulas = d.range.formulas;
        }
        for (const t of step.restoreTables ?? []) {
          if (this.options.canResize) wb.tables.getItem(t.name).resize(t.address);
        }
      },
    });
    const mismatch =
      findMismatch(proofs, tables) ?? filledTarget(before.slice(0, step.emptyTargets ?? 0));
    if (mismatch) await this.abandon(mismatch);
  }

  /** Undoes every step so far (last first) in one request, then throws. */
  private async abandon(mismatch: Mismatch): Promise<never> {
    for (const restore of [...this.restores].reverse()) restore.queue();
    this.restores.length = 0;
    await this.context.sync();
    throw new AbandonedWriteError(mismatch);
  }
}

function findMismatch(
  proofs: { run: ExpectedCell[]; range: Excel.Range }[],
  tables: { expected: ExpectedTable; range: Excel.Range }[]
): Mismatch | null {
  for (const t of tables) {
    if (t.range.address !== t.expected.address) {
      return {
        sheet: t.expected.address.split("!")[0],
        table: t.expected.name,
        expected: t.expected.address,
        found: t.range.address,
      };
    }
  }
  for (const { run, range } of proofs) {
    for (let i = 0; i < run.length; i++) {
      const found = toRawCell(range.values[i]?.[0]);
      if (!sameCell(run[i].value, found)) {
        return {
          sheet: run[i].sheet,
          row: run[i].row + 1,
          column: run[i].column,
          expected: text(run[i].value),
          found: text(found),
          ...(run[i].below ? { below: true } : {}),
        };
      }
    }
  }
  return null;
}

/** The first cell holding anything among targets that had to be empty. */
function filledTarget(targets: { address: string; formulas: unknown[][] }[]): Mismatch | null {
  for (const t of targets) {
    const bang = t.address.lastIndexOf("!");
    const sheet = t.address.slice(0, bang).replace(/^'(.*)'$/, "$1");
    const start = /^\$?([A-Z]+)\$?(\d+)/.exec(t.address.slice(bang + 1));
    for (let r = 0; r < t.formulas.length; r++) {
      for (let c = 0; c < t.formulas[r].length; c++) {
        const value = t.formulas[r][c];
        if (value === "" || value === null) continue;
        const row = Number(start?.[2] ?? 1) + r;
        return {
          sheet,
          row,
          column: columnIndex(start?.[1] ?? "A") + c,
          expected: "(empty)",
          found: JSON.stringify(value),
          below: true,
        };
      }
    }
  }
  return null;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The user's message when the plan changed twice while the add-in worked. */
export const PLAN_CHANGED = "coauthoring.planChanged";

/**
 * Runs `attempt` (a fresh read, the decision, the proven write); when its write was abandoned,
 * once more from a fresh read; after a second change, stops with the user's message.
 */
export async function retryOnce<T>(attempt: (round: number) => Promise<T>): Promise<T> {
  try {
    return await attempt(1);
  } catch (error) {
    if (!(error instanceof AbandonedWriteError)) throw error;
  }
  try {
    return await attempt(2);
  } catch (error) {
    if (error instanceof AbandonedWriteError) throw new UserFacingError(PLAN_CHANGED);
    throw error;
  }
}

/** Expected cells of one row: the same sheet row, several columns. */
export function rowCells(
  sheet: string,
  row: number,
  cells: readonly { column: number; value: RawCell }[]
): ExpectedCell[] {
  return cells.map((c) => ({ sheet, row, column: c.column, value: c.value }));
}
