// Reads everything a use case needs from the workbook — the plan (table Handlinger, or the
// used range of sheet Plan as a fallback), the settings (table Indstillinger, name
// AktuelStatusdato) and the overview's state (sheet Oversigt, marker name) — in ONE
// context.sync() in the usual case.
//
// Why "usual": every object is fetched with *OrNullObject, but whether it exists is only known
// after the sync, and a table's header and body ranges are sub-proxies that cannot be loaded
// when the table turns out to be a null object (the batch fails with ItemNotFound). So the
// first batch optimistically loads them. The name's cell comes through
// NamedItem.getRangeOrNullObject(), which is itself null for a missing name or one holding a
// constant, so the name never fails the batch. When both tables exist (every workbook made
// by "Opret plan", and the example), that is the only round trip. When one is missing, a
// probe of what exists and a targeted read follow (3 round trips in all, only while the
// workbook lacks table Handlinger or Indstillinger). The sheet fallback (no table, plan read
// from sheet Plan) is such a path: its used range is never loaded optimistically, since for a
// table plan it would double the payload.

import { matchColumns, REQUIRED_COLUMNS } from "../core/columns";
import {
  CURRENT_STATUS_DATE_NAME,
  OVERVIEW_MARKER_NAME,
  OVERVIEW_SHEET,
  PLAN_SHEET,
  PLAN_TABLE,
  SETTINGS_SHEET,
  SETTINGS_TABLE,
  type OverviewSheetState,
  type PlanSource,
  type SettingsSource,
  type WorkbookSnapshot,
} from "../core/port";
import type { RawCell } from "../core/raw";
import { parseAddress, splitSheet, type ParsedAddress } from "./a1";
import { isOfficeError } from "./errors";
import { toRawCell, toRawRows } from "./rawValues";

/** Where the plan is on its sheet (0-based), for writes back into it. */
export interface PlanLocation {
  kind: "table" | "sheet";
  sheet: string;
  headerRow: number;
  firstColumn: number;
  columnCount: number;
  bodyRowCount: number;
}

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
  snapshot: WorkbookSnapshot;
  plan: PlanLocation | null;
  settings: SettingsLocation | null;
  planSheetExists: boolean;
  settingsSheetExists: boolean;
  currentStatusDateName: NameInfo;
  overviewExists: boolean;
  markerExists: boolean;
  /** With `conditionalFormats`: the rules on the plan table's range (types loaded). */
  planConditionalFormats?: Excel.ConditionalFormatCollection;
}

export interface ReadOptions {
  /** Load the plan's body values (default true); false reads only its header and position. */
  planBody?: boolean;
  /** Also load the conditional formats on the plan table (for status formatting). */
  conditionalFormats?: boolean;
}

interface Probe {
  planTable: Excel.Table;
  settingsTable: Excel.Table;
  name: Excel.NamedItem;
  marker: Excel.NamedItem;
  overview: Excel.Worksheet;
  planSheet: Excel.Worksheet;
  settingsSheet: Excel.Worksheet;
}

interface Details {
  planHeader?: Excel.Range;
  planBody?: Excel.Range;
  settingsHeader?: Excel.Range;
  settingsBody?: Excel.Range;
  nameRange?: Excel.Range;
  planUsed?: Excel.Range;
  planCfs?: Excel.ConditionalFormatCollection;
}

interface Include {
  planTable: boolean;
  settingsTable: boolean;
  nameRange: boolean;
  planUsed: boolean;
}

function queueProbe(context: Excel.RequestContext): Probe {
  const wb = context.workbook;
  const probe: Probe = {
    planTable: wb.tables.getItemOrNullObject(PLAN_TABLE),
    settingsTable: wb.tables.getItemOrNullObject(SETTINGS_TABLE),
    name: wb.names.getItemOrNullObject(CURRENT_STATUS_DATE_NAME),
    marker: wb.names.getItemOrNullObject(OVERVIEW_MARKER_NAME),
    overview: wb.worksheets.getItemOrNullObject(OVERVIEW_SHEET),
    planSheet: wb.worksheets.getItemOrNullObject(PLAN_SHEET),
    settingsSheet: wb.worksheets.getItemOrNullObject(SETTINGS_SHEET),
  };
  probe.planTable.load("name");
  probe.settingsTable.load("name");
  probe.name.load("name,type,formula,value");
  probe.marker.load("name,formula");
  probe.overview.load("name");
  probe.planSheet.load("name");
  probe.settingsSheet.load("name");
  return probe;
}

const HEADER_PROPS = "values,address,rowIndex,columnIndex,columnCount";

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
  if (include.settingsTable) {
    details.settingsHeader = probe.settingsTable.getHeaderRowRange().load(HEADER_PROPS);
    details.settingsBody = probe.settingsTable.getDataBodyRange().load("values,rowIndex,rowCount");
  }
  if (include.nameRange) {
    // getRangeOrNullObject (ExcelApi 1.4) is null for a missing name and for a name holding a
    // constant or formula, so the name never fails the batch.
    details.nameRange = probe.name.getRangeOrNullObject().load("values,address");
  }
  if (include.planUsed) {
    details.planUsed = probe.planSheet
      .getUsedRangeOrNullObject(true)
      .load("values,rowIndex,columnIndex,rowCount,columnCount");
  }
  return details;
}

const exists = (object: OfficeExtension.ClientObject): boolean => !object.isNullObject;

/** True when the name refers to a cell or range (and not to a constant or a formula). */
function isRangeName(name: Excel.NamedItem): boolean {
  return exists(name) && String(name.type) === "Range";
}

/** Reads the workbook; see the header comment for the number of round trips. */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {}
): Promise<WorkbookRead> {
  const optimistic = queueProbe(context);
  const loaded = queueDetails(
    optimistic,
    { planTable: true, settingsTable: true, nameRange: true, planUsed: false },
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
    // The host returned null objects instead of failing: only the sheet fallback needs more.
    if (!exists(optimistic.planTable) && exists(optimistic.planSheet)) {
      const fallback = queueDetails(
        optimistic,
        { planTable: false, settingsTable: false, nameRange: false, planUsed: true },
        options
      );
      await context.sync();
      loaded.planUsed = fallback.planUsed;
    }
    return buildRead(optimistic, loaded, options);
  }
  const probe = queueProbe(context);
  await context.sync();
  const details = queueDetails(
    probe,
    {
      planTable: exists(probe.planTable),
      settingsTable: exists(probe.settingsTable),
      nameRange: exists(probe.name),
      planUsed: !exists(probe.planTable) && exists(probe.planSheet),
    },
    options
  );
  if (Object.keys(details).length > 0) await context.sync();
  return buildRead(probe, details, options);
}

function headerFromRange(header: Excel.Range): { sheet: string; row: number; column: number } {
  const sheet = splitSheet(header.address).sheet ?? PLAN_SHEET;
  return { sheet, row: header.rowIndex, column: header.columnIndex };
}

/** Chooses the header row of a sheet without a table: the first row naming the most columns. */
function sheetHeaderIndex(values: RawCell[][]): number {
  let best = 0;
  let bestMissing = REQUIRED_COLUMNS.length;
  const scan = Math.min(values.length, 20);
  for (let i = 0; i < scan; i++) {
    const missing = matchColumns(values[i]).missing.length;
    if (missing < bestMissing) {
      best = i;
      bestMissing = missing;
      if (missing === 0) break;
    }
  }
  return best;
}

function readPlanPart(
  probe: Probe,
  details: Details,
  withBody: boolean
): { source: PlanSource | null; location: PlanLocation | null } {
  if (exists(probe.planTable) && details.planHeader && details.planBody) {
    const header = details.planHeader;
    const at = headerFromRange(header);
    const rows = withBody ? toRawRows(details.planBody.values) : [];
    return {
      source: {
        kind: "table",
        sheet: at.sheet,
        headerRow: at.row + 1,
        header: (header.values[0] ?? []).map(toRawCell),
        rows,
      },
      location: {
        kind: "table",
        sheet: at.sheet,
        headerRow: at.row,
        firstColumn: at.column,
        columnCount: header.columnCount,
        bodyRowCount: details.planBody.rowCount,
      },
    };
  }
  if (!exists(probe.planSheet)) return { source: null, location: null };
  const sheet = probe.planSheet.name;
  const used = details.planUsed;
  if (!used || used.isNullObject) {
    return {
      source: { kind: "sheet", sheet, headerRow: 1, header: [], rows: [] },
      location: {
        kind: "sheet",
        sheet,
        headerRow: 0,
        firstColumn: 0,
        columnCount: 0,
        bodyRowCount: 0,
      },
    };
  }
  const values = toRawRows(used.values);
  const index = sheetHeaderIndex(values);
  return {
    source: {
      kind: "sheet",
      sheet,
      headerRow: used.rowIndex + index + 1,
      header: values[index] ?? [],
      rows: values.slice(index + 1),
    },
    location: {
      kind: "sheet",
      sheet,
      headerRow: used.rowIndex + index,
      firstColumn: used.columnIndex,
      columnCount: used.columnCount,
      bodyRowCount: Math.max(0, values.length - index - 1),
    },
  };
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
  } else if (isRangeName(probe.name)) {
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

function readSettingsPart(
  probe: Probe,
  details: Details
): { source: SettingsSource | null; location: SettingsLocation | null } {
  const value = currentStatusDateValue(probe, details);
  if (exists(probe.settingsTable) && details.settingsHeader && details.settingsBody) {
    const at = headerFromRange(details.settingsHeader);
    const body = details.settingsBody;
    return {
      source: {
        sheet: at.sheet,
        firstRow: body.rowIndex + 1,
        rows: toRawRows(body.values),
        ...(value !== undefined ? { currentStatusDate: value } : {}),
      },
      location: {
        sheet: at.sheet,
        firstRow: body.rowIndex,
        firstColumn: at.column,
        rowCount: body.rowCount,
        columnCount: details.settingsHeader.columnCount,
      },
    };
  }
  if (value !== undefined) {
    // No settings table, but the name: the current status date still counts.
    return {
      source: { sheet: SETTINGS_SHEET, firstRow: 1, rows: [], currentStatusDate: value },
      location: null,
    };
  }
  return { source: null, location: null };
}

/** The marker must refer to cell A1 of the sheet called Oversigt. */
function markerRefersToOverview(marker: Excel.NamedItem): boolean {
  const target = parseAddress(String(marker.formula ?? ""));
  return (
    !!target &&
    target.sheet?.toLowerCase() === OVERVIEW_SHEET.toLowerCase() &&
    target.row === 0 &&
    target.column === 0
  );
}

function overviewState(probe: Probe): OverviewSheetState {
  if (!exists(probe.overview)) return "absent";
  return exists(probe.marker) && markerRefersToOverview(probe.marker) ? "generated" : "foreign";
}

function buildRead(probe: Probe, details: Details, options: ReadOptions): WorkbookRead {
  const plan = readPlanPart(probe, details, options.planBody !== false);
  const settings = readSettingsPart(probe, details);
  return {
    snapshot: { plan: plan.source, settings: settings.source, overview: overviewState(probe) },
    plan: plan.location,
    settings: settings.location,
    planSheetExists: exists(probe.planSheet),
    settingsSheetExists: exists(probe.settingsSheet),
    currentStatusDateName: nameInfo(probe, details),
    overviewExists: exists(probe.overview),
    markerExists: exists(probe.marker),
    ...(exists(probe.planTable) && details.planCfs
      ? { planConditionalFormats: details.planCfs }
      : {}),
  };
}
