// What a test hands to the page before office.js runs (window.__e2eSetup), and the handle the
// fake office.js leaves for assertions (window.__fake). Shared by node (tests, scripts) and the
// browser bundle, so it imports nothing of either side.

import type { FakeWorkbookInit } from "../../fake-excel";

/** A workbook init as JSON: dates travel as { $date: ISO string }. */
export type EncodedInit = unknown;

export interface PageSetup {
  init: EncodedInit;
  /** Office.context.displayLanguage, e.g. "da-DK" or "en-US". */
  displayLanguage: string;
  /** Initial document settings (Office.context.document.settings). */
  settings?: Record<string, unknown>;
  /** Office.context.officeTheme, when not the fake's default (light). */
  officeTheme?: { isDarkTheme: boolean; bodyBackgroundColor: string };
}

export interface DialogCall {
  url: string;
  options: unknown;
  /** The callback has handed the dialog to the page: its event handlers can be registered. */
  shown: boolean;
  closed: boolean;
}

export interface FakeStatsView {
  syncs: number;
  roundTrips: number;
  requestBytes: number[];
}

/** window.__fake: what tests read and do through the fake Office in the page. */
export interface FakeHandle {
  dump(sheet: string): import("../../fake-excel").SheetDump;
  sheetNames(): string[];
  stats(): FakeStatsView;
  simulateUserEdit(
    sheet: string,
    address: string,
    values: unknown[][],
    source?: "Local" | "Remote"
  ): Promise<void>;
  flushEvents(): Promise<void>;
  /** Errors thrown by the add-in's event handlers, as text. */
  eventHandlerErrors(): string[];
  /** onChanged handlers currently registered (the automatic status date's subscription). */
  changeHandlerCount(): Promise<number>;
  /** Ids passed to Office.actions.associate. */
  actionIds(): string[];
  /** The function associated with an id (call it inside page.evaluate). */
  associated(id: string): ((event: unknown) => unknown) | undefined;
  /** Calls displayDialogAsync made by the page. */
  dialogs: DialogCall[];
  /**
   * Closes the dialog as its OK button does (message) or the user's X does (event). Throws
   * before the dialog was shown: a user cannot press a button Office has not shown yet.
   */
  closeDialog(index: number, how: "message" | "event"): void;
  /** Messages a dialog page sent with Office.context.ui.messageParent. */
  parentMessages: string[];
  /** Document settings as last saved with saveAsync. */
  savedSettings(): Record<string, unknown>;
  /** The workbook's comment threads (fake-excel/comments.ts). */
  comments(): FakeCommentView[];
}

export interface FakeCommentView {
  address: string | null;
  content: string;
  mentions: string[];
  resolved: boolean;
  replies: number;
}

/** JSON-safe copy of a workbook init: Date → { $date }. */
export function encodeInit(init: FakeWorkbookInit): EncodedInit {
  return JSON.parse(
    JSON.stringify(init, function (this: Record<string, unknown>, key: string, value: unknown) {
      const original = this[key];
      return original instanceof Date ? { $date: original.toISOString() } : value;
    })
  );
}

export function decodeInit(encoded: EncodedInit): FakeWorkbookInit {
  return JSON.parse(JSON.stringify(encoded), (_key, value: unknown) =>
    value && typeof value === "object" && "$date" in value
      ? new Date(String((value as { $date: string }).$date))
      : value
  ) as FakeWorkbookInit;
}
