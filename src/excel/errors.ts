// Office.js errors become messages for the user: an i18n key that names the sheet, table or
// cell the operation worked on. The original error stays attached as `cause`; stacks and
// Excel's own English texts are never shown.

import { UserFacingError } from "../core/operations";

/** Where an operation was working, for the message. */
export interface ErrorTarget {
  sheet: string;
  table?: string;
  /** An A1 cell or range address, without the sheet. */
  cell?: string;
}

/** The part of OfficeExtension.Error the mapping needs (duck-typed: the host may inject it). */
interface OfficeErrorLike {
  code: string;
  message?: string;
  debugInfo?: { code?: string; errorLocation?: string };
}

export function isOfficeError(error: unknown): error is OfficeErrorLike {
  return (
    typeof error === "object" &&
    error !== null &&
    !(error instanceof UserFacingError) &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Excel.ErrorCodes (documented values) → message key. */
const BY_CODE: Record<string, string> = {
  AccessDenied: "excel.error.sheetProtected",
  ItemNotFound: "excel.error.itemNotFound",
  InvalidArgument: "excel.error.invalidArgument",
  InvalidReference: "excel.error.invalidArgument",
  InvalidBinding: "excel.error.invalidArgument",
  RequestPayloadSizeLimitExceeded: "excel.error.payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "excel.error.payloadTooLarge",
  GeneralException: "excel.error.general",
  InvalidOperationInCellEditMode: "excel.error.cellEditMode",
  InvalidOperation: "excel.error.invalidOperation",
  Conflict: "excel.error.conflict",
  ItemAlreadyExists: "excel.error.itemAlreadyExists",
  ApiNotFound: "excel.error.requirements",
  ActivityLimitReached: "excel.error.busy",
  RequestAborted: "excel.error.busy",
  ServiceNotAvailable: "excel.error.busy",
  Unauthenticated: "excel.error.busy",
  NonBlankCellOffSheet: "excel.error.sheetFull",
  InsertDeleteConflict: "excel.error.conflict",
  UnsupportedSheet: "excel.error.unsupportedSheet",
  MergedRangeConflict: "excel.error.mergedRange",
  UnsupportedOperation: "excel.error.invalidOperation",
};

/** Keys whose message can name a table or a cell as well as the sheet. */
const DETAILED = new Set(["excel.error.itemNotFound", "excel.error.invalidArgument"]);

/**
 * Any error thrown while talking to Excel, as a UserFacingError. UserFacingErrors pass
 * through; Office errors are mapped by code; anything else is "unexpected".
 */
export function toUserFacingError(error: unknown, target: ErrorTarget): UserFacingError {
  if (error instanceof UserFacingError) return error;
  const params: Record<string, string | number> = { sheet: target.sheet };
  if (target.table) params.table = target.table;
  if (target.cell) params.cell = target.cell;
  if (!isOfficeError(error)) return new UserFacingError("excel.error.unexpected", params, error);

  const code =
    error.debugInfo?.code && BY_CODE[error.debugInfo.code] ? error.debugInfo.code : error.code;
  let key = BY_CODE[code];
  if (!key) {
    return new UserFacingError("excel.error.unknown", { ...params, code }, error);
  }
  if (key === "excel.error.requirements") {
    return new UserFacingError(key, { set: "ExcelApi 1.9" }, error);
  }
  if (DETAILED.has(key)) {
    if (target.table) key += ".table";
    else if (target.cell) key += ".cell";
  }
  return new UserFacingError(key, params, error);
}

/** Runs `work`, turning whatever it throws into a UserFacingError about `target`. */
export async function asUserFacing<T>(target: ErrorTarget, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toUserFacingError(error, target);
  }
}
