// The rules for one cell that the plan and the history both read by, in one place: an error
// value is reported and read as empty; a Status is a symbol (or a typed variant of one), other
// text is reported; a Statusdato is a month, other text is reported. The readers say where the
// cell is; these rules say what it means.

import { parseMonth } from "./dates";
import type { Diagnostic } from "./diagnostics";
import type { YearMonth } from "./model";
import { isErrorCell, type RawCell } from "./raw";
import { parseStatus, STATUS_SYMBOLS, type StatusParse } from "./status";

/** Where a cell is, for its diagnostic: sheet, row and the column's header text. */
export type CellPlace = Pick<Diagnostic, "sheet" | "row" | "column">;

/** The cell's value, or null (reported) when it holds an error value such as #N/A. */
export function readableCell(value: RawCell, place: CellPlace, diagnostics: Diagnostic[]): RawCell {
  if (!isErrorCell(value)) return value;
  diagnostics.push({
    severity: "warning",
    code: "core.diag.errorValue",
    params: { error: value.error },
    ...place,
  });
  return null;
}

/** The Status cell read; text that is no status is reported. */
export function statusCell(
  value: RawCell,
  place: CellPlace,
  diagnostics: Diagnostic[]
): StatusParse {
  const status = parseStatus(value);
  if (status.kind === "unknown") {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.unknownStatus",
      params: { text: status.text, symbols: STATUS_SYMBOLS.join(", ") },
      ...place,
    });
  }
  return status;
}

/** The Statusdato cell as a month; null when empty, or (reported) when it is no month. */
export function statusDateCell(
  value: RawCell,
  place: CellPlace,
  diagnostics: Diagnostic[]
): YearMonth | null {
  const date = parseMonth(value);
  if (date.kind === "month") return date.value;
  if (date.kind === "invalid") {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.invalidStatusDate",
      params: { text: date.text },
      ...place,
    });
  }
  return null;
}
