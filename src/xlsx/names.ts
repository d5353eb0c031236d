// Workbook-level defined names over ExcelJS: reading where a name points, replacing a name.

import type { Workbook } from "exceljs";
import { parseAddress, quoteSheet } from "../core/a1";

export interface CellReference {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  column: number;
}

/** `Sheet!$B$4` or `'My sheet'!$B$4:$C$5` → its top-left cell; null if not a cell reference. */
export function parseReference(text: string): CellReference | null {
  const parsed = parseAddress(text);
  if (!parsed?.sheet) return null;
  return { sheet: parsed.sheet, row: parsed.row + 1, column: parsed.column + 1 };
}

/** `'Oversigt'!$A$1`: always quoted, so any sheet name is safe. */
export function formatReference(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${address}`;
}

function namesModel(workbook: Workbook): { name: string; ranges: string[] }[] {
  return (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] })
    .model;
}

/** The first cell the workbook-level name refers to, or null when the name is absent. */
export function resolveName(workbook: Workbook, name: string): CellReference | null {
  const key = name.toLowerCase(); // Excel names are case-insensitive
  const entry = namesModel(workbook).find((n) => n.name.toLowerCase() === key);
  if (!entry || entry.ranges.length === 0) return null;
  return parseReference(entry.ranges[0]);
}

/** Sets `name` to refer to exactly `reference` (replacing what it referred to before). */
export function setName(workbook: Workbook, name: string, reference: string): void {
  const key = name.toLowerCase();
  const others = namesModel(workbook).filter((n) => n.name.toLowerCase() !== key);
  (workbook.definedNames as unknown as { model: unknown }).model = [
    ...others,
    { name, ranges: [reference] },
  ];
}
