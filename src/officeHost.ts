// The parts of Office.js's globals the add-in uses — the adapter's Excel and Office, the task
// pane's start, the ribbon's dialog — injectable so tests and the fake supply them. One file,
// imported by every module that needs a host (no module imports another's host types).

/** The part of the `Excel` namespace the adapter uses (the real one or the fake's). */
export interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T>;
}

/** The part of `Office` the adapter (src/excel) uses. */
export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    displayLanguage?: string;
  };
}

/** The part of the Office global the task pane's start (src/taskpane/boot.ts) needs. */
export interface OfficeBootLike {
  /** `host` is "Excel" in Excel and null in a plain browser (Office.HostType values are strings). */
  onReady(): Promise<{ host: string | null; platform?: string | null }>;
  context?: { displayLanguage?: string; officeTheme?: Office.OfficeTheme };
}

/**
 * The part of Office.context.ui the ribbon's message dialog needs. Enum values are written as
 * the strings Office.js uses ("succeeded", "dialogMessageReceived", …) so this runs without the
 * Office global.
 */
export interface DialogUi {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe: boolean },
    callback: (result: {
      status: string;
      value: DialogLike;
      error?: { code: number; message: string };
    }) => void
  ): void;
}

export interface DialogLike {
  addEventHandler(eventType: string, handler: (arg: unknown) => void): void;
  close(): void;
}
