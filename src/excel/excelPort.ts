// The WorkbookPort over one Excel.run context: read() is readWorkbook (one sync in the usual
// case), writeOverview() is writeOverviewSheet (one sync per precomputed chunk, usually one).

import { UserFacingError } from "../core/operations";
import {
  OVERVIEW_MARKER_NAME,
  OVERVIEW_SHEET,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../core/port";
import { readSettings } from "../core/settings";
import type { SheetDescription } from "../core/sheet";
import { t } from "../i18n";
import { readWorkbook, type WorkbookRead } from "./readWorkbook";
import { REQUEST_BUDGET_BYTES, writeOverviewSheet } from "./writeOverview";

export interface ExcelPortStats {
  /** Syncs spent writing the overview (chunks). */
  writeSyncs: number;
}

export class ExcelWorkbookPort implements WorkbookPort {
  lastRead: WorkbookRead | null = null;
  readonly stats: ExcelPortStats = { writeSyncs: 0 };

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = REQUEST_BUDGET_BYTES
  ) {}

  async read(): Promise<WorkbookSnapshot> {
    this.lastRead = await readWorkbook(this.context);
    return this.lastRead.snapshot;
  }

  async writeOverview(sheet: SheetDescription): Promise<void> {
    const read = this.lastRead ?? (await readWorkbook(this.context, { planBody: false }));
    // The core never asks for this, but a foreign sheet must never be overwritten.
    if (read.snapshot.overview === "foreign") {
      throw new UserFacingError("excel.error.foreignOverview", { sheet: OVERVIEW_SHEET });
    }
    const lang = readSettings(read.snapshot.settings).settings.language;
    this.stats.writeSyncs += await writeOverviewSheet(
      this.context,
      sheet,
      {
        exists: read.overviewExists,
        markerExists: read.markerExists,
        markerName: OVERVIEW_MARKER_NAME,
        markerComment: t(lang, "excel.marker.comment"),
      },
      this.budget
    );
    // The sheet and its marker now exist; a second write in this context clears it.
    this.lastRead = {
      ...read,
      overviewExists: true,
      markerExists: true,
      snapshot: { ...read.snapshot, overview: "generated" },
    };
  }
}
