// How Excel turns what is written to Range.values / Range.formulas into cell content, how
// a formula's value is shown (the fake evaluates only trivial formulas), and Range.text.

import { parseAddress, tryParseAddress } from "./address";
import { fail } from "./errors";
import {
  type CellState,
  type Scalar,
  type SheetState,
  type WorkbookState,
  findSheet,
  getCell,
  sheetById,
} from "./state";

export interface CellContent {
  value: Scalar;
  formula?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses one written entry the way Excel parses typed input (Range.values docs: "If the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula"). With number format "@" (Text) the string is kept
 * as text, as Excel does for text-formatted cells. Numeric strings become numbers,
 * "TRUE"/"FALSE" booleans; a leading apostrophe forces text (and is dropped).
 * Not modelled: dates/percentages typed as text, locale-specific decimal separators.
 */
export function parseInput(input: unknown, numberFormat: string, asFormulas: boolean): CellContent {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", `not a finite number: ${input}`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string")
    fail("InvalidArgument", `unsupported cell input ${JSON.stringify(input)}`);
  const s = input;
  if (s === "") return { value: "" };
  if (numberFormat === "@") return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith("=") && s.length > 1) return { value: "", formula: s };
  if (NUMBER.test(s.trim())) return { value: Number(s.trim()) };
  if (s.startsWith("+") || s.startsWith("-")) return { value: "", formula: `=${s}` };
  const upper = s.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  void asFormulas;
  return { value: s };
}

/**
 * The value a formula cell shows. The fake evaluates only: number / string / boolean
 * constants, a single-cell reference (A1, $B$4, Sheet!B4) and a defined name of one cell,
 * optionally negated. An unknown bare name gives "#NAME?", a reference to a deleted sheet
 * "#REF!"; every other formula evaluates to "" (tests assert the formula text instead).
 */
export function evaluate(formula: string, wb: WorkbookState, sheet: SheetState, depth = 0): Scalar {
  if (depth > 20) return "#NUM!";
  let body = formula.slice(1).trim();
  let sign = 1;
  while (body.startsWith("+") || body.startsWith("-")) {
    if (body.startsWith("-")) sign = -sign;
    body = body.slice(1).trim();
  }
  const apply = (v: Scalar): Scalar => {
    if (sign === 1) return v;
    if (typeof v === "number") return -v;
    if (v === "") return 0;
    if (typeof v === "string" && v.startsWith("#")) return v;
    return "#VALUE!";
  };
  if (NUMBER.test(body)) return apply(Number(body));
  if (/^"([^"]|"")*"$/.test(body)) return apply(body.slice(1, -1).replace(/""/g, '"'));
  if (/^(TRUE|FALSE)$/i.test(body)) return apply(body.toUpperCase() === "TRUE");
  if (body.startsWith("#REF!")) return "#REF!";
  const ref = tryParseAddress(body);
  if (ref && ref.rect.r0 === ref.rect.r1 && ref.rect.c0 === ref.rect.c1) {
    const target = ref.sheet === undefined ? sheet : findSheet(wb, ref.sheet);
    if (!target) return "#REF!";
    return apply(cellValue(wb, target, getCell(target, ref.rect.r0, ref.rect.c0), depth + 1));
  }
  if (/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(body)) {
    const lower = body.toLowerCase();
    const name =
      wb.names.find((n) => n.name.toLowerCase() === lower && n.scopeSheetId === sheet.id) ??
      wb.names.find((n) => n.name.toLowerCase() === lower && n.scopeSheetId === undefined);
    if (!name) return "#NAME?";
    if (name.kind === "formula") return apply(evaluate(name.formula ?? "=", wb, sheet, depth + 1));
    const target = name.sheetId ? sheetById(wb, name.sheetId) : undefined;
    if (!target || !name.rect) return "#REF!";
    if (name.rect.r0 !== name.rect.r1 || name.rect.c0 !== name.rect.c1) return "";
    return apply(cellValue(wb, target, getCell(target, name.rect.r0, name.rect.c0), depth + 1));
  }
  return "";
}

export function cellValue(
  wb: WorkbookState,
  sheet: SheetState,
  cell: CellState | undefined,
  depth = 0
): Scalar {
  if (!cell) return "";
  if (cell.formula !== undefined) return evaluate(cell.formula, wb, sheet, depth);
  return cell.value;
}

/** Range.formulas: the formula, or the constant for other cells. */
export function cellFormula(cell: CellState | undefined): Scalar {
  if (!cell) return "";
  return cell.formula ?? cell.value;
}

/** Range.text: the displayed text. Supports General, "@", "0", "0.00"-style and "0%" formats. */
export function cellText(value: Scalar, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fixed = /^0(\.(0+))?(%?)$/.exec(numberFormat);
  if (fixed) {
    const digits = fixed[2]?.length ?? 0;
    return fixed[3] ? `${(value * 100).toFixed(digits)}%` : value.toFixed(digits);
  }
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

/** Parses a sheet-qualified reference for names ("=Indstillinger!$B$4"). */
export function parseReference(reference: string): { sheet: string; address: string } | null {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const parsed = tryParseAddress(text);
  if (!parsed || parsed.sheet === undefined) return null;
  void parseAddress;
  return { sheet: parsed.sheet, address: text };
}
