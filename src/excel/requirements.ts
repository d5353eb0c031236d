// Requirement sets: ExcelApi 1.9 is the baseline (setCellProperties, page layout,
// setRowProperties, copyFrom); anything newer is only used behind isSetSupported.

import { UserFacingError } from "../core/operations";
import type { OfficeLike } from "../officeHost";

export const BASELINE_SET = { name: "ExcelApi", version: "1.9" } as const;

export function isSupported(office: OfficeLike | undefined, version: string): boolean {
  try {
    return !!office?.context?.requirements?.isSetSupported(BASELINE_SET.name, version);
  } catch {
    return false;
  }
}

/** Throws the requirement message when Excel lacks ExcelApi 1.9 (e.g. Excel 2016 retail). */
export function assertBaseline(office: OfficeLike | undefined): void {
  if (!isSupported(office, BASELINE_SET.version)) {
    throw new UserFacingError("excel.error.requirements", {
      set: `${BASELINE_SET.name} ${BASELINE_SET.version}`,
    });
  }
}
