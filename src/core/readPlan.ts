// Reads the plan's rows into the model: focus areas → initiatives → actions, in sheet order,
// with a diagnostic for everything that could not be read as written.

import {
  COLUMN_ALIASES,
  COLUMN_NAMES,
  matchColumns,
  REQUIRED_COLUMNS,
  type ColumnKey,
  type ColumnMatch,
} from "./columns";
import { parseMonth } from "./dates";
import type { Diagnostic } from "./diagnostics";
import type { Action, FocusArea, Initiative, Plan, StatusSymbol } from "./model";
import type { PlanSource } from "./port";
import { isErrorCell, type RawCell } from "./raw";
import { parseStatus, STATUS_SYMBOLS } from "./status";

/** A typed status variant to be replaced by its canonical symbol. */
export interface StatusFix {
  /** 1-based sheet row. */
  row: number;
  /** 0-based index within the source row. */
  column: number;
  from: string;
  to: StatusSymbol;
}

export interface ReadPlanResult {
  /** False when the plan cannot be read at all (required columns missing). */
  ok: boolean;
  plan: Plan;
  diagnostics: Diagnostic[];
  statusFixes: StatusFix[];
  columns: ColumnMatch;
}

/** Key under which names are grouped: case-insensitive, whitespace collapsed. */
export function nameKey(name: string): string {
  // NFC only where combining marks occur: normalize() dominates the cost on large plans.
  let key = COMBINING_MARK.test(name) ? name.normalize("NFC") : name;
  if (SPACE_TO_FOLD.test(key)) key = key.replace(/\s+/g, " ");
  return key.trim().toLowerCase();
}

/** Runs of white space, or white space other than a plain space. */
const SPACE_TO_FOLD = /\s\s|[^\S ]/;

const COMBINING_MARK = /[\u0300-\u036f]/;

/** A cell as text: trimmed strings, numbers as written, dates as YYYY-MM-DD. */
export function cellText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined || isErrorCell(raw)) return "";
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? "" : raw.toISOString().slice(0, 10);
  return String(raw).trim();
}

function isBlank(raw: RawCell | undefined): boolean {
  return cellText(raw) === "";
}

/** Every column the plan reads: the required ones and the optional ID. */
const TEXT_KEYS: readonly ColumnKey[] = [...REQUIRED_COLUMNS, "id"];

export function readPlan(source: PlanSource): ReadPlanResult {
  const columns = matchColumns(source.header);
  const diagnostics: Diagnostic[] = [];
  const statusFixes: StatusFix[] = [];
  const plan: Plan = { focusAreas: [] };
  const headerText = (index: number) => cellText(source.header[index]);
  const at = (row: number, key?: ColumnKey) => ({
    sheet: source.sheet,
    row,
    ...(key !== undefined && columns.columns[key] !== undefined
      ? { column: headerText(columns.columns[key]) }
      : {}),
  });

  for (const key of columns.missing) {
    diagnostics.push({
      severity: "error",
      code: "core.diag.missingColumn",
      params: { column: COLUMN_NAMES[key].da, aliases: COLUMN_ALIASES[key].join(", ") },
      sheet: source.sheet,
      row: source.headerRow,
    });
  }
  for (const duplicate of columns.duplicates ?? []) {
    diagnostics.push({
      severity: "warning",
      code: "core.diag.duplicateColumn",
      params: { column: headerText(duplicate.index) },
      sheet: source.sheet,
      row: source.headerRow,
      column: headerText(duplicate.index),
    });
  }
  if (columns.missing.length > 0) {
    return { ok: false, plan, diagnostics, statusFixes, columns };
  }

  const areas = new Map<string, { area: FocusArea; initiatives: Map<string, Initiative> }>();
  const seenActions = new Map<string, number>();
  // Focus-area and initiative names repeat on every row: compute each key once.
  const keys = new Map<string, string>();
  const groupKey = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };

  source.rows.forEach((cells, i) => {
    const row = source.headerRow + 1 + i;
    const raw: Partial<Record<ColumnKey, RawCell>> = {};
    for (const key of TEXT_KEYS) {
      const index = columns.columns[key];
      if (index === undefined) continue;
      const value = cells[index] ?? null;
      if (isErrorCell(value)) {
        diagnostics.push({
          severity: "warning",
          code: "core.diag.errorValue",
          params: { error: value.error },
          ...at(row, key),
        });
        raw[key] = null;
      } else {
        raw[key] = value;
      }
    }
    if (TEXT_KEYS.every((key) => isBlank(raw[key]))) return;

    const focusArea = cellText(raw.focusArea);
    const initiative = cellText(raw.initiative);
    const text = cellText(raw.action);
    if (text === "") {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.rowWithoutAction",
        ...at(row, "action"),
      });
      return;
    }
    if (focusArea === "" || initiative === "") {
      const code =
        focusArea === "" && initiative === ""
          ? "core.diag.actionWithoutFocusAreaAndInitiative"
          : focusArea === ""
            ? "core.diag.actionWithoutFocusArea"
            : "core.diag.actionWithoutInitiative";
      diagnostics.push({
        severity: "warning",
        code,
        params: { action: text },
        ...at(row, focusArea === "" ? "focusArea" : "initiative"),
      });
      return;
    }

    const action: Action = { text, status: null, note: cellText(raw.note), statusDate: null, row };
    const id = cellText(raw.id);
    if (id !== "") action.id = id;

    const status = parseStatus(raw.status ?? null);
    if (status.kind === "symbol") {
      action.status = status.symbol;
      if (!status.canonical) {
        statusFixes.push({
          row,
          column: columns.columns.status as number,
          from: String(raw.status),
          to: status.symbol,
        });
      }
    } else if (status.kind === "unknown") {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.unknownStatus",
        params: { text: status.text, symbols: STATUS_SYMBOLS.join(", ") },
        ...at(row, "status"),
      });
    }

    const date = parseMonth(raw.statusDate ?? null);
    if (date.kind === "month") action.statusDate = date.value;
    else if (date.kind === "invalid") {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.invalidStatusDate",
        params: { text: date.text },
        ...at(row, "statusDate"),
      });
    }

    const areaKey = groupKey(focusArea);
    let group = areas.get(areaKey);
    if (!group) {
      group = { area: { name: focusArea, initiatives: [] }, initiatives: new Map() };
      areas.set(areaKey, group);
      plan.focusAreas.push(group.area);
    }
    const initiativeKey = groupKey(initiative);
    let target = group.initiatives.get(initiativeKey);
    if (!target) {
      target = { name: initiative, actions: [] };
      group.initiatives.set(initiativeKey, target);
      group.area.initiatives.push(target);
    }
    target.actions.push(action);

    const actionKey = `${areaKey}\u0000${initiativeKey}\u0000${nameKey(text)}`;
    const firstRow = seenActions.get(actionKey);
    if (firstRow === undefined) seenActions.set(actionKey, row);
    else {
      diagnostics.push({
        severity: "warning",
        code: "core.diag.duplicateAction",
        params: { action: text, firstRow, row },
        ...at(row, "action"),
      });
    }
  });

  if (plan.focusAreas.length === 0) {
    diagnostics.push({ severity: "info", code: "core.diag.emptyPlan", sheet: source.sheet });
  }
  return { ok: true, plan, diagnostics, statusFixes, columns };
}
