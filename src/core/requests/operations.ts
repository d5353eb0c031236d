// What the pane's *Bed om status* step asks of a host (src/excel/requests.ts implements it over
// Office.js): the list and progress, sending the comments, reminding. Every result carries the
// list as it was read in that operation, so the pane never shows a stale one.

import type { Diagnostic } from "../diagnostics";
import type { Language, YearMonth } from "../model";
import type { RequestList } from "./requests";
import type { MailText } from "./texts";
import type { RequestProgress } from "./threads";

export interface RequestsView {
  /** False when there is nothing to ask (no readable plan, no round). */
  ok: boolean;
  round: YearMonth | null;
  /** The plan's language: the comments' and mails' language. */
  language: Language;
  list: RequestList | null;
  progress: RequestProgress | null;
  /** Per owner of the list (same order): the request as e-mail text and a mailto: link. */
  mails: MailText[];
  /**
   * Comments that @mention can be written (ExcelApi 1.11); otherwise only the mails are
   * offered.
   */
  mentions: boolean;
  /** The plan's sheet, for selecting an action's row. */
  sheet: string | null;
  diagnostics: Diagnostic[];
}

export interface SendOutcome extends RequestsView {
  /** Addresses a comment was written for. */
  sent: string[];
  /** Asked already this round: nothing added. */
  alreadyAsked: string[];
  /** Every Status and Statusnote cell of their actions already holds a thread. */
  noFreeCell: string[];
  /** Threads set to resolved because their owner has updated everything. */
  resolved: number;
}

export interface RemindOutcome extends RequestsView {
  /** Addresses a reminder reply was written for. */
  reminded: string[];
}

export interface RequestsOperations {
  /** The list and progress; resolves the threads of owners who have updated. */
  getRequests(): Promise<RequestsView>;
  sendRequests(): Promise<SendOutcome>;
  remindOwners(): Promise<RemindOutcome>;
}
