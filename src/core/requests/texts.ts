// The texts an owner receives, in the plan's language: the comment that @mentions them (Excel
// mails it), the reminder reply, and the same list as e-mail text and a mailto: link (for hosts
// without ExcelApi 1.11, and for guests who may not be mentionable).
//
// Every comment and reply the add-in writes ends with a marker line `[Statusoversigt 2019-12
// address]`: that is how its threads are told from the users' own (which are never changed or
// resolved) and how an owner already asked this round is found. Plan text is data: angle
// brackets, which the rich content uses for its mention tags, are written as ‹ ›.

import "./messages";
import { formatMonth, formatMonthIso, parseMonth } from "../dates";
import type { Language, YearMonth } from "../model";
import { t } from "../../i18n";
import type { OwnerRequest, RequestAction } from "./requests";
import { ownerLabel } from "./requests";

export const MARKER_WORD = "Statusoversigt";
const MARKER = /\[Statusoversigt (\d{4}-\d{2}) ([^\s\]]+)\]\s*$/;

/** The marker line of a request to `email` in `round`. */
export function requestMarker(round: YearMonth, email: string): string {
  return `[${MARKER_WORD} ${formatMonthIso(round)} ${email}]`;
}

/** The round and address of an add-in request, or null for any other text (a user's comment). */
export function parseRequestMarker(content: string): { round: YearMonth; email: string } | null {
  const match = MARKER.exec(content.trim());
  if (!match) return null;
  const round = parseMonth(match[1]);
  return round.kind === "month" ? { round: round.value, email: match[2] } : null;
}

/** Plan text inside rich content: no angle brackets (they would read as markup). */
export function richSafe(text: string): string {
  return text.replace(/</g, "‹").replace(/>/g, "›");
}

/** Comment content with one mention (ExcelApi 1.11 CommentRichContent). */
export interface MentionContent {
  richContent: string;
  mentions: { id: number; name: string; email: string }[];
  /** The same text without markup (what the comment's `content` shows; the mail fallback). */
  plain: string;
}

/** One line per action: its ID (when it has one) and text. */
export function actionLine(action: RequestAction): string {
  return `- ${action.id ? `${action.id} ` : ""}${action.action}`;
}

function mention(owner: OwnerRequest, body: string[]): MentionContent {
  const name = ownerLabel(owner);
  const tag = `<at id="0">${richSafe(name)}</at>`;
  return {
    richContent: [`${tag} ${richSafe(body[0])}`, ...body.slice(1).map(richSafe)].join("\n"),
    mentions: [{ id: 0, name, email: owner.email }],
    plain: [`@${name} ${body[0]}`, ...body.slice(1)].join("\n"),
  };
}

/** The comment asking `owner` for the round's status of their actions. */
export function requestComment(
  owner: OwnerRequest,
  round: YearMonth,
  lang: Language,
  sheet: string
): MentionContent {
  const month = formatMonth(round, lang);
  const count = owner.actions.length;
  const ask = t(lang, count === 1 ? "requests.comment.askOne" : "requests.comment.ask", {
    round: month,
    count,
    sheet,
  });
  return mention(owner, [ask, ...owner.actions.map(actionLine), requestMarker(round, owner.email)]);
}

/** The reminder reply: mentions the owner again, with what is still missing. */
export function reminderReply(
  owner: OwnerRequest,
  round: YearMonth,
  lang: Language
): MentionContent {
  const month = formatMonth(round, lang);
  const count = owner.actions.length;
  const text = t(lang, count === 1 ? "requests.reminder.one" : "requests.reminder.many", {
    round: month,
    count,
  });
  return mention(owner, [
    text,
    ...owner.actions.map(actionLine),
    requestMarker(round, owner.email),
  ]);
}

export interface MailText {
  to: string;
  subject: string;
  body: string;
  /** `mailto:` link with subject and body (mail programs cut very long links: see the docs). */
  href: string;
}

/** The same request as an e-mail to copy or open. */
export function requestMail(
  owner: OwnerRequest,
  round: YearMonth,
  lang: Language,
  sheet: string,
  workbook?: string
): MailText {
  const month = formatMonth(round, lang);
  const subject = t(lang, "requests.mail.subject", { round: month });
  const greeting = t(lang, "requests.mail.greeting", { name: ownerLabel(owner) });
  const ask = t(lang, owner.actions.length === 1 ? "requests.mail.askOne" : "requests.mail.ask", {
    round: month,
    count: owner.actions.length,
    sheet,
    workbook: workbook ?? sheet,
  });
  const body = [
    greeting,
    "",
    ask,
    "",
    ...owner.actions.map(actionLine),
    "",
    t(lang, "requests.mail.thanks"),
  ].join("\n");
  const href =
    `mailto:${encodeURIComponent(owner.email).replace(/%40/g, "@")}` +
    `?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, "\r\n"))}`;
  return { to: owner.email, subject, body, href };
}
