// The changes between two rounds, per focus area. Each entry names the action and its ID and
// says what moved; an entry whose action is still in the plan is a button that selects its
// row in sheet Plan.

import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { changeCells, changesByFocusArea, type Change } from "../../../core/rounds";
import { useLang, useT } from "../../i18n";
import { useListItemStyles } from "../useListItemStyles";
import type { SelectChange } from "./types";

const useStyles = makeStyles({
  wrapper: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  area: { margin: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  what: { overflowWrap: "anywhere" },
});

export interface ChangesListProps {
  changes: readonly Change[];
  /** "december 2019", "nu": for the empty message. */
  fromLabel: string;
  toLabel: string;
  onSelect: SelectChange;
}

export function ChangesList(props: ChangesListProps) {
  const styles = useStyles();
  const items = useListItemStyles();
  const t = useT();
  const lang = useLang();
  if (props.changes.length === 0) {
    return <Text>{t("rounds.pane.noChanges", { from: props.fromLabel, to: props.toLabel })}</Text>;
  }
  const describe = (change: Change) => {
    const [before, after] = changeCells(change, lang);
    const none = t("rounds.pane.empty");
    return t(`rounds.pane.entry.${change.kind}`, {
      before: before || none,
      after: after || none,
    });
  };
  return (
    <div className={styles.wrapper}>
      <Caption1>
        {t("rounds.pane.changesCount", {
          count: props.changes.length,
          from: props.fromLabel,
          to: props.toLabel,
        })}
      </Caption1>
      {changesByFocusArea(props.changes).map((group) => (
        <div key={group.focusArea} className={styles.wrapper}>
          <Text as="h3" size={300} className={styles.area}>
            {group.focusArea}
          </Text>
          <ul className={items.list}>
            {group.changes.map((change, index) => {
              const content = (
                <>
                  <span className={styles.name}>
                    {change.id
                      ? t("rounds.pane.actionWithId", { id: change.id, action: change.action })
                      : change.action}
                  </span>
                  <span className={styles.what}>{describe(change)}</span>
                </>
              );
              return (
                <li key={`${change.id ?? change.action}-${change.kind}-${index}`}>
                  {change.planRow !== null ? (
                    <button
                      type="button"
                      className={mergeClasses(items.item, items.column, items.button)}
                      title={t("rounds.pane.goTo")}
                      onClick={() => props.onSelect(change)}
                    >
                      {content}
                    </button>
                  ) : (
                    <div className={mergeClasses(items.item, items.column)}>{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}
