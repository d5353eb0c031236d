// The plan's status formatting for .xlsx files (ExcelJS): the same validation list, the same
// current-round conditional format and canonical symbols as "Anvend statusformatering" in
// Excel (src/excel/statusFormatting.ts), from the same core description. Idempotent: our
// earlier rule is recognised by its formula and replaced, user rules are kept, each Status
// cell's validation is set (not added), and only Status cells holding a variant are written.

import type { Workbook, Worksheet } from "exceljs";
import type { Diagnostic } from "../core/diagnostics";
import type { Language } from "../core/model";
import type { StatusFormattingOutcome } from "../core/operations";
import { PLAN_TABLE } from "../core/port";
import { readSettings } from "../core/settings";
import {
  describeStatusFormatting,
  isCurrentRoundFormula,
  rangeAddress,
  type StatusFormattingDescription,
} from "../core/statusFormatting";
import { findSheet, findTable, readSnapshot } from "./readSnapshot";

export interface XlsxStatusFormattingOptions {
  /** Language of the validation's input message; default the settings' language. */
  language?: Language;
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

function apply(sheet: Worksheet, d: StatusFormattingDescription): void {
  const status = d.statusRange;
  for (let r = status.row; r < status.row + status.rowCount; r++) {
    sheet.getCell(r + 1, status.column + 1).dataValidation = {
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

  const dates = d.statusDateRange;
  for (let r = dates.row; r < dates.row + dates.rowCount; r++) {
    sheet.getCell(r + 1, dates.column + 1).numFmt = d.statusDateNumberFormat;
  }
}

/**
 * Applies the status formatting to the plan of an ExcelJS workbook in memory (saving is the
 * caller's step). Diagnostics say what could not be done or read (unknown statuses, …).
 */
export function applyStatusFormattingToWorkbook(
  workbook: Workbook,
  options: XlsxStatusFormattingOptions = {}
): StatusFormattingOutcome {
  const snapshot = readSnapshot(workbook);
  const source = snapshot.plan;
  if (!source) {
    return {
      symbolsChanged: 0,
      diagnostics: [
        {
          severity: "error",
          code: "excel.error.noPlan",
          params: { table: PLAN_TABLE, sheet: "Plan" },
        },
      ],
    };
  }
  const settingsRead = readSettings(snapshot.settings);
  const settings = settingsRead.settings;
  // A table may start anywhere; the sheet fallback reads from column A.
  const table = source.kind === "table" ? findTable(workbook, PLAN_TABLE) : null;
  const described = describeStatusFormatting(source, {
    firstColumn: table ? table.area.firstColumn - 1 : 0,
    markingColor: settings.markingColor,
    language: options.language ?? settings.language,
  });
  const diagnostics: Diagnostic[] = [...settingsRead.diagnostics, ...described.diagnostics];
  const d = described.description;
  const sheet = d ? (table?.sheet ?? findSheet(workbook, d.sheet)) : undefined;
  if (!d || !sheet) return { symbolsChanged: 0, diagnostics };
  if (snapshot.settings?.currentStatusDate === undefined) {
    diagnostics.push({ severity: "warning", code: "excel.statusFormatting.noStatusDateName" });
  }
  apply(sheet, d);
  return { symbolsChanged: d.fixes.length, diagnostics };
}
