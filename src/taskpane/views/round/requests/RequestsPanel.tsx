// *Bed om status*, the render: before sending, per owner the number and list of their actions
// (choosing one selects its row), then the unassigned ones; the progress ("7 of 12 owners have
// updated", the pending ones named); Send and Påmind; the same request as e-mail text to copy
// and a mailto: link (always offered for guests; the only way without ExcelApi 1.11).

import "./messages";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Textarea,
} from "@fluentui/react-components";
import { MailRegular, PersonFeedbackRegular, SendRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatMonth } from "../../../../core/dates";
import type { RequestAction } from "../../../../core/requests/requests";
import type { RequestsView } from "../../../../core/requests/operations";
import type { MailText } from "../../../../core/requests/texts";
import { useLang, useT } from "../../../i18n";
import type { RoundStepProps } from "../roundSteps";
import { useRequests, type RequestsResult, type RequestsState } from "./useRequests";
import { useRequestsStyles } from "./useRequestsStyles";

const label = (o: { name: string | null; email: string }) => o.name ?? o.email;

function ActionLinks(props: { actions: RequestAction[]; select: RequestsState["select"] }) {
  const styles = useRequestsStyles();
  const t = useT();
  return (
    <ul className={styles.actionList}>
      {props.actions.map((a) => (
        <li key={a.row}>
          <Link
            as="button"
            className={styles.actionLink}
            title={t("requests.pane.goToRow", { row: a.row, action: a.action })}
            onClick={() => props.select(a.row)}
          >
            {a.id ? `${a.id} ` : ""}
            {a.action}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function MailFallback(props: { mail: MailText; name: string; showText: boolean }) {
  const styles = useRequestsStyles();
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(props.mail.body).then(
      () => setCopied(true),
      () => setCopied(false)
    );
  return (
    <div className={styles.owner}>
      {props.showText && (
        <Field label={t("requests.pane.mailText", { name: props.name })}>
          <Textarea className={styles.mailText} readOnly resize="vertical" value={props.mail.body} />
        </Field>
      )}
      <div className={styles.actions}>
        <Link href={props.mail.href} target="_blank" rel="noreferrer">
          <MailRegular aria-hidden /> {t("requests.pane.mailLink", { name: props.name })}
        </Link>
        {props.showText && (
          <Button size="small" onClick={() => void copy()}>
            {t("requests.pane.copy")}
          </Button>
        )}
        {copied && <Caption1 role="status">{t("requests.pane.copied")}</Caption1>}
      </div>
    </div>
  );
}

function ResultBar({ result }: { result: RequestsResult }) {
  const t = useT();
  const lines: string[] = [];
  const o = result.outcome;
  if ("sent" in o) {
    lines.push(t("requests.pane.sent", { count: o.sent.length }));
    if (o.alreadyAsked.length > 0)
      lines.push(t("requests.pane.alreadyAsked", { count: o.alreadyAsked.length }));
    if (o.noFreeCell.length > 0)
      lines.push(t("requests.pane.noFreeCell", { names: o.noFreeCell.join(", ") }));
    if (o.resolved > 0) lines.push(t("requests.pane.resolved", { count: o.resolved }));
  } else if ("reminded" in o) {
    lines.push(
      o.reminded.length > 0
        ? t("requests.pane.reminded", { count: o.reminded.length })
        : t("requests.pane.nobodyToRemind")
    );
  }
  return (
    <MessageBar intent="success">
      <MessageBarBody>{lines.join(" ")}</MessageBarBody>
    </MessageBar>
  );
}

function Progress({ view }: { view: RequestsView }) {
  const styles = useRequestsStyles();
  const t = useT();
  const progress = view.progress;
  if (!progress || progress.total === 0) return null;
  const pending = progress.owners.filter((o) => !o.updated).map(label);
  return (
    <div role="status" className={styles.owner}>
      <Body1>{t("requests.pane.progress", { updated: progress.updated, total: progress.total })}</Body1>
      {pending.length > 0 && (
        <Caption1 as="p" className={styles.note}>
          {t("requests.pane.pending", { names: pending.join(", ") })}
        </Caption1>
      )}
    </div>
  );
}

export function RequestsPanel({ pane }: RoundStepProps) {
  const styles = useRequestsStyles();
  const t = useT();
  const lang = useLang();
  const requests = useRequests(pane);
  const { view, busy } = requests;
  const list = view?.list ?? null;
  const asked = new Set(
    (view?.progress?.owners ?? []).filter((o) => o.asked).map((o) => o.email.toLowerCase())
  );
  const anyAsked = list?.owners.some((o) => asked.has(o.email.toLowerCase())) ?? false;
  const disabled = !!busy || !!pane.busy;

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button disabledFocusable={disabled} onClick={() => void requests.load()}>
          {view ? t("requests.pane.refresh") : t("requests.pane.show")}
        </Button>
        {busy === "load" && <Spinner size="tiny" label={t("requests.pane.loading")} />}
      </div>

      {view && !view.ok && <Body1>{t("requests.pane.unreadable")}</Body1>}
      {view && list && (
        <>
          <Progress view={view} />
          {!view.mentions && (
            <MessageBar intent="info">
              <MessageBarBody>{t("requests.pane.noMentions")}</MessageBarBody>
            </MessageBar>
          )}
          {list.owners.length === 0 && list.unassigned.length === 0 && (
            <Body1>{t("requests.pane.none", { round: formatMonth(list.round, lang) })}</Body1>
          )}
          {list.owners.length > 0 && (
            <section aria-labelledby="requests-owners">
              <h3 id="requests-owners" className={styles.ownerName}>
                {t("requests.pane.owners")}
              </h3>
              <ul className={styles.list}>
                {list.owners.map((owner, i) => (
                  <li key={owner.email} className={styles.owner}>
                    <div className={styles.actions}>
                      <Body1 className={styles.ownerName}>
                        {t(
                          owner.actions.length === 1 ? "requests.pane.ownerOne" : "requests.pane.owner",
                          { name: label(owner), count: owner.actions.length }
                        )}
                      </Body1>
                      {asked.has(owner.email.toLowerCase()) && (
                        <Badge appearance="tint" color="informative">
                          {t("requests.pane.asked")}
                        </Badge>
                      )}
                    </div>
                    <ActionLinks actions={owner.actions} select={requests.select} />
                    {view.mails[i] && (
                      <MailFallback mail={view.mails[i]} name={label(owner)} showText={!view.mentions} />
                    )}
                  </li>
                ))}
              </ul>
              {view.mentions && <Caption1 className={styles.note}>{t("requests.pane.guests")}</Caption1>}
            </section>
          )}
          {list.unassigned.length > 0 && (
            <section aria-labelledby="requests-unassigned">
              <h3 id="requests-unassigned" className={styles.ownerName}>
                {t("requests.pane.unassigned", { count: list.unassigned.length })}
              </h3>
              <ActionLinks actions={list.unassigned} select={requests.select} />
            </section>
          )}
          {view.mentions && list.owners.length > 0 && (
            <div className={styles.actions}>
              <Button
                appearance="secondary"
                icon={<SendRegular />}
                disabledFocusable={disabled}
                onClick={() => void requests.send()}
              >
                {t("requests.pane.send")}
              </Button>
              <Button
                icon={<PersonFeedbackRegular />}
                disabledFocusable={disabled || !anyAsked}
                onClick={() => void requests.remind()}
              >
                {t("requests.pane.remind")}
              </Button>
              {busy === "send" && <Spinner size="tiny" label={t("requests.pane.sending")} />}
              {busy === "remind" && <Spinner size="tiny" label={t("requests.pane.reminding")} />}
            </div>
          )}
        </>
      )}
      {requests.result && <ResultBar result={requests.result} />}
    </div>
  );
}
