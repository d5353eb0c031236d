// The plan's status formatting for .xlsx files (ExcelJS): the same validation list, the same
// current-round conditional format and canonical symbols as "Anvend statusformatering" in
// Excel (src/excel/statusFormatting.ts), from the same core description. Idempotent: our
// earlier rule is recognised by its formula and replaced, user rules are kept, each Status
// cell's validation is set (not added), and only Status cells holding a variant are written.

import { readPlan } from "../core/readPlan";
import { describeIdFill, historyGrid, readHistory } from "../core/rounds";
import { setConstantName } from "./constantNames";
import { IdColumnBlockedError, writePlanIds } from "./planIds";
import type { Style, Workbook, Worksheet } from "exceljs";
import type { Diagnostic } from "../core/diagnostics";
import type { Language, YearMonth } from "../core/model";
import type { StatusFormattingOutcome } from "../core/operations";
import { HIGHEST_ID_NAME, PLAN_SHEET, PLAN_TABLE } from "../core/port";
import { readSettings } from "../core/settings";
import { columnLetters, rangeAddress } from "../core/a1";
import {
  describeStatusFormatting,
  isCurrentRoundFormula,
  type StatusFormattingDescription,
} from "../core/statusFormatting";
import { defineCurrentStatusDate } from "./currentStatusDate";
import { findSheet, findTable, readRawWorkbook, readSnapshot } from "./readSnapshot";

export interface XlsxStatusFormattingOptions {
  /** Language of the validation's input message; default the settings' language. */
  language?: Language;
  /**
   * The round to mark: the name AktuelStatusdato is made to point at a settings cell holding
   * it (currentStatusDate.ts). Without it the name is left as found.
   */
  currentStatusDate?: YearMonth;
}

/** The outcome, with the sheet the formatting went to. */
export interface XlsxStatusFormattingOutcome extends StatusFormattingOutcome {
  sheet?: string;
}

const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

interface CfRule {
  type: string;
  priority?: number;
  formulae?: unknown[];
}
interface CfEntry {
  ref: string;
  rules: CfRule[];
}

/** The worksheet's conditional formats without our current-round rules. */
function withoutOurRules(entries: CfEntry[]): CfEntry[] {
  return entries
    .map((entry) => ({
      ...entry,
      rules: entry.rules.filter(
        (rule) =>
          !(rule.type === "expression" && isCurrentRoundFormula(String(rule.formulae?.[0] ?? "")))
      ),
    }))
    .filter((entry) => entry.rules.length > 0);
}

/**
 * One list validation over the whole Status range. ExcelJS keeps validations in a map keyed by
 * address and expands ranges to single cells when it reads a file: the cells of the range, and
 * any earlier range key of its column within its rows, are removed first, so a second run adds
 * nothing.
 */
function setStatusValidation(sheet: Worksheet, d: StatusFormattingDescription): void {
  const status = d.statusRange;
  const model = (sheet as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  const column = columnLetters(status.column);
  const inColumn = new RegExp(`^\\$?${column}\\$?(\\d+)(?::\\$?${column}\\$?(\\d+))?$`);
  // Only keys inside the Status range's rows: a user's own validation further down the column
  // (outside the table) stays.
  const first = status.row + 1;
  const last = status.row + status.rowCount;
  for (const address of Object.keys(model)) {
    const match = inColumn.exec(address);
    if (!match) continue;
    const top = Number(match[1]);
    const bottom = Number(match[2] ?? match[1]);
    if (top >= first && bottom <= last) delete model[address];
  }
  model[rangeAddress(status)] = {
    type: "list",
    allowBlank: true,
    // The file format stores a literal list in quotes, comma separated in every locale.
    formulae: [`"${d.validation.listSource}"`],
    showInputMessage: true,
    promptTitle: d.validation.promptTitle,
    prompt: d.validation.prompt,
    // Typed variants (v, delvis, …) stay possible: the list helps, it does not forbid.
    showErrorMessage: false,
  };
}

/**
 * Month-and-year format on the Statusdato cells. Cells read from a file share style objects
 * (one per style in the file), so a cell gets a new object instead of having the shared one
 * changed — which would reformat every other cell of that style too. Cells that shared a style
 * share the new one, which keeps the save fast.
 */
function setStatusDateFormat(sheet: Worksheet, d: StatusFormattingDescription): void {
  const dates = d.statusDateRange;
  const derived = new Map<Partial<Style>, Partial<Style>>();
  for (let r = dates.row; r < dates.row + dates.rowCount; r++) {
    const cell = sheet.getCell(r + 1, dates.column + 1);
    const style = cell.style ?? {};
    if (style.numFmt === d.statusDateNumberFormat) continue;
    let next = derived.get(style);
    if (!next) derived.set(style, (next = { ...style, numFmt: d.statusDateNumberFormat }));
    cell.style = next as Style;
  }
}

function apply(sheet: Worksheet, d: StatusFormattingDescription): void {
  setStatusValidation(sheet, d);

  const holder = sheet as unknown as { conditionalFormattings: CfEntry[] };
  const kept = withoutOurRules(holder.conditionalFormattings ?? []);
  holder.conditionalFormattings = kept;
  const priority =
    Math.max(0, ...kept.flatMap((e) => e.rules.map((rule) => rule.priority ?? 0))) + 1;
  for (const range of d.markedRanges) {
    sheet.addConditionalFormatting({
      ref: rangeAddress(range),
      rules: [
        {
          type: "expression",
          priority,
          // Stored without the leading "=", as in the file format.
          formulae: [d.conditionalFormat.formula.replace(/^=/, "")],
          style: {
            font: {
              color: { argb: argb(d.conditionalFormat.fontColor) },
              bold: d.conditionalFormat.bold,
            },
          },
        },
      ],
    });
  }

  for (const fix of d.fixes) sheet.getCell(fix.row + 1, fix.column + 1).value = fix.to;
  setStatusDateFormat(sheet, d);
}

/**
 * Applies the status formatting to the plan of an ExcelJS workbook in memory (saving is the
 * caller's step). Diagnostics say what could not be done or read (unknown statuses, …).
 */
export function applyStatusFormattingToWorkbook(
  workbook: Workbook,
  options: XlsxStatusFormattingOptions = {}
): XlsxStatusFormattingOutcome {
  const snapshot = readSnapshot(workbook);
  const source = snapshot.plan;
  if (!source) {
    return {
      symbolsChanged: 0,
      diagnostics: [
        {
          severity: "error",
          code: "excel.error.noPlan",
          params: { table: PLAN_TABLE, sheet: PLAN_SHEET },
        },
      ],
    };
  }
  const settingsRead = readSettings(snapshot.settings);
  const settings = settingsRead.settings;
  const table = source.kind === "table" ? findTable(workbook, PLAN_TABLE) : null;
  const described = describeStatusFormatting(source, {
    markingColor: settings.markingColor,
    language: options.language ?? settings.language,
  });
  const diagnostics: Diagnostic[] = [...settingsRead.diagnostics, ...described.diagnostics];
  const d = described.description;
  const sheet = d ? (table?.sheet ?? findSheet(workbook, d.sheet)) : undefined;
  if (!d || !sheet) return { symbolsChanged: 0, diagnostics };
  const language = options.language ?? settings.language;
  const named = options.currentStatusDate
    ? defineCurrentStatusDate(workbook, options.currentStatusDate, language)
    : snapshot.settings?.currentStatusDate !== undefined;
  if (!named) {
    diagnostics.push({ severity: "warning", code: "excel.statusFormatting.noStatusDateName" });
  }
  apply(sheet, d);
  // Column ID is managed here too (as the add-in's button does): empty IDs filled.
  const raw = readRawWorkbook(workbook, { history: true });
  const grid = historyGrid(raw);
  const ids = describeIdFill(
    readPlan(source),
    source.sheet,
    grid.source ? readHistory(grid.source) : null,
    raw.highestId
  );
  if (ids && (ids.assignments.length > 0 || ids.idIndex === null)) {
    try {
      writePlanIds(workbook, source, ids.idIndex, ids.assignments, language);
      if (ids.highestIdFormula) setConstantName(workbook, HIGHEST_ID_NAME, ids.highestIdFormula);
    } catch (error) {
      if (!(error instanceof IdColumnBlockedError)) throw error;
      diagnostics.push({
        severity: "warning",
        code: "rounds.diag.idColumnBlocked",
        sheet: error.sheet,
      });
    }
  } else if (ids?.highestIdFormula) {
    setConstantName(workbook, HIGHEST_ID_NAME, ids.highestIdFormula);
  }
  if (ids) diagnostics.push(...ids.diagnostics);
  return {
    symbolsChanged: d.fixes.length,
    idsFilled: ids?.assignments.length ?? 0,
    diagnostics,
    sheet: sheet.name,
  };
}
