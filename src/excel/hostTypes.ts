// The parts of Office.js's globals the adapter uses, injectable so tests and the fake supply
// them. One file, imported by every module that needs a host (no module imports another's).

/** The part of the `Excel` namespace the adapter uses (the real one or the fake's). */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
}

/** The part of `Office` the adapter uses. */
export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    displayLanguage?: string;
  };
}
