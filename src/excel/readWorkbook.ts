// Fetches the raw grids and names the core's reading rules need (src/core/readWorkbook.ts):
// tables Handlinger and Indstillinger, the sheets' names, the name AktuelStatusdato and the
// generated sheets' markers. ONE context.sync() in the usual case; the core decides what it
// all means, so this file holds no rule about reading a plan.
//
// Why "usual": every object is fetched with *OrNullObject, but whether it exists is only known
// after the sync, and a table's header and body ranges are sub-proxies that cannot be loaded
// when the table turns out to be a null object (the batch fails with ItemNotFound). So the
// first batch optimistically loads them. The name's cell comes through
// NamedItem.getRangeOrNullObject(), which is itself null for a missing name or one holding a
// constant, so the name never fails the batch. When both tables exist (every workbook made
// by "Opret plan", and the example), that is the only round trip. When one is missing, a
// probe of what exists and a targeted read follow (3 round trips in all, only while the
// workbook lacks table Handlinger or Indstillinger). A sheet without its table (plan or
// settings read from the sheet's used range) is such a path: used ranges are never loaded
// optimistically, since for a table plan that would double the payload.

import {
  CURRENT_STATUS_DATE_NAME,
  GENERATED_SHEETS,
  HIGHEST_ID_NAME,
  HISTORY_TABLE,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
  type CellRef,
  type RawGrid,
  type RawWorkbook,
  type WorkbookSnapshot,
} from "../core/port";
import { sameName } from "../core/keys";
import type { RawCell } from "../core/raw";
import { readWorkbook as readRules } from "../core/readWorkbook";
import { parseAddress, splitSheet, type ParsedAddress } from "../core/a1";
import { isOfficeError } from "./errors";
import type { HistoryTableLocation } from "./history";
import { tableAddress } from "./planProofs";
import { toRawCell, toRawRows } from "./rawValues";
import { matchColumns } from "../core/columns";
import { HISTORY_COLUMNS } from "../core/rounds/historyColumns";
import {
  HISTORY_HEAD_ROWS,
  PLAN_HEAD_ROWS,
  isResponseTooLarge,
  largestRow,
  READ_TARGET_BYTES,
  readPieces,
  type Piece,
} from "./chunkedRead";
import { readRoundBlocks } from "./readRoundBlocks";

/** Where the plan is on its sheet (0-based), for writes back into it. */
export interface PlanLocation {
  kind: "table" | "sheet";
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  bodyRowCount: number;
  /** The table's whole range as read ("Plan!A1:G41"); absent for a plan read from its sheet. */
  tableAddress?: string;
}

/** Where table Indstillinger is (0-based), for writing the status date into it. */
export interface SettingsLocation {
  sheet: string;
  /** 0-based sheet row of the first key/value row, and the table's columns. */
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
  /** The table's whole range as read ("Indstillinger!A1:B9"). */
  tableAddress: string;
}

export interface NameInfo {
  exists: boolean;
  /** Excel.NamedItemType: "Range", "String", "Double", … */
  type?: string;
  formula?: string;
  /** The cell or range the name refers to, when it refers to one. */
  target?: ParsedAddress | null;
}

export interface WorkbookRead {
  raw: RawWorkbook;
  snapshot: WorkbookSnapshot;
  plan: PlanLocation | null;
  /** Table Indstillinger's position; null without that table. */
  settings: SettingsLocation | null;
  planSheetExists: boolean;
  settingsSheetExists: boolean;
  currentStatusDateName: NameInfo;
  /** With `conditionalFormats`: the rules on the plan table's range (types loaded). */
  planConditionalFormats?: Excel.ConditionalFormatCollection;
  /** With `history`: where table Statusrunder is (0-based); null without it. */
  history?: HistoryTableLocation | null;
}

export interface ReadOptions {
  /** Load the plan's body values (default true); false reads only its header and position. */
  planBody?: boolean;
  /** Also load the conditional formats on the plan table (for status formatting). */
  conditionalFormats?: boolean;
  /** Also load table Statusrunder (the rounds' use cases). */
  history?: boolean;
  /**
   * Only these columns of the history's body (HistoryColumnKey names); all when absent. The
   * header is always read whole.
   */
  historyColumns?: readonly string[];
  /**
   * With `historyColumns`: the history header's column index of each key (the rounds' rule
   * matchHistoryColumns, passed in so that it stays out of the pane's first JavaScript).
   */
  matchHistory?: (header: RawCell[]) => Record<string, number | undefined>;
  /** Read none of the history's body when name Statusoversigt_HoejesteID exists. */
  historyOnlyWithoutHighestId?: boolean;
  /** Only the history's last rows, where the last closed round is (the refresh's check). */
  historyTail?: boolean;
  /**
   * With `historyColumns` (holding the round): the body rows [from, to) to read in every column,
   * given the round column's cells (the rounds' rule, passed in like `matchHistory`).
   */
  historyBlocks?: (roundCells: RawCell[]) => [number, number][];
  /** Divides the heads read with the first request (after a refused response). */
  headDivisor?: number;
}

interface Probe {
  historyTable: Excel.Table;
  planTable: Excel.Table;
  settingsTable: Excel.Table;
  name: Excel.NamedItem;
  markers: Excel.NamedItem[];
  /** Name Statusoversigt_HoejesteID (the highest ID handed out), with the history only. */
  highestId?: Excel.NamedItem;
  sheets: Excel.WorksheetCollection;
}

interface Details {
  planHeader?: Excel.Range;
  planBody?: Excel.Range;
  settingsHeader?: Excel.Range;
  settingsBody?: Excel.Range;
  nameRange?: Excel.Range;
  planUsed?: Excel.Range;
  settingsUsed?: Excel.Range;
  planCfs?: Excel.ConditionalFormatCollection;
  historyHeader?: Excel.Range;
  historyBody?: Excel.Range;
  /** The column right of table Handlinger (with the history): where column ID would go. */
  planNext?: Excel.Range;
  /** The body's first HEAD_ROWS rows (the rest follow in chunks: chunkedRead.ts). */
  planHead?: Excel.Range;
  planRange?: Excel.Range;
  historyRange?: Excel.Range;
  historyHead?: Excel.Range;
  /** Sheet Historik's used range: whether anything is below the table. */
  historyUsed?: Excel.Range;
  /** The bodies' rows once complete (plan: all columns; history: all or the asked ones). */
  planRows?: unknown[][];
  historyRows?: unknown[][];
  historyUnread?: string[];
  /** Body rows [from, to) of the history read in every column despite `historyUnread`. */
  historyWhole?: [number, number][];
}

interface Include {
  planTable: boolean;
  settingsTable: boolean;
  nameRange: boolean;
  planUsed: boolean;
  settingsUsed: boolean;
  /** Table Statusrunder's header and body (only when the read asks for the history). */
  historyTable?: boolean;
}

const MARKERS = Object.values(GENERATED_SHEETS).map((kind) => kind.marker);

function queueProbe(context: Excel.RequestContext, options: ReadOptions): Probe {
  const wb = context.workbook;
  const probe: Probe = {
    historyTable: wb.tables.getItemOrNullObject(HISTORY_TABLE),
    planTable: wb.tables.getItemOrNullObject(PLAN_TABLE),
    settingsTable: wb.tables.getItemOrNullObject(SETTINGS_TABLE),
    name: wb.names.getItemOrNullObject(CURRENT_STATUS_DATE_NAME),
    markers: MARKERS.map((marker) => wb.names.getItemOrNullObject(marker)),
    // The operations that fill IDs read the history: only they need the name.
    ...(options.history ? { highestId: wb.names.getItemOrNullObject(HIGHEST_ID_NAME) } : {}),
    sheets: wb.worksheets,
  };
  probe.planTable.load("name");
  probe.historyTable.load("name");
  probe.settingsTable.load("name");
  probe.name.load("name,type,formula,value");
  for (const marker of probe.markers) marker.load("name,formula");
  probe.highestId?.load("name,value");
  probe.sheets.load("items/name");
  return probe;
}

const HEADER_PROPS = "values,address,rowIndex,columnIndex,columnCount";
const USED_PROPS = "values,address,rowIndex,columnIndex";

function sheetNamed(probe: Probe, name: string): Excel.Worksheet | undefined {
  return probe.sheets.items.find((sheet) => sameName(sheet.name, name));
}

function queueDetails(probe: Probe, include: Include, options: ReadOptions): Details {
  const details: Details = {};
  if (include.planTable) {
    details.planHeader = probe.planTable.getHeaderRowRange().load(HEADER_PROPS);
    details.planBody = probe.planTable.getDataBodyRange().load("rowIndex,rowCount");
    if (options.planBody !== false) {
      // The head of the body; a larger plan's other rows follow by measured size.
      const body = probe.planTable.getDataBodyRange();
      const rows = Math.ceil(PLAN_HEAD_ROWS / (options.headDivisor ?? 1));
      details.planHead = body
        .getIntersection(body.getRow(0).getResizedRange(rows - 1, 0))
        .load("values");
      details.planRange = probe.planTable.getRange().load("address");
    }
    if (options.conditionalFormats) {
      details.planCfs = probe.planTable.getRange().conditionalFormats.load("items/id,items/type");
    }
  }
  if (include.planTable && options.history) {
    // In the same batch as the table: a sub-range of it, so no round trip of its own.
    details.planNext = probe.planTable
      .getRange()
      .getLastColumn()
      .getOffsetRange(0, 1)
      .load("values,address,rowIndex,columnIndex");
  }
  if (include.historyTable && options.history) {
    details.historyHeader = probe.historyTable.getHeaderRowRange().load(HEADER_PROPS);
    // Only its extent here: the rows the operation needs follow by measured size.
    const body = probe.historyTable.getDataBodyRange();
    details.historyBody = body.load("rowIndex,rowCount");
    details.historyRange = probe.historyTable.getRange().load("address");
    details.historyUsed = probe.historyTable.worksheet
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,rowCount");
    if (!options.historyOnlyWithoutHighestId) {
      const rows = Math.ceil(HISTORY_HEAD_ROWS / (options.headDivisor ?? 1));
      details.historyHead = body
        .getIntersection(body.getRow(0).getResizedRange(rows - 1, 0))
        .load("values");
    }
  }
  if (include.settingsTable) {
    details.settingsHeader = probe.settingsTable.getHeaderRowRange().load(HEADER_PROPS);
    details.settingsBody = probe.settingsTable.getDataBodyRange().load("values,rowIndex,rowCount");
  }
  if (include.nameRange) {
    // getRangeOrNullObject (ExcelApi 1.4) is null for a missing name and for a name holding a
    // constant or formula, so the name never fails the batch.
    details.nameRange = probe.name.getRangeOrNullObject().load("values,address");
  }
  const planSheet = include.planUsed ? sheetNamed(probe, PLAN_SHEET) : undefined;
  if (planSheet) details.planUsed = planSheet.getUsedRangeOrNullObject(true).load(USED_PROPS);
  const settingsSheet = include.settingsUsed ? sheetNamed(probe, SETTINGS_SHEET) : undefined;
  if (settingsSheet) {
    details.settingsUsed = settingsSheet.getUsedRangeOrNullObject(true).load(USED_PROPS);
  }
  return details;
}

const exists = (object: OfficeExtension.ClientObject): boolean => !object.isNullObject;

/** What still has to be fetched once it is known which tables and sheets exist. */
function fallbackParts(probe: Probe): Include {
  return {
    planTable: false,
    settingsTable: false,
    nameRange: false,
    planUsed: !exists(probe.planTable) && !!sheetNamed(probe, PLAN_SHEET),
    settingsUsed: !exists(probe.settingsTable) && !!sheetNamed(probe, SETTINGS_SHEET),
  };
}

/** Reads the workbook; see the header comment for the number of round trips. */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookRead> {
  const optimistic = queueProbe(context, options);
  const loaded = queueDetails(
    optimistic,
    {
      planTable: true,
      settingsTable: true,
      nameRange: true,
      planUsed: false,
      settingsUsed: false,
      historyTable: true,
    },
    options
  );
  let optimisticOk = true;
  try {
    await context.sync();
  } catch (error) {
    // Rows far larger than the heads were sized for: the same read with smaller heads.
    const divisor = options.headDivisor ?? 1;
    if (isResponseTooLarge(error) && divisor < 256) {
      return readWorkbook(context, { ...options, headDivisor: divisor * 4 });
    }
    // A table's range is a sub-proxy: when the table is missing, the batch fails. Genuine
    // Office errors recur in the probe below and propagate from there; others are bugs.
    if (!isOfficeError(error)) throw error;
    optimisticOk = false;
  }
  if (optimisticOk) {
    // The host returned null objects instead of failing: only the sheet fallbacks need more.
    const fallback = queueDetails(optimistic, fallbackParts(optimistic), options);
    if (Object.keys(fallback).length > 0) {
      await context.sync();
      Object.assign(loaded, fallback);
    }
    await completeBodies(context, optimistic, loaded, options);
    return buildRead(optimistic, loaded, options);
  }
  const probe = queueProbe(context, options);
  await context.sync();
  const details = queueDetails(
    probe,
    {
      ...fallbackParts(probe),
      planTable: exists(probe.planTable),
      settingsTable: exists(probe.settingsTable),
      nameRange: exists(probe.name),
      historyTable: exists(probe.historyTable),
    },
    options
  );
  if (Object.keys(details).length > 0) await context.sync();
  await completeBodies(context, probe, details, options);
  return buildRead(probe, details, options);
}

function tableGrid(header: Excel.Range, rows: unknown[][] | undefined): RawGrid {
  const sheet = splitSheet(header.address).sheet ?? "";
  return {
    sheet,
    row: header.rowIndex,
    column: header.columnIndex,
    values: [(header.values[0] ?? []).map(toRawCell), ...toRawRows(rows)],
  };
}

/** Bytes a history row of these columns is expected to take, from the plan's measured rows. */
function historyRowEstimate(details: Details, keys: readonly string[]): number {
  const header = details.planHeader?.values[0] ?? [];
  const rows = details.planRows ?? details.planHead?.values ?? [];
  const { columns } = matchColumns(header.map(toRawCell));
  const widest = (index: number | undefined) =>
    index === undefined
      ? 0
      : rows.reduce((max, row) => Math.max(max, JSON.stringify(row[index] ?? "").length * 3), 0);
  const planKey: Record<string, number | undefined> = {
    id: columns.id,
    focusArea: columns.focusArea,
    initiative: columns.initiative,
    action: columns.action,
    status: columns.status,
    note: columns.note,
  };
  // Round, status date and closed are numbers (about 20 bytes each on the wire).
  return 16 + keys.reduce((sum, key) => sum + Math.max(20, widest(planKey[key])), 0);
}

/** `a` then `b`, without spreading (a body may be too long for the argument list). */
function joined(a: readonly unknown[][], b: readonly unknown[][]): unknown[][] {
  const out = a.slice();
  for (const row of b) out.push(row);
  return out;
}

/** How the history's body is completed after the first request. */
interface HistoryRead {
  /** The piece of the history read together with the plan's rest, if any. */
  piece?: Piece;
  /** Builds the rows from what that piece read (more requests for the rounds read whole). */
  finish(rows: unknown[][]): Promise<void>;
}

/**
 * The bodies' rows: the plan's head and the rest of it, the history's asked columns, each in
 * requests under the response limit (chunkedRead.ts). The plan's rest and the history's share
 * requests; the rows of the rounds read whole follow once the round column is known.
 */
async function completeBodies(
  context: Excel.RequestContext,
  probe: Probe,
  details: Details,
  options: ReadOptions
): Promise<void> {
  const pieces: Piece[] = [];
  let planPiece = -1;
  const planHead = details.planHead?.values ?? [];
  if (details.planBody && details.planHead && details.planRange && exists(probe.planTable)) {
    const count = details.planBody.rowCount;
    if (planHead.length >= count) details.planRows = planHead.slice(0, count);
    else {
      planPiece = pieces.length;
      pieces.push({
        table: PLAN_TABLE,
        address: details.planRange.address,
        from: planHead.length,
        to: count,
        bytesPerRow: largestRow(planHead),
        measured: planHead.length > 0,
      });
    }
  }
  const plan = pieces[planPiece];
  const planRest = plan ? (plan.to - plan.from) * plan.bytesPerRow : 0;
  const history = historyRead(context, probe, details, options, planRest);
  const historyPiece = history?.piece ? pieces.push(history.piece) - 1 : -1;
  const read = pieces.length > 0 ? await readPieces(context, pieces) : [];
  if (planPiece >= 0) details.planRows = joined(planHead, read[planPiece]);
  await history?.finish(historyPiece >= 0 ? read[historyPiece] : []);
}

function historyRead(
  context: Excel.RequestContext,
  probe: Probe,
  details: Details,
  options: ReadOptions,
  /** Bytes of the plan's rest, read in the same requests. */
  planRestBytes: number
): HistoryRead | null {
  if (
    !options.history ||
    !details.historyHeader ||
    !details.historyBody ||
    !exists(probe.historyTable)
  )
    return null;
  const header = (details.historyHeader.values[0] ?? []).map(toRawCell);
  const width = header.length;
  const done = (rows: unknown[][]): HistoryRead => ({
    finish: async () => void (details.historyRows = rows),
  });
  if (options.historyOnlyWithoutHighestId && probe.highestId && exists(probe.highestId)) {
    return done([]);
  }
  const head = details.historyHead?.values ?? [];
  const rowCount = details.historyBody.rowCount;
  // The whole history came with the first request.
  if (head.length >= rowCount) return done(head.slice(0, rowCount));
  const address = details.historyRange?.address ?? "";
  const wholeRow = head.length > 0 ? largestRow(head) : 0;
  if (options.historyTail) {
    // The last rounds' rows: as many as the plan has, with a margin for actions deleted since.
    const planRows = details.planBody?.rowCount ?? 0;
    const from = Math.max(0, rowCount - Math.ceil(planRows * 1.1) - 50);
    const start = Math.max(from, head.length);
    return {
      piece: {
        table: HISTORY_TABLE,
        address,
        from: start,
        to: rowCount,
        bytesPerRow: wholeRow || historyRowEstimate(details, HISTORY_COLUMNS),
        measured: head.length > 0,
      },
      finish: async (tail) => {
        const before = Array.from({ length: from }, () => [] as unknown[]);
        details.historyRows = joined(joined(before, head.slice(from, start)), tail);
      },
    };
  }
  const matched = options.matchHistory?.(header) ?? {};
  const rest = rowCount - head.length;
  const wholeBytes = wholeRow || historyRowEstimate(details, HISTORY_COLUMNS);
  const requested = options.matchHistory ? options.historyColumns : undefined;
  const requestedIndexes = requested
    ? [...new Set(requested.map((key) => matched[key]).filter((i): i is number => i !== undefined))]
    : undefined;
  const project = (indexes: number[]) => head.map((row) => indexes.map((i) => row[i]));
  // Two steps (the columns, then the rounds' rows) or the rest whole, whichever takes fewer
  // requests: a small history comes whole with the plan's rest. The rounds' rows are
  // estimated as two rounds of the plan's size.
  const wholeIsCheaper = (indexes: number[]): boolean => {
    const columnBytes = head.length > 0 ? largestRow(project(indexes), true) : 40 * indexes.length;
    const requests = (bytes: number) => Math.ceil(bytes / READ_TARGET_BYTES);
    const blocks = Math.min(rest, 2 * (details.planBody?.rowCount ?? rest)) * wholeBytes;
    return (
      requests(planRestBytes + rest * wholeBytes) <=
      requests(planRestBytes + rest * columnBytes) + requests(blocks)
    );
  };
  const readWhole =
    !requestedIndexes ||
    (!!options.historyBlocks && matched.round !== undefined && wholeIsCheaper(requestedIndexes));
  const wanted = readWhole ? undefined : requested;
  const indexes = readWhole ? undefined : requestedIndexes;
  const projectedHead = indexes ? project(indexes) : head;
  const piece: Piece = {
    table: HISTORY_TABLE,
    address,
    ...(indexes ? { columns: indexes } : {}),
    from: head.length,
    to: rowCount,
    bytesPerRow:
      head.length > 0
        ? largestRow(projectedHead, !!indexes)
        : historyRowEstimate(details, wanted ?? HISTORY_COLUMNS),
    measured: head.length > 0,
  };
  return {
    piece,
    finish: async (fetched) => {
      const rows = joined(projectedHead, fetched);
      if (!indexes) {
        details.historyRows = rows;
        return;
      }
      const round = matched.round === undefined ? -1 : indexes.indexOf(matched.round);
      const whole =
        options.historyBlocks && round >= 0
          ? await readRoundBlocks(context, options.historyBlocks, {
              head,
              index: rows,
              round,
              roundColumn: matched.round!,
              address,
              bytesPerRow: wholeBytes,
              measured: head.length > 0,
            })
          : null;
      // Full-width rows, the columns not read left empty and named as unread.
      details.historyRows = rows.map((row, r) => {
        const read = whole?.rows.get(r);
        if (read) return read;
        const full = new Array<unknown>(width).fill("");
        indexes.forEach((index, i) => (full[index] = row[i]));
        return full;
      });
      details.historyUnread = Object.keys(matched).filter((key) => !wanted!.includes(key));
      if (whole) details.historyWhole = whole.ranges;
    },
  };
}

function usedGrid(used: Excel.Range | undefined): RawGrid | null {
  if (!used || used.isNullObject) return null;
  const sheet = splitSheet(used.address).sheet ?? "";
  return { sheet, row: used.rowIndex, column: used.columnIndex, values: toRawRows(used.values) };
}

function nameInfo(probe: Probe, details: Details): NameInfo {
  if (!exists(probe.name)) return { exists: false };
  const info: NameInfo = {
    exists: true,
    type: String(probe.name.type),
    formula: probe.name.formula,
  };
  if (details.nameRange && !details.nameRange.isNullObject) {
    info.target = parseAddress(details.nameRange.address);
  } else if (String(probe.name.type) === "Range") {
    info.target = parseAddress(String(probe.name.formula ?? ""));
  }
  return info;
}

function currentStatusDateValue(probe: Probe, details: Details): RawCell | undefined {
  if (!exists(probe.name)) return undefined;
  if (details.nameRange && !details.nameRange.isNullObject) {
    return toRawCell(details.nameRange.values?.[0]?.[0]);
  }
  // A name holding a constant or a formula: its computed value.
  return toRawCell(probe.name.value);
}

function markerTargets(probe: Probe): Record<string, CellRef | null> {
  const markers: Record<string, CellRef | null> = {};
  probe.markers.forEach((marker, i) => {
    if (!exists(marker)) return;
    const target = parseAddress(String(marker.formula ?? ""));
    markers[MARKERS[i]] = target?.sheet
      ? { sheet: target.sheet, row: target.row, column: target.column }
      : null;
  });
  return markers;
}

function rawWorkbook(probe: Probe, details: Details, options: ReadOptions): RawWorkbook {
  const value = currentStatusDateValue(probe, details);
  const planTable = exists(probe.planTable) && details.planHeader;
  const settingsTable = exists(probe.settingsTable) && details.settingsHeader;
  return {
    sheets: probe.sheets.items.map((sheet) => sheet.name),
    // Without the body's values (planBody: false) the plan is its header alone.
    planTable: planTable
      ? tableGrid(planTable, options.planBody === false ? undefined : details.planRows)
      : null,
    planSheet: usedGrid(details.planUsed),
    settingsTable: settingsTable ? tableGrid(settingsTable, details.settingsBody?.values) : null,
    settingsSheet: usedGrid(details.settingsUsed),
    ...(value !== undefined ? { currentStatusDate: value } : {}),
    markers: markerTargets(probe),
    ...(probe.highestId && exists(probe.highestId)
      ? { highestId: toRawCell(probe.highestId.value) }
      : {}),
    ...(options.history && planTable && details.planNext
      ? { planNextColumn: usedGrid(details.planNext) }
      : {}),
    ...(options.history
      ? {
          historyTable:
            exists(probe.historyTable) && details.historyHeader
              ? tableGrid(details.historyHeader, details.historyRows)
              : null,
          ...(details.historyUnread?.length ? { historyUnread: details.historyUnread } : {}),
          ...(details.historyWhole ? { historyWholeRows: details.historyWhole } : {}),
        }
      : {}),
  };
}

function buildRead(probe: Probe, details: Details, options: ReadOptions): WorkbookRead {
  const raw = rawWorkbook(probe, details, options);
  const snapshot = readRules(raw);
  const source = snapshot.plan;
  const settingsHeader = exists(probe.settingsTable) ? details.settingsHeader : undefined;
  const settingsBody = details.settingsBody;
  return {
    raw,
    snapshot,
    plan: source && {
      kind: source.kind,
      sheet: source.sheet,
      headerRow: source.headerRow - 1,
      firstColumn: source.firstColumn,
      columnCount: source.header.length,
      bodyRowCount:
        source.kind === "table" && details.planBody
          ? details.planBody.rowCount
          : source.rows.length,
      ...(source.kind === "table" && details.planHeader && details.planBody
        ? { tableAddress: tableAddress(details.planHeader.address, details.planBody.rowCount) }
        : {}),
    },
    ...(options.history
      ? {
          history:
            exists(probe.historyTable) && details.historyHeader && details.historyBody
              ? {
                  sheet: splitSheet(details.historyHeader.address).sheet ?? "",
                  headerRow: details.historyHeader.rowIndex,
                  firstColumn: details.historyHeader.columnIndex,
                  columnCount: details.historyHeader.columnCount,
                  bodyRowCount: details.historyBody.rowCount,
                  ...(details.historyUsed && !details.historyUsed.isNullObject
                    ? {
                        usedLastRow:
                          details.historyUsed.rowIndex + details.historyUsed.rowCount - 1,
                      }
                    : {}),
                  tableAddress: tableAddress(
                    details.historyHeader.address,
                    details.historyBody.rowCount
                  ),
                }
              : null,
        }
      : {}),
    settings:
      settingsHeader && settingsBody
        ? {
            sheet: splitSheet(settingsHeader.address).sheet ?? SETTINGS_SHEET,
            firstRow: settingsBody.rowIndex,
            firstColumn: settingsHeader.columnIndex,
            rowCount: settingsBody.rowCount,
            columnCount: settingsHeader.columnCount,
            tableAddress: tableAddress(settingsHeader.address, settingsBody.rowCount),
          }
        : null,
    planSheetExists: !!sheetNamed(probe, PLAN_SHEET),
    settingsSheetExists: !!sheetNamed(probe, SETTINGS_SHEET),
    currentStatusDateName: nameInfo(probe, details),
    ...(exists(probe.planTable) && details.planCfs
      ? { planConditionalFormats: details.planCfs }
      : {}),
  };
}
