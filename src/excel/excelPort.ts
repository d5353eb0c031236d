// The WorkbookPort over one Excel.run context: read() is readWorkbook (one sync in the usual
// case), writeGeneratedSheet() is writeOverviewSheet's chunked writer (one sync per
// precomputed chunk, usually one).

import { UserFacingError } from "../core/operations";
import { GENERATED_SHEETS, type RawWorkbook, type ReadOptions } from "../core/port";
import type { ChartDescription, RoundsPort, RoundWrite } from "../core/rounds";
import { generatedSheetState } from "../core/readWorkbook";
import { readSettings } from "../core/settings";
import type { SheetDescription } from "../core/sheet";
import { t } from "../i18n";
import type { OfficeLike } from "../officeHost";
import type { RawCell } from "../core/raw";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import { OVERVIEW_BUDGET_BYTES, writeOverviewSheet } from "./writeOverview";

export interface ExcelPortStats {
  /** Syncs spent writing generated sheets (chunks). */
  writeSyncs: number;
}

export class ExcelWorkbookPort implements RoundsPort {
  lastRead: WorkbookRead | null = null;
  /** Checked before a generated sheet's first write (the ribbon's time bound). */
  beforeFirstWrite?: (chunks: number) => void;
  readonly stats: ExcelPortStats = { writeSyncs: 0 };
  /**
   * The charts on each generated sheet this port wrote, loaded with its last chunk (none on a
   * sheet it created), so that writeCharts needs no request of its own to find them.
   */
  private readonly chartsOf = new Map<string, Excel.ChartCollection | null>();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = OVERVIEW_BUDGET_BYTES,
    private readonly office?: OfficeLike
  ) {}

  async read(options: ReadOptions = {}): Promise<RawWorkbook> {
    // The rounds' column rule loads with the rounds (only they ask for some columns).
    const matchHistory = options.historyColumns
      ? (await import("../core/rounds/historyColumns")).matchHistoryColumns
      : undefined;
    const wanted = options.historyRounds;
    const roundBlocks = wanted
      ? (await import("../core/rounds/roundBlocks")).roundBlocks
      : undefined;
    this.lastRead = await readWorkbook(this.context, {
      history: options.history,
      ...(options.historyColumns && matchHistory
        ? {
            historyColumns: options.historyColumns,
            matchHistory: (header: RawCell[]) =>
              matchHistory(header).columns as Record<string, number | undefined>,
            ...(wanted && roundBlocks
              ? { historyBlocks: (cells: RawCell[]) => roundBlocks(cells, wanted) }
              : {}),
          }
        : {}),
      ...(options.historyTail ? { historyTail: true } : {}),
    });
    return this.lastRead.raw;
  }

  /** The plan's new IDs (and column ID) and the round's history rows; see history.ts. */
  async writeRound(write: RoundWrite): Promise<void> {
    const read = this.lastRead ?? (await readWorkbook(this.context, { history: true }));
    const lang = readSettings(read.snapshot.settings).settings.language;
    const { writeRoundInExcel } = await import("./roundsWrites");
    this.stats.writeSyncs += await writeRoundInExcel(this.context, read, write, lang, this.office);
  }

  async writeCharts(sheet: string, charts: readonly ChartDescription[]): Promise<void> {
    const { writeChartsInExcel } = await import("./roundsWrites");
    const existing = this.chartsOf.get(sheet);
    // A load that did not complete (a best-effort activation failed in its batch) is read again.
    let names: string[] | undefined;
    try {
      names = existing === null ? [] : existing?.items.map((chart) => chart.name);
    } catch {
      names = undefined;
    }
    this.stats.writeSyncs += await writeChartsInExcel(this.context, sheet, charts, names);
  }

  async writeGeneratedSheet(sheet: SheetDescription, marker: string): Promise<void> {
    const read = this.lastRead ?? (await readWorkbook(this.context, { planBody: false }));
    if (!Object.values(GENERATED_SHEETS).some((kind) => kind.marker === marker)) {
      // Markers are fetched for GENERATED_SHEETS only; another name cannot be checked.
      throw new Error(`Marker ${marker} is not one of GENERATED_SHEETS`);
    }
    // The core never asks for this, but a foreign sheet must never be overwritten.
    const state = generatedSheetState(read.raw, { sheet: sheet.name, marker });
    if (state === "foreign") {
      throw new UserFacingError("excel.error.foreignOverview", { sheet: sheet.name });
    }
    const lang = readSettings(read.snapshot.settings).settings.language;
    this.stats.writeSyncs += await writeOverviewSheet(
      this.context,
      sheet,
      {
        exists: state === "generated",
        markerExists: marker in read.raw.markers,
        markerName: marker,
        markerComment: t(lang, "excel.marker.comment"),
      },
      this.budget,
      this.beforeFirstWrite,
      (ws) => {
        this.chartsOf.set(sheet.name, state === "generated" ? ws.charts.load("items/name") : null);
      }
    );
    // The sheet and its marker now exist; a second write in this context clears it.
    const raw: RawWorkbook = {
      ...read.raw,
      sheets: state === "absent" ? [...read.raw.sheets, sheet.name] : read.raw.sheets,
      markers: { ...read.raw.markers, [marker]: { sheet: sheet.name, row: 0, column: 0 } },
    };
    this.lastRead = { ...read, raw };
  }
}
