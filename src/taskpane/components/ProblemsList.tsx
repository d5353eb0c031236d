// The diagnostics of the last operation. Each one with a place is a button: click or Enter
// selects the offending cell in the workbook.

import { Badge, Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Diagnostic, Severity } from "../../core/diagnostics";
import { formatDiagnostic } from "../../core/formatDiagnostic";
import { PLAN_SHEET } from "../../core/port";
import { useLang, useT } from "../i18n";
import type { SelectCell } from "../types";
import { useListItemStyles } from "./useListItemStyles";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  text: { overflowWrap: "anywhere", minWidth: 0 },
  badge: { flexShrink: 0 },
});

const BADGE: Record<Severity, { color: "danger" | "warning" | "informative"; icon: JSX.Element }> = {
  error: { color: "danger", icon: <ErrorCircleFilled /> },
  warning: { color: "warning", icon: <WarningFilled /> },
  info: { color: "informative", icon: <InfoFilled /> },
};

export interface ProblemsListProps {
  diagnostics: readonly Diagnostic[];
  onSelect: SelectCell;
}

export function ProblemsList(props: ProblemsListProps) {
  const styles = useStyles();
  const items = useListItemStyles();
  const t = useT();
  const lang = useLang();

  if (props.diagnostics.length === 0) return <Text>{t("taskpane.problems.none")}</Text>;

  const anyPlace = props.diagnostics.some((d) => d.row !== undefined);
  return (
    <div className={styles.wrapper}>
      {anyPlace && <Caption1>{t("taskpane.problems.hint")}</Caption1>}
      <ul className={items.list}>
      {props.diagnostics.map((d, index) => {
        const badge = (
          <Badge
            className={styles.badge}
            appearance="tint"
            color={BADGE[d.severity].color}
            icon={BADGE[d.severity].icon}
          >
            {t(`taskpane.severity.${d.severity}`)}
          </Badge>
        );
        const text = <span className={styles.text}>{formatDiagnostic(d, lang)}</span>;
        const row = d.row;
        return (
          <li key={index}>
            {row !== undefined ? (
              <button
                type="button"
                className={mergeClasses(items.item, items.row, items.button)}
                title={t("taskpane.problems.goTo")}
                onClick={() => props.onSelect(d.sheet ?? PLAN_SHEET, row, d.column)}
              >
                {badge}
                {text}
              </button>
            ) : (
              <div className={mergeClasses(items.item, items.row)}>
                {badge}
                {text}
              </div>
            )}
          </li>
        );
      })}
      </ul>
    </div>
  );
}
