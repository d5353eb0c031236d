// Builds the workbook state from plain data (FakeWorkbookInit), so tests can set up a
// workbook without going through the API.

import { parseAddress, tryParseAddress } from "./address";
import { fixHeaderRow } from "./cells";
import { validateDefinedName } from "./names";
import {
  type SheetState,
  type WorkbookState,
  cellFor,
  emptyWorkbook,
  findSheet,
  newSheet,
} from "./state";
import { parseInput } from "./values";
import { validateSheetName } from "./worksheet";

export type InitCell = string | number | boolean | Date | null;

export interface FakeSheetInit {
  name: string;
  /** Rows of cells from A1 (or from `at`); strings are parsed as if typed (so "=…" is a formula). `null` = empty. */
  cells?: InitCell[][];
  at?: string;
  /** More blocks of cells at other addresses. */
  blocks?: { at: string; cells: InitCell[][] }[];
  /** Number formats by address, e.g. { "C2:C20": "@" } (applied before the cells are written). */
  numberFormats?: Record<string, string>;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  protected?: boolean;
}

export interface FakeTableInit {
  name: string;
  sheet: string;
  address: string;
  hasHeaders?: boolean;
}

export interface FakeNameInit {
  name: string;
  /** e.g. "=Indstillinger!$B$4" or "=42". */
  formula: string;
  comment?: string;
  /** Worksheet scope; omitted = workbook scope. */
  scope?: string;
}

export interface FakeWorkbookInit {
  /** Defaults to one empty sheet "Sheet1". */
  sheets?: FakeSheetInit[];
  tables?: FakeTableInit[];
  names?: FakeNameInit[];
  activeSheet?: string;
  /** Workbook structure protection. */
  protectedStructure?: boolean;
}

/** Excel date serial of a JavaScript date (1900 date system; days since 1899-12-30, UTC). */
export function toSerial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

function writeBlock(sheet: SheetState, at: string, cells: InitCell[][]): void {
  const { rect } = parseAddress(at);
  cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const cell = cellFor(sheet, rect.r0 + i, rect.c0 + j);
      const input = v instanceof Date ? toSerial(v) : v;
      const content = parseInput(input, cell.numberFormat, false);
      cell.value = content.value;
      if (content.formula) cell.formula = content.formula;
      if (v instanceof Date) cell.numberFormat = "m/d/yyyy";
    })
  );
}

export function buildWorkbook(init: FakeWorkbookInit | undefined): WorkbookState {
  const wb = emptyWorkbook();
  const sheets = init?.sheets?.length ? init.sheets : [{ name: "Sheet1" }];
  for (const s of sheets) {
    const sheet = newSheet(wb, validateSheetName(wb, s.name));
    wb.sheets.push(sheet);
    for (const [addr, fmt] of Object.entries(s.numberFormats ?? {})) {
      const { rect } = parseAddress(addr);
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) cellFor(sheet, r, c).numberFormat = fmt;
    }
    if (s.cells) writeBlock(sheet, s.at ?? "A1", s.cells);
    for (const b of s.blocks ?? []) writeBlock(sheet, b.at, b.cells);
    sheet.visibility = s.visibility ?? "Visible";
    sheet.protection.protected = s.protected ?? false;
  }
  const active = init?.activeSheet
    ? findSheet(wb, init.activeSheet)
    : wb.sheets.find((s) => s.visibility === "Visible");
  if (!active) throw new Error(`fake-excel init: no active sheet '${init?.activeSheet}'`);
  wb.activeSheetId = active.id;
  for (const t of init?.tables ?? []) {
    const sheet = findSheet(wb, t.sheet);
    if (!sheet) throw new Error(`fake-excel init: table ${t.name} on missing sheet ${t.sheet}`);
    const { rect } = parseAddress(t.address);
    validateDefinedName(wb, t.name, undefined, "init table");
    if (t.hasHeaders === false)
      throw new Error("fake-excel init: give tables a header row in the cells (hasHeaders true)");
    wb.nextId += 1;
    wb.tables.push({
      id: String(wb.nextId),
      name: t.name,
      sheetId: sheet.id,
      rect,
      showHeaders: true,
      showTotals: false,
      style: "TableStyleMedium2",
    });
    fixHeaderRow(wb, sheet, rect);
  }
  for (const n of init?.names ?? []) {
    const scope = n.scope ? findSheet(wb, n.scope) : undefined;
    if (n.scope && !scope)
      throw new Error(`fake-excel init: name ${n.name} scoped to missing sheet ${n.scope}`);
    validateDefinedName(wb, n.name, scope?.id, "init name");
    const text = n.formula.startsWith("=") ? n.formula.slice(1) : n.formula;
    const ref = tryParseAddress(text);
    const target = ref
      ? ref.sheet !== undefined
        ? findSheet(wb, ref.sheet)
        : (scope ?? active)
      : undefined;
    if (ref && !target)
      throw new Error(`fake-excel init: name ${n.name} refers to missing sheet ${ref.sheet}`);
    wb.names.push(
      ref && target
        ? {
            name: n.name,
            kind: "range",
            sheetId: target.id,
            rect: ref.rect,
            comment: n.comment ?? "",
            visible: true,
            scopeSheetId: scope?.id,
          }
        : {
            name: n.name,
            kind: "formula",
            formula: `=${text}`,
            comment: n.comment ?? "",
            visible: true,
            scopeSheetId: scope?.id,
          }
    );
  }
  wb.protection.protected = init?.protectedStructure ?? false;
  return wb;
}
