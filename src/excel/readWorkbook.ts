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
    details.planBody = probe.planTable
      .getDataBodyRange()
      .load(options.planBody === false ? "rowIndex,rowCount" : "values,rowIndex,rowCount");
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
    details.historyBody = probe.historyTable.getDataBodyRange().load("values,rowIndex,rowCount");
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
  return buildRead(probe, details, options);
}

function tableGrid(header: Excel.Range, body: Excel.Range | undefined): RawGrid {
  const sheet = splitSheet(header.address).sheet ?? "";
  return {
    sheet,
    row: header.rowIndex,
    column: header.columnIndex,
    values: [(header.values[0] ?? []).map(toRawCell), ...toRawRows(body?.values)],
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
      ? tableGrid(planTable, options.planBody === false ? undefined : details.planBody)
      : null,
    planSheet: usedGrid(details.planUsed),
    settingsTable: settingsTable ? tableGrid(settingsTable, details.settingsBody) : null,
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
              ? tableGrid(details.historyHeader, details.historyBody)
              : null,
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
