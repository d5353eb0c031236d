// Status formatting of the plan, described once for every host: the validation list on the
// Status column, the conditional format that marks the current status round on Status and
// Statusnote, month formatting of Statusdato, and the typed symbol variants to rewrite.
// Hosts (src/excel over Office.js, src/xlsx over ExcelJS) apply it; both must be idempotent.

import { t } from "../i18n";
import { columnLetters } from "./a1";
import type { ColumnKey } from "./columns";
import type { Diagnostic } from "./diagnostics";
import type { Language, StatusSymbol } from "./model";
import { CURRENT_STATUS_DATE_NAME, type PlanSource } from "./port";
import { readPlan } from "./readPlan";
import type { CellRange } from "./sheet";
import { STATUS_SYMBOLS } from "./status";

/** The validation list: comma separated, as both the Office.js API and the file format take it. */
export const STATUS_LIST_SOURCE = STATUS_SYMBOLS.join(",");

/**
 * Number format of Statusdato cells. Format codes given to the host's invariant property
 * (Office.js `numberFormat`, the file's numFmt) are English; Excel shows the month name in the
 * user's own language ("december 2019" in Danish Excel).
 */
export const STATUS_DATE_NUMBER_FORMAT = "mmmm yyyy";

/** Columns the status formatting needs; the others are not touched. */
const NEEDED: readonly ColumnKey[] = ["status", "note", "statusDate"];

export interface SymbolCellFix {
  /** 0-based sheet row and column of the Status cell (readPlan's StatusFix counts rows from 1). */
  row: number;
  column: number;
  from: string;
  to: StatusSymbol;
}

export interface StatusFormattingDescription {
  sheet: string;
  /** The Status column's body (0-based sheet coordinates). */
  statusRange: CellRange;
  /** The Status and Statusnote bodies: one rectangle per block of adjacent columns. */
  markedRanges: CellRange[];
  /** The Statusdato column's body. */
  statusDateRange: CellRange;
  validation: {
    /** `√,(√),%` */
    listSource: string;
    symbols: readonly StatusSymbol[];
    promptTitle: string;
    prompt: string;
  };
  conditionalFormat: {
    /**
     * Written in the invariant (English, comma-separated) formula language and relative to the
     * top-left cell of each marked range: no TEXT() format codes, so it means the same in
     * every Excel locale. The workbook name supplies the current month.
     */
    formula: string;
    fontColor: string;
    /** The second cue, which survives black-and-white printing. */
    bold: true;
  };
  statusDateNumberFormat: string;
  /** Typed variants (`v`, `delvis`, …) to be written back as the canonical symbol. */
  fixes: SymbolCellFix[];
}

export interface StatusFormattingRead {
  /** Null when the needed columns are missing or the plan has no rows. */
  description: StatusFormattingDescription | null;
  diagnostics: Diagnostic[];
}

/**
 * The conditional-format formula for "Statusdato is in the month of AktuelStatusdato", with
 * the Statusdato column absolute and the row relative to `firstRow` (1-based).
 */
export function currentRoundFormula(statusDateColumn: number, firstRow: number): string {
  const cell = `$${columnLetters(statusDateColumn)}${firstRow}`;
  const name = CURRENT_STATUS_DATE_NAME;
  return `=AND(${cell}<>"",YEAR(${cell})=YEAR(${name}),MONTH(${cell})=MONTH(${name}))`;
}

const OUR_FORMULA = new RegExp(
  `^=?AND\\((\\$?[A-Z]+\\$?\\d+)<>"",YEAR\\(\\1\\)=YEAR\\(${CURRENT_STATUS_DATE_NAME}\\),` +
    `MONTH\\(\\1\\)=MONTH\\(${CURRENT_STATUS_DATE_NAME}\\)\\)$`,
  "i"
);

/**
 * True for a conditional-format formula this add-in wrote (whatever cell it is relative to,
 * since hosts may report it from another anchor); user rules never match.
 */
export function isCurrentRoundFormula(formula: string | null | undefined): boolean {
  if (!formula) return false;
  return OUR_FORMULA.test(formula.replace(/\s+/g, ""));
}

/** Rectangles of adjacent columns, e.g. Status + Statusnote side by side → one rectangle. */
function columnBlocks(columns: number[], row: number, rowCount: number): CellRange[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const blocks: CellRange[] = [];
  for (const column of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.columnCount === column) last.columnCount++;
    else blocks.push({ row, column, rowCount, columnCount: 1 });
  }
  return blocks;
}

export interface StatusFormattingOptions {
  markingColor: string;
  language: Language;
}

/**
 * Describes the status formatting for a plan read from a host. Reading rules are the core's
 * (`readPlan`): its diagnostics (unknown statuses, …) are passed on.
 */
export function describeStatusFormatting(
  source: PlanSource,
  options: StatusFormattingOptions
): StatusFormattingRead {
  const read = readPlan(source);
  const columns = read.columns.columns;
  const missing = NEEDED.filter((key) => columns[key] === undefined);
  const diagnostics = read.diagnostics.filter(
    (d) => missing.length > 0 || d.code !== "core.diag.missingColumn"
  );
  if (missing.length > 0) return { description: null, diagnostics };
  if (source.rows.length === 0) {
    diagnostics.push({
      severity: "info",
      code: "excel.statusFormatting.noRows",
      sheet: source.sheet,
      row: source.headerRow,
    });
    return { description: null, diagnostics };
  }

  const sheetColumn = (key: ColumnKey) => source.firstColumn + (columns[key] as number);
  const firstRow = source.headerRow; // 0-based index of the first body row
  const rowCount = source.rows.length;
  const status = sheetColumn("status");
  const statusDate = sheetColumn("statusDate");
  const lang = options.language;

  return {
    diagnostics,
    description: {
      sheet: source.sheet,
      statusRange: { row: firstRow, column: status, rowCount, columnCount: 1 },
      markedRanges: columnBlocks([status, sheetColumn("note")], firstRow, rowCount),
      statusDateRange: { row: firstRow, column: statusDate, rowCount, columnCount: 1 },
      validation: {
        listSource: STATUS_LIST_SOURCE,
        symbols: STATUS_SYMBOLS,
        promptTitle: t(lang, "excel.statusFormatting.promptTitle"),
        prompt: t(lang, "excel.statusFormatting.prompt"),
      },
      conditionalFormat: {
        formula: currentRoundFormula(statusDate, firstRow + 1),
        fontColor: options.markingColor,
        bold: true,
      },
      statusDateNumberFormat: STATUS_DATE_NUMBER_FORMAT,
      fixes: read.statusFixes.map((fix) => ({
        row: fix.row - 1,
        column: source.firstColumn + fix.column,
        from: fix.from,
        to: fix.to,
      })),
    },
  };
}
