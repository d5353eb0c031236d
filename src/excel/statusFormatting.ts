// "Anvend statusformatering" in Excel: the core's StatusFormattingDescription applied with
// Office.js. Idempotent: the previous rule of ours is found by its formula and deleted (user
// rules are left alone), the validation is cleared before it is set, and only Status cells
// holding a typed variant are written.
//
// Round trips: 1 read (plan, settings and the rule types on the table), 1 to read the
// formulas of custom rules (only when the table has any), 1 write. A range-based rule on the
// whole body follows the table: when rows are added, Excel extends the table's formats,
// validation and conditional formats to them, so the marking needs no refresh.

import { UserFacingError, type StatusFormattingOutcome } from "../core/operations";
import { PLAN_SHEET, PLAN_TABLE } from "../core/port";
import { readSettings } from "../core/settings";
import type { CellRange } from "../core/sheet";
import {
  describeStatusFormatting,
  isCurrentRoundFormula,
  type StatusFormattingDescription,
} from "../core/statusFormatting";
import type { Diagnostic } from "../core/diagnostics";
import type { OwnWriteGuard } from "./ownWrites";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import type { OfficeLike } from "../officeHost";
import { expectedTable, planRowProof } from "./planProofs";
import { ProvenSession } from "./provenWrite";
import { isSupported } from "./requirements";

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range =>
  ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);

/**
 * Where the rules go: positions on the sheet, or, for a plan in table Handlinger, the table's
 * columns as they are when the request runs (a row a co-author inserts or deletes meanwhile
 * cannot shift them).
 */
export type RuleRanges = (r: CellRange) => Excel.Range;

export const sheetRanges =
  (ws: Excel.Worksheet): RuleRanges =>
  (r) =>
    rangeOf(ws, r);

export function tableColumnRanges(table: Excel.Table, firstColumn: number): RuleRanges {
  return (r) =>
    table
      .getDataBodyRange()
      .getColumn(r.column - firstColumn)
      .getResizedRange(0, r.columnCount - 1);
}

/** Queues the validation and the current-round rule (our earlier rules deleted first). */
export function queueStatusRules(
  ranges: RuleRanges,
  d: StatusFormattingDescription,
  previousRules: Excel.ConditionalFormat[] = []
): void {
  // ConditionalFormat.id is the rule's priority and shifts when a rule of higher priority is
  // deleted (office-js #5222, #6827): delete from the highest priority number down, so that
  // no deletion moves a rule still to be deleted.
  [...previousRules].sort((a, b) => Number(b.id) - Number(a.id)).forEach((rule) => rule.delete());

  const validation = ranges(d.statusRange).dataValidation;
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: d.validation.listSource } };
  validation.ignoreBlanks = true;
  validation.prompt = {
    showPrompt: true,
    title: d.validation.promptTitle,
    message: d.validation.prompt,
  };
  // Typed variants (v, delvis, …) must stay possible: the list helps, it does not forbid.
  validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };

  for (const range of d.markedRanges) {
    const rule = ranges(range).conditionalFormats.add("Custom");
    rule.custom.rule.formula = d.conditionalFormat.formula;
    rule.custom.format.font.color = d.conditionalFormat.fontColor;
    rule.custom.format.font.bold = d.conditionalFormat.bold;
  }
}

/** The cells the status formatting sets by position: the symbol fixes and Statusdato's format. */
export function statusCellTargets(
  ws: Excel.Worksheet,
  d: StatusFormattingDescription
): Excel.Range[] {
  return [...d.fixes.map((fix) => ws.getCell(fix.row, fix.column)), rangeOf(ws, d.statusDateRange)];
}

/** Queues the symbol fixes and Statusdato's number format. */
export function queueStatusCells(ws: Excel.Worksheet, d: StatusFormattingDescription): void {
  d.fixes.forEach((fix) => {
    ws.getCell(fix.row, fix.column).values = [[fix.to]];
  });
  const dates = d.statusDateRange;
  rangeOf(ws, dates).numberFormat = Array.from({ length: dates.rowCount }, () => [
    d.statusDateNumberFormat,
  ]);
}

/** The whole status formatting by position (a new plan sheet of Opret plan). */
export function queueStatusFormatting(ws: Excel.Worksheet, d: StatusFormattingDescription): void {
  queueStatusRules(sheetRanges(ws), d);
  queueStatusCells(ws, d);
}

/**
 * Our earlier rules on the plan, or null when they cannot be read (the new rule is then
 * added all the same, with a warning: a duplicate rule is harmless, a lost user rule is not).
 */
async function findOurRulesOrNull(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  read: WorkbookRead,
  d: StatusFormattingDescription
): Promise<Excel.ConditionalFormat[] | null> {
  try {
    return await findOurRules(context, ws, read, d);
  } catch {
    return null;
  }
}

/** Our earlier rules on the plan: custom rules whose formula is the current-round formula. */
async function findOurRules(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  read: WorkbookRead,
  d: StatusFormattingDescription
): Promise<Excel.ConditionalFormat[]> {
  let collections: Excel.ConditionalFormatCollection[];
  if (read.planConditionalFormats) {
    collections = [read.planConditionalFormats];
  } else {
    // Plan without a table (sheet fallback): the rules on the marked ranges, one more sync.
    collections = d.markedRanges.map((r) =>
      rangeOf(ws, r).conditionalFormats.load("items/id,items/type")
    );
    await context.sync();
  }
  const custom = collections
    .flatMap((collection) => collection.items)
    .filter((rule) => String(rule.type) === "Custom");
  if (custom.length === 0) return [];
  const formulas = custom.map((rule) => rule.custom.rule.load("formula"));
  await context.sync();
  const ours = custom.filter((_, i) => isCurrentRoundFormula(formulas[i].formula));
  // A rule spanning both marked ranges is listed twice in the fallback: delete it once.
  return ours.filter((rule, i) => ours.findIndex((other) => other.id === rule.id) === i);
}

// (IDs: see describeIdFill in src/core/rounds/closeRound.ts.)
/**
 * One attempt: read, decide, and write as one proven step (provenWrite.ts): every fixed
 * symbol's row and every row that gets an ID must hold, when the write lands, what the
 * decision read (ID, action, the cell written), and the table must not have moved. The rules
 * (validation, conditional format) attach to the table's columns, so they stay right whatever
 * the rows hold; they are not undone when the cells are.
 */
export async function applyStatusFormattingInExcel(
  context: Excel.RequestContext,
  guard: OwnWriteGuard,
  office?: OfficeLike
): Promise<StatusFormattingOutcome> {
  // Loaded before the read: nothing waits between the read and the write.
  const { idFillParts } = await import("./roundsWrites");
  const read = await readWorkbook(context, { conditionalFormats: true, history: true });
  const source = read.snapshot.plan;
  if (!source || !read.plan) {
    throw new UserFacingError("excel.error.noPlan", { table: PLAN_TABLE, sheet: PLAN_SHEET });
  }
  const settingsRead = readSettings(read.snapshot.settings);
  const settings = settingsRead.settings;
  const described = describeStatusFormatting(source, {
    markingColor: settings.markingColor,
    language: settings.language,
  });
  const diagnostics: Diagnostic[] = [...settingsRead.diagnostics, ...described.diagnostics];
  const d = described.description;
  if (!d) return { symbolsChanged: 0, diagnostics };
  if (!read.currentStatusDateName.exists) {
    diagnostics.push({ severity: "warning", code: "excel.statusFormatting.noStatusDateName" });
  }

  const ws = context.workbook.worksheets.getItem(d.sheet);
  const previous = await findOurRulesOrNull(context, ws, read, d);
  if (previous === null) {
    diagnostics.push({ severity: "warning", code: "excel.statusFormatting.previousRulesUnread" });
  }
  const ids = idFillParts(context, read, settings.language, diagnostics);
  const ranges =
    read.plan.kind === "table"
      ? tableColumnRanges(context.workbook.tables.getItem(PLAN_TABLE), read.plan.firstColumn)
      : sheetRanges(ws);
  const expect = [
    ...d.fixes.flatMap((fix) =>
      planRowProof(source, fix.row + 1, [fix.column - source.firstColumn])
    ),
    ...ids.parts.flatMap((part) => part.expect),
  ];
  const written: CellRange[] = d.fixes.map((fix) => ({
    row: fix.row,
    column: fix.column,
    rowCount: 1,
    columnCount: 1,
  }));
  const session = new ProvenSession(context, { canResize: isSupported(office, "1.13") });
  const partTargets: Excel.Range[][] = [];
  await guard.run(d.sheet, written, () =>
    session.step({
      expect,
      tables: expectedTable(PLAN_TABLE, read.plan?.tableAddress),
      targets: () => {
        const own = statusCellTargets(ws, d);
        for (const part of ids.parts) partTargets.push(part.targets());
        return [...own, ...partTargets.flat()];
      },
      write: () => {
        queueStatusRules(ranges, d, previous ?? []);
        queueStatusCells(ws, d);
        ids.parts.forEach((part, i) => part.write(partTargets[i]));
        for (const name of ids.names) name.write();
      },
      undo: () => {
        for (const name of ids.names) name.undo();
        for (const part of ids.parts) part.undo();
      },
    })
  );
  return { symbolsChanged: d.fixes.length, idsFilled: ids.count, diagnostics };
}
