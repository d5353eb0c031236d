// OfficeExtension.Error as thrown by Office.js, and the error codes the fake raises.
// Codes and messages follow "Office common API error codes" / "Error handling with the
// application-specific JavaScript APIs" (learn.microsoft.com/office/dev/add-ins/testing/...).

export const ErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/** Default messages, worded like Excel's. */
const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "Office Add-in requirement sets" for more information.',
  GeneralException: "There was an internal error while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  /** The object/method that failed, like Office.js' `errorLocation` ("Range.values"). */
  errorLocation?: string;
  /** The failing queued statement (the fake's op path). */
  statement?: string;
  /** Extra detail from the fake (why it failed); Excel puts this in `innerError`/message. */
  fakeDetail?: string;
}

/** Shape-compatible with OfficeExtension.Error: `name`, `code`, `message`, `debugInfo`, `traceMessages`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  debugInfo: FakeDebugInfo;
  traceMessages: string[] = [];
  innerError: FakeOfficeError | null = null;
  httpStatusCode?: number;

  constructor(code: string, message?: string, detail?: string) {
    super(message ?? MESSAGES[code] ?? code);
    // Office.js names its errors "RichApi.Error".
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message: this.message, fakeDetail: detail };
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
  }

  override toString(): string {
    return `${this.code}: ${this.message}${this.debugInfo.fakeDetail ? ` (${this.debugInfo.fakeDetail})` : ""}`;
  }
}

/** Throws a queued-operation error; `detail` explains the fake's reason (tests read it). */
export function fail(code: string, detail?: string): never {
  throw new FakeOfficeError(code, undefined, detail);
}

export function propertyNotLoaded(prop: string, entity: string): FakeOfficeError {
  // Office.js wording (Utility.createPropertyNotLoadedException).
  const err = new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${prop}`
  );
  err.debugInfo.errorLocation = `${entity}.${prop}`;
  return err;
}

/** A misuse the fake forbids on purpose (not an Office error): fails the test loudly. */
export class FakeUsageError extends Error {
  constructor(message: string) {
    super(`fake-excel: ${message}`);
    this.name = "FakeUsageError";
  }
}
