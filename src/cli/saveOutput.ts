// Saving a workbook the command line opened: what the output lacks of the input file is named
// in one warning ("the output does not contain: charts (2) on Ark2, …"), and writing over the
// input file with anything lacking is refused unless --force (nothing is written).

import type ExcelJS from "exceljs";
import { t } from "../i18n";
import type { InventoryItem } from "../xlsx/packageInventory";
import { PartsLostError } from "../xlsx/partsLost";
import { line, type RunContext } from "./command";

type Files = typeof import("../xlsx/files");

/** "charts (2) on Ark2, threaded comments (5) on Plan, the part xl/foo.xml". */
export function describeMissing(
  lang: RunContext["lang"],
  missing: readonly InventoryItem[]
): string {
  return missing
    .map((item) => {
      const what =
        item.kind === "other"
          ? t(lang, "input.part.other", { part: item.part ?? "" })
          : t(lang, `input.part.${item.kind}`, { count: item.count });
      return item.sheet ? t(lang, "input.part.on", { what, sheet: item.sheet }) : what;
    })
    .join(", ");
}

function warn(context: RunContext, missing: readonly InventoryItem[]): void {
  if (missing.length === 0) return;
  const severity = t(context.lang, "cli.severity.warning");
  const list = describeMissing(context.lang, missing);
  line(context.io.stderr, `${severity}: ${t(context.lang, "input.lost.warning", { list })}`);
}

/** Saves and names what is lacking; false (nothing written) when refused onto the input. */
export async function saveOutput(
  context: RunContext,
  files: Files,
  workbook: ExcelJS.Workbook,
  output: string,
  force: boolean
): Promise<boolean> {
  try {
    const { missing } = await files.saveWorkbook(workbook, output, { force });
    warn(context, missing);
    return true;
  } catch (error) {
    if (!(error instanceof PartsLostError)) throw error;
    warn(context, error.missing);
    line(context.io.stderr, t(context.lang, "input.lost.ontoInput", { path: output }));
    return false;
  }
}
