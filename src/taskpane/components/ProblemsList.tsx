// The diagnostics of the last operation. Each one with a place is a button: click or Enter
// selects the offending cell in the workbook.

import {
  Badge,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  createFocusOutlineStyle,
} from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Diagnostic, Severity } from "../../core/diagnostics";
import { formatDiagnostic } from "../../core/formatDiagnostic";
import { PLAN_SHEET } from "../../core/port";
import { useLang, useT } from "../i18n";
import type { SelectCell } from "../types";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
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
  const t = useT();
  const lang = useLang();

  if (props.diagnostics.length === 0) return <Text>{t("taskpane.problems.none")}</Text>;

  const anyPlace = props.diagnostics.some((d) => d.row !== undefined);
  return (
    <div className={styles.wrapper}>
      {anyPlace && <Caption1>{t("taskpane.problems.hint")}</Caption1>}
      <ul className={styles.list}>
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
                className={mergeClasses(styles.item, styles.button)}
                title={t("taskpane.problems.goTo")}
                onClick={() => props.onSelect(d.sheet ?? PLAN_SHEET, row, d.column)}
              >
                {badge}
                {text}
              </button>
            ) : (
              <div className={styles.item}>
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
