// What an import from Word would create, before anything is written: the counts per focus
// area, the current status round (asked for when the document does not name it) and every
// doubt with its text. Creating the plan is the caller's (Opret plan's path).

import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatMonth } from "../../../core/dates";
import type { YearMonth } from "../../../core/model";
import type { DocumentImport } from "../../../core/word/importDocument";
import { useLang, useT } from "../../i18n";
import type { ApplyMonth } from "../../types";
import { ProblemsList } from "../ProblemsList";
import { StatusDatePicker } from "../StatusDatePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  number: { textAlign: "end", width: "6rem" },
  total: { fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

export interface ImportPreviewProps {
  imported: DocumentImport;
  /** The round the import will use: the document's, or the one the user chose. */
  round: YearMonth | null;
  /** Month the picker starts at when the document names none (normally this month). */
  fallbackMonth: YearMonth;
  busy: boolean;
  onRound: ApplyMonth;
  onConfirm: () => void;
  onCancel: () => void;
}

function counts(imported: DocumentImport) {
  return imported.areas.map((area) => ({
    name: area.name,
    initiatives: area.initiatives.length,
    actions: area.initiatives.reduce((n, i) => n + i.actions.length, 0),
  }));
}

export function ImportPreview(props: ImportPreviewProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const { imported, round } = props;
  const rows = counts(imported);
  const needsRound = imported.markedCount > 0 && !round;
  const month = round ? formatMonth(round, lang) : "";

  return (
    <div className={styles.root}>
      <Subtitle2 as="h3" className={styles.heading}>
        {t("word.preview.title")}
      </Subtitle2>
      {imported.title !== "" && <Body1>{t("word.preview.document", { title: imported.title })}</Body1>}
      <Table size="small" aria-label={t("word.preview.title")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("word.preview.focusArea")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("word.preview.initiatives")}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("word.preview.actions")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.name}>
              <TableCell>{row.name}</TableCell>
              <TableCell className={styles.number}>{row.initiatives}</TableCell>
              <TableCell className={styles.number}>{row.actions}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.total}>
            <TableCell>{t("word.preview.total")}</TableCell>
            <TableCell className={styles.number}>
              {rows.reduce((n, r) => n + r.initiatives, 0)}
            </TableCell>
            <TableCell className={styles.number}>{imported.actionCount}</TableCell>
          </TableRow>
        </TableBody>
      </Table>

      {round && <Body1>{t("word.preview.round", { month })}</Body1>}
      {round && imported.documentRound && (
        <Body1>{t("word.preview.roundFromDocument", { month: formatMonth(imported.documentRound, lang) })}</Body1>
      )}
      {imported.markedCount === 0 && <Body1>{t("word.preview.noMarks")}</Body1>}
      {imported.markedCount > 0 && round && (
        <Body1>{t("word.preview.marked", { count: imported.markedCount, month })}</Body1>
      )}
      {needsRound && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("word.preview.markedNoRound", { count: imported.markedCount })}</MessageBarBody>
        </MessageBar>
      )}
      {imported.markedCount > 0 && !imported.documentRound && (
        <StatusDatePicker
          value={round}
          fallback={props.fallbackMonth}
          disabled={props.busy}
          onApply={props.onRound}
        />
      )}

      <Subtitle2 as="h3" className={styles.heading}>
        {t("word.preview.doubts", { count: imported.doubts.length })}
      </Subtitle2>
      {imported.doubts.length === 0 ? (
        <Body1>{t("word.preview.noDoubts")}</Body1>
      ) : (
        <ProblemsList diagnostics={imported.doubts} onSelect={() => undefined} />
      )}

      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={props.busy || needsRound} onClick={props.onConfirm}>
          {t("word.preview.confirm")}
        </Button>
        <Button disabledFocusable={props.busy} onClick={props.onCancel}>
          {t("word.preview.cancel")}
        </Button>
      </div>
    </div>
  );
}
