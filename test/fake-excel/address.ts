// A1 addresses: parsing ("A1", "$A$1:C3", "A:C", "1:3", "'My sheet'!B2") and formatting
// ("Plan!A1:C3", as Range.address returns). Coordinates are 0-based and inclusive.

import { fail } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function columnLetters(c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function part(s: string): { r?: number; c?: number } | null {
  let m = CELL.exec(s);
  if (m) return { c: columnIndex(m[1]), r: Number(m[2]) - 1 };
  m = COL.exec(s);
  if (m) return { c: columnIndex(m[1]) };
  m = ROW.exec(s);
  if (m) return { r: Number(m[1]) - 1 };
  return null;
}

/** Parses an A1 address; returns null when it is not one. */
export function tryParseAddress(address: string): ParsedAddress | null {
  let text = address.trim();
  let sheet: string | undefined;
  const bang = text.lastIndexOf("!");
  if (bang >= 0) {
    sheet = text.slice(0, bang);
    text = text.slice(bang + 1);
    if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
      sheet = sheet.slice(1, -1).replace(/''/g, "'");
    if (!sheet) return null;
  }
  const pieces = text.split(":");
  if (pieces.length > 2 || !pieces[0]) return null;
  const a = part(pieces[0]);
  const b = pieces.length === 2 ? part(pieces[1]) : a;
  if (!a || !b) return null;
  const aCell = a.r !== undefined && a.c !== undefined;
  const bCell = b.r !== undefined && b.c !== undefined;
  let rect: Rect;
  if (aCell && bCell) {
    rect = { r0: a.r!, c0: a.c!, r1: b.r!, c1: b.c! };
  } else if (
    pieces.length === 2 &&
    a.r === undefined &&
    b.r === undefined &&
    a.c !== undefined &&
    b.c !== undefined
  ) {
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: a.c, c1: b.c };
  } else if (
    pieces.length === 2 &&
    a.c === undefined &&
    b.c === undefined &&
    a.r !== undefined &&
    b.r !== undefined
  ) {
    rect = { c0: 0, c1: MAX_COLUMNS - 1, r0: a.r, r1: b.r };
  } else {
    return null;
  }
  rect = normalize(rect);
  if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 >= MAX_ROWS || rect.c1 >= MAX_COLUMNS) return null;
  return { sheet, rect };
}

export function parseAddress(address: string): ParsedAddress {
  const parsed = typeof address === "string" ? tryParseAddress(address) : null;
  if (!parsed) fail("InvalidArgument", `not an A1 address: ${JSON.stringify(address)}`);
  return parsed;
}

export function normalize(r: Rect): Rect {
  return {
    r0: Math.min(r.r0, r.r1),
    r1: Math.max(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    c1: Math.max(r.c0, r.c1),
  };
}

/** Quotes a sheet name in an address when Excel would ('My sheet'!A1). */
export function quoteSheet(name: string): string {
  const plain =
    /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) &&
    !CELL.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1:C3" (or "A1" for one cell, "A:C" / "1:3" for whole columns / rows). */
export function rectAddress(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1)
    return `${d}${columnLetters(r.c0)}:${d}${columnLetters(r.c1)}`;
  if (r.c0 === 0 && r.c1 === MAX_COLUMNS - 1) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  const a = `${d}${columnLetters(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${columnLetters(r.c1)}${d}${r.r1 + 1}`;
}

export function sheetAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${rectAddress(r, absolute)}`;
}

export function rowsOf(r: Rect): number {
  return r.r1 - r.r0 + 1;
}
export function colsOf(r: Rect): number {
  return r.c1 - r.c0 + 1;
}
export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}
export function contains(outer: Rect, inner: Rect): boolean {
  return (
    outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1
  );
}
export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}
