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

const rangeOf = (ws: Excel.Worksheet, r: CellRange): Excel.Range =>
  ws.getRangeByIndexes(r.row, r.column, r.rowCount, r.columnCount);

/** Queues the whole status formatting; returns the plan cells whose values it writes. */
export function queueStatusFormatting(
  ws: Excel.Worksheet,
  d: StatusFormattingDescription,
  previousRules: Excel.ConditionalFormat[] = []
): CellRange[] {
  // ConditionalFormat.id is the rule's priority and shifts when a rule of higher priority is
  // deleted (office-js #5222, #6827): delete from the highest priority number down, so that
  // no deletion moves a rule still to be deleted.
  [...previousRules].sort((a, b) => Number(b.id) - Number(a.id)).forEach((rule) => rule.delete());

  const validation = rangeOf(ws, d.statusRange).dataValidation;
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
    const rule = rangeOf(ws, range).conditionalFormats.add("Custom");
    rule.custom.rule.formula = d.conditionalFormat.formula;
    rule.custom.format.font.color = d.conditionalFormat.fontColor;
    rule.custom.format.font.bold = d.conditionalFormat.bold;
  }

  const written: CellRange[] = d.fixes.map((fix) => ({
    row: fix.row,
    column: fix.column,
    rowCount: 1,
    columnCount: 1,
  }));
  d.fixes.forEach((fix) => {
    ws.getCell(fix.row, fix.column).values = [[fix.to]];
  });

  const dates = d.statusDateRange;
  rangeOf(ws, dates).numberFormat = Array.from({ length: dates.rowCount }, () => [
    d.statusDateNumberFormat,
  ]);
  return written;
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
export async function applyStatusFormattingInExcel(
  context: Excel.RequestContext,
  guard: OwnWriteGuard
): Promise<StatusFormattingOutcome> {
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
  const written = queueStatusFormatting(ws, d, previous ?? []);
  // Column ID is managed here too (see roundsWrites.ts, loaded on first use).
  const { queueIdFill } = await import("./roundsWrites");
  const idsFilled = queueIdFill(context, read, settings.language, diagnostics);
  await guard.run(d.sheet, written, () => context.sync());
  return { symbolsChanged: d.fixes.length, idsFilled, diagnostics };
}
