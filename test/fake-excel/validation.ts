// Excel.DataValidation (ExcelApi 1.8; "Add data validation to Excel ranges"). Validation is
// stored per cell; reading a range whose cells differ gives type "Inconsistent".
// A list rule's source is "a Range object, or a string that contains a comma-separated
// number, Boolean, or date" (ListDataValidation docs).

import { ErrorCodes, fail } from "./errors";
import { FakeClientObject, type FakeRequestContext } from "./proxy";
import {
  type DataValidationState,
  type RangeTarget,
  cellKey,
  getCell,
  keyCol,
  keyRow,
} from "./state";
import { bool, oneOf } from "./cells";
import { rowsOf, colsOf, sheetAddress, type Rect } from "./address";
import { cellValue } from "./values";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  custom: "Custom",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
};
const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

function defaultState(): DataValidationState {
  return {
    rule: {},
    prompt: { showPrompt: false, title: "", message: "" },
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    ignoreBlanks: true,
  };
}

function keysIn(rect: Rect, map: Map<number, unknown>): { keys: number[]; complete: boolean } {
  const area = rowsOf(rect) * colsOf(rect);
  const keys: number[] = [];
  if (area <= 200_000) {
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const k = cellKey(r, c);
        if (map.has(k)) keys.push(k);
      }
  } else {
    for (const k of map.keys())
      if (
        keyRow(k) >= rect.r0 &&
        keyRow(k) <= rect.r1 &&
        keyCol(k) >= rect.c0 &&
        keyCol(k) <= rect.c1
      )
        keys.push(k);
  }
  return { keys, complete: keys.length === area };
}

function normalizeRule(rule: unknown): Record<string, unknown> {
  if (!rule || typeof rule !== "object" || Array.isArray(rule))
    fail(ErrorCodes.invalidArgument, "DataValidation.rule must be an object");
  const entries = Object.entries(rule).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1 || !(entries[0][0] in RULE_TYPES))
    fail(
      ErrorCodes.invalidArgument,
      `DataValidation.rule must have exactly one of ${Object.keys(RULE_TYPES).join(", ")}`
    );
  const [kind, body] = entries[0];
  if (!body || typeof body !== "object")
    fail(ErrorCodes.invalidArgument, `DataValidation.rule.${kind} must be an object`);
  const b = body as Record<string, unknown>;
  if (kind === "list") {
    let source = b.source;
    if (source && typeof source === "object" && "_live" in (source as object)) {
      const t = (source as { _live(): RangeTarget })._live();
      source = `=${sheetAddress(t.sheet.name, t.rect, true)}`;
    }
    if (typeof source !== "string" || source === "")
      fail(
        ErrorCodes.invalidArgument,
        "DataValidation.rule.list.source must be a non-empty string or a Range"
      );
    return {
      list: {
        inCellDropDown:
          b.inCellDropDown === undefined ? true : bool(b.inCellDropDown, "list.inCellDropDown"),
        source,
      },
    };
  }
  if (kind === "custom") {
    if (typeof b.formula !== "string" || !b.formula)
      fail(ErrorCodes.invalidArgument, "DataValidation.rule.custom.formula must be a formula");
    return { custom: { formula: b.formula } };
  }
  if (b.formula1 === undefined)
    fail(ErrorCodes.invalidArgument, `DataValidation.rule.${kind}.formula1 is required`);
  return {
    [kind]: {
      formula1: b.formula1,
      formula2: b.formula2,
      operator: oneOf(b.operator, OPERATORS, `${kind}.operator`),
    },
  };
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    path: string,
    resolver: () => RangeTarget | null,
    nullable: boolean
  ) {
    super(context, path, "DataValidation", resolver, { nullable, api: "1.8" });
  }
  protected _scalars() {
    return ["type", "rule", "prompt", "errorAlert", "ignoreBlanks", "valid"];
  }
  private common(t: RangeTarget): DataValidationState | null | "inconsistent" {
    const { keys, complete } = keysIn(t.rect, t.sheet.validations);
    if (keys.length === 0) return null;
    const first = t.sheet.validations.get(keys[0])!;
    const json = JSON.stringify(first);
    if (!complete || keys.some((k) => JSON.stringify(t.sheet.validations.get(k)) !== json))
      return "inconsistent";
    return first;
  }
  protected _read(t: RangeTarget, prop: string): unknown {
    const s = this.common(t);
    const inconsistent = s === "inconsistent";
    const state = s === null || inconsistent ? defaultState() : s;
    switch (prop) {
      case "type": {
        if (inconsistent) return "Inconsistent";
        const kind = Object.keys(state.rule)[0];
        return kind ? RULE_TYPES[kind] : "None";
      }
      case "rule":
        return inconsistent ? null : state.rule;
      case "prompt":
        return inconsistent ? null : state.prompt;
      case "errorAlert":
        return inconsistent ? null : state.errorAlert;
      case "ignoreBlanks":
        return inconsistent ? null : state.ignoreBlanks;
      case "valid":
        return this.isValid(t);
    }
    return undefined;
  }
  /**
   * "Returns true if all cell values are valid, or false if all cell values are invalid.
   * Returns null if there are both valid and invalid cell values within the range." The fake
   * evaluates list rules with a literal source; cells under other rules count as valid.
   */
  private isValid(t: RangeTarget): boolean | null {
    const wb = this.context._host.wb;
    let valid = 0;
    let invalid = 0;
    for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100_000); r++)
      for (let c = t.rect.c0; c <= Math.min(t.rect.c1, t.rect.c0 + 16_384); c++) {
        const dv = t.sheet.validations.get(cellKey(r, c));
        const list = dv && (dv.rule as { list?: { source: string } }).list;
        const v = String(cellValue(wb, t.sheet, getCell(t.sheet, r, c)));
        if (!dv || !list || list.source.startsWith("=") || (v === "" && dv.ignoreBlanks)) valid++;
        else if (list.source.split(",").some((x) => x.trim() === v)) valid++;
        else invalid++;
      }
    return invalid === 0 ? true : valid === 0 ? false : null;
  }
  private update(prop: string, value: unknown, mutate: (s: DataValidationState) => void): void {
    this._setProp(prop, value, (t) => {
      this.context._host.assertWritable(t.sheet, `DataValidation.${prop}`);
      const { keys } = keysIn(t.rect, t.sheet.validations);
      const existing = new Set(keys);
      const shared = new Map<string, DataValidationState>();
      for (let r = t.rect.r0; r <= t.rect.r1; r++)
        for (let c = t.rect.c0; c <= t.rect.c1; c++) {
          const k = cellKey(r, c);
          const before = existing.has(k) ? t.sheet.validations.get(k)! : defaultState();
          const json = JSON.stringify(before);
          let next = shared.get(json);
          if (!next) {
            next = JSON.parse(json) as DataValidationState;
            mutate(next);
            shared.set(json, next);
          }
          t.sheet.validations.set(k, next);
        }
    });
  }
  get type(): string {
    return this._get("type");
  }
  get valid(): boolean | null {
    return this._get("valid");
  }
  get rule(): any {
    return this._get("rule");
  }
  set rule(v: any) {
    this.update("rule", v, (s) => (s.rule = normalizeRule(v)));
  }
  get prompt(): any {
    return this._get("prompt");
  }
  set prompt(v: any) {
    this.update("prompt", v, (s) => {
      if (!v || typeof v !== "object")
        fail(ErrorCodes.invalidArgument, "DataValidation.prompt must be an object");
      s.prompt = { ...s.prompt, ...(v as object) };
    });
  }
  get errorAlert(): any {
    return this._get("errorAlert");
  }
  set errorAlert(v: any) {
    this.update("errorAlert", v, (s) => {
      if (!v || typeof v !== "object")
        fail(ErrorCodes.invalidArgument, "DataValidation.errorAlert must be an object");
      const next = { ...s.errorAlert, ...(v as object) };
      next.style = oneOf(
        next.style,
        ["Stop", "Warning", "Information"],
        "DataValidation.errorAlert.style"
      );
      s.errorAlert = next;
    });
  }
  get ignoreBlanks(): boolean {
    return this._get("ignoreBlanks");
  }
  set ignoreBlanks(v: boolean) {
    this.update(
      "ignoreBlanks",
      v,
      (s) => (s.ignoreBlanks = bool(v, "DataValidation.ignoreBlanks"))
    );
  }
  /** Removes validation from the range's cells. */
  clear(): void {
    this._queue("clear", null, (t) => {
      this.context._host.assertWritable(t.sheet, "DataValidation.clear");
      for (const k of keysIn(t.rect, t.sheet.validations).keys) t.sheet.validations.delete(k);
    });
  }
}
