// dump(sheet): the state of one sheet as plain data for assertions.

import { MAX_COLUMNS, MAX_ROWS, rectAddress, type Rect } from "./address";
import { columnWidth, rowHeight, usedRect } from "./cells";
import type { HostCore } from "./hostcore";
import {
  type CellFormat,
  type Scalar,
  type SheetState,
  defaultFormat,
  findSheet,
  getCell,
  keyCol,
  keyRow,
} from "./state";
import { nameFormula } from "./names";
import { cellText, cellValue } from "./values";

export interface DumpedFormat {
  font: CellFormat["font"];
  /** Fill colour, or null for no fill. */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  /** Per cell edge: { style, weight, color }; style "None" = no line. */
  borders: { top: BorderDump; bottom: BorderDump; left: BorderDump; right: BorderDump };
  locked: boolean;
}
type BorderDump = { style: string; weight: string; color: string };

export interface SheetDump {
  name: string;
  id: string;
  position: number;
  visibility: string;
  /** Values from A1 to the last used cell (values or formats), "" for empty. */
  values: Scalar[][];
  /** Formula per cell, null for constants/empty (same shape as values). */
  formulas: (string | null)[][];
  text: string[][];
  numberFormats: string[][];
  formats: DumpedFormat[][];
  merges: string[];
  /** Widths in points of columns A.. (at least the used columns). */
  columnWidths: number[];
  rowHeights: number[];
  pageLayout: Record<string, unknown> & {
    printTitleRows: string | null;
    printTitleColumns: string | null;
    printArea: string | null;
  };
  freezePanes: { rows: number; columns: number };
  /** Manual page breaks: rows (0-based) that start a new page. */
  rowBreaks: number[];
  conditionalFormats: {
    type: string;
    address: string;
    formula: string;
    format: { font: Record<string, unknown>; fill: string | null };
    priority: number;
    stopIfTrue: boolean;
  }[];
  dataValidation: {
    address: string;
    cells: string[];
    rule: Record<string, unknown>;
    prompt: unknown;
    errorAlert: unknown;
    ignoreBlanks: boolean;
  }[];
  protection: { protected: boolean; options: Record<string, boolean> };
  autofits: { kind: "rows" | "columns"; address: string }[];
  tables: { name: string; id: string; address: string; columns: string[] }[];
  names: { name: string; formula: string; scope: "Workbook" | "Worksheet" }[];
  tabColor: string;
  showGridlines: boolean;
  selection: string | null;
  active: boolean;
}

function dumpFormat(f: CellFormat): DumpedFormat {
  return {
    font: { ...f.font },
    fill: f.fill,
    horizontalAlignment: f.horizontalAlignment,
    verticalAlignment: f.verticalAlignment,
    wrapText: f.wrapText,
    indentLevel: f.indentLevel,
    borders: {
      top: { ...f.borders.EdgeTop },
      bottom: { ...f.borders.EdgeBottom },
      left: { ...f.borders.EdgeLeft },
      right: { ...f.borders.EdgeRight },
    },
    locked: f.locked,
  };
}

export function dumpSheet(host: HostCore, sheetName: string): SheetDump {
  const wb = host.wb;
  const sheet: SheetState | undefined = findSheet(wb, sheetName);
  if (!sheet)
    throw new Error(
      `fake-excel dump: no sheet '${sheetName}' (sheets: ${wb.sheets.map((s) => s.name).join(", ")})`
    );
  const used = usedRect(sheet, false);
  let rows = used ? used.r1 + 1 : 0;
  let cols = used ? used.c1 + 1 : 0;
  for (const m of sheet.merges) {
    rows = Math.max(rows, m.r1 + 1);
    cols = Math.max(cols, m.c1 + 1);
  }
  const widthCols = Math.max(cols, ...[...sheet.columnWidths.keys()].map((c) => c + 1));
  const heightRows = Math.max(rows, ...[...sheet.rowHeights.keys()].map((r) => r + 1));
  const grid = <V>(fn: (r: number, c: number) => V): V[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => fn(r, c)));
  const addr = (r: Rect) => rectAddress(r);

  const dv: SheetDump["dataValidation"] = [];
  const groups = new Map<object, number[]>();
  for (const [k, state] of sheet.validations) {
    const list = groups.get(state) ?? [];
    list.push(k);
    groups.set(state, list);
  }
  for (const [state, keys] of groups) {
    const s = state as SheetState["validations"] extends Map<number, infer V> ? V : never;
    const rs = keys.map(keyRow);
    const cs = keys.map(keyCol);
    dv.push({
      address: addr({
        r0: Math.min(...rs),
        r1: Math.max(...rs),
        c0: Math.min(...cs),
        c1: Math.max(...cs),
      }),
      cells: keys.map((k) => addr({ r0: keyRow(k), r1: keyRow(k), c0: keyCol(k), c1: keyCol(k) })),
      rule: s.rule,
      prompt: s.prompt,
      errorAlert: s.errorAlert,
      ignoreBlanks: s.ignoreBlanks,
    });
  }
  const pl = sheet.pageLayout;
  return {
    name: sheet.name,
    id: sheet.id,
    position: wb.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    values: grid((r, c) => cellValue(wb, sheet, getCell(sheet, r, c))),
    formulas: grid((r, c) => getCell(sheet, r, c)?.formula ?? null),
    text: grid((r, c) => {
      const cell = getCell(sheet, r, c);
      return cellText(cellValue(wb, sheet, cell), cell?.numberFormat ?? "General");
    }),
    numberFormats: grid((r, c) => getCell(sheet, r, c)?.numberFormat ?? "General"),
    formats: grid((r, c) => dumpFormat(getCell(sheet, r, c)?.format ?? defaultFormat())),
    merges: sheet.merges.map(addr),
    columnWidths: Array.from({ length: widthCols }, (_, c) => columnWidth(sheet, c)),
    rowHeights: Array.from({ length: heightRows }, (_, r) => rowHeight(sheet, r)),
    pageLayout: {
      ...pl,
      zoom: { ...pl.zoom },
      printTitleRows: pl.printTitleRows
        ? rectAddress(
            { r0: pl.printTitleRows.r0, r1: pl.printTitleRows.r1, c0: 0, c1: MAX_COLUMNS - 1 },
            true
          )
        : null,
      printTitleColumns: pl.printTitleColumns
        ? rectAddress(
            { c0: pl.printTitleColumns.c0, c1: pl.printTitleColumns.c1, r0: 0, r1: MAX_ROWS - 1 },
            true
          )
        : null,
      printArea: pl.printArea ? rectAddress(pl.printArea, true) : null,
    },
    freezePanes: { ...sheet.freeze },
    rowBreaks: [...sheet.rowBreaks],
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      type: cf.type,
      address: addr(cf.rect),
      formula: cf.formula,
      format: { font: { ...cf.format.font }, fill: cf.format.fill },
      priority: cf.priority,
      stopIfTrue: cf.stopIfTrue,
    })),
    dataValidation: dv,
    protection: { protected: sheet.protection.protected, options: { ...sheet.protection.options } },
    autofits: sheet.autofits.map((a) => ({ kind: a.kind, address: addr(a.rect) })),
    tables: wb.tables
      .filter((t) => t.sheetId === sheet.id)
      .map((t) => ({
        name: t.name,
        id: t.id,
        address: addr(t.rect),
        columns: Array.from({ length: t.rect.c1 - t.rect.c0 + 1 }, (_, i) =>
          String(cellValue(wb, sheet, getCell(sheet, t.rect.r0, t.rect.c0 + i)))
        ),
      })),
    names: wb.names
      .filter((n) => n.sheetId === sheet.id || n.scopeSheetId === sheet.id)
      .map((n) => ({
        name: n.name,
        formula: nameFormula(wb, n),
        scope: n.scopeSheetId ? "Worksheet" : "Workbook",
      })),
    tabColor: sheet.tabColor,
    showGridlines: sheet.showGridlines,
    selection: sheet.selection ? addr(sheet.selection) : null,
    active: wb.activeSheetId === sheet.id,
  };
}
