// Picker of a status round: the closed rounds (latest first) and, when offered, "nu" — the
// plan as it is. A native select styled by Fluent: keyboard and screen readers work as usual.

import { Field, Select, makeStyles } from "@fluentui/react-components";
import { formatMonth, formatMonthIso } from "../../../core/dates";
import type { YearMonth } from "../../../core/model";
import type { RoundRef } from "../../../core/rounds";
import { useLang, useT } from "../../i18n";
import type { ChooseRound } from "./types";

const NOW = "now";

// A native select is as wide as its longest option; let it shrink to the pane (320 px).
const useStyles = makeStyles({ select: { minWidth: 0, "& select": { minWidth: 0 } } });

export interface RoundPickerProps {
  label: string;
  /** Closed rounds, in any order. */
  rounds: readonly YearMonth[];
  value: RoundRef;
  /** Offer "nu" (the plan as it is) as well. */
  includeNow: boolean;
  disabled?: boolean;
  className?: string;
  onChange: ChooseRound;
}

export function RoundPicker(props: RoundPickerProps) {
  const t = useT();
  const lang = useLang();
  const styles = useStyles();
  const sorted = [...props.rounds].sort((a, b) => b.year - a.year || b.month - a.month);
  const value = props.value === NOW ? NOW : formatMonthIso(props.value);
  return (
    <Field label={props.label} className={props.className}>
      <Select
        className={styles.select}
        value={value}
        disabled={props.disabled}
        onChange={(_, data) => {
          if (data.value === NOW) return props.onChange(NOW);
          const round = sorted.find((r) => formatMonthIso(r) === data.value);
          if (round) props.onChange(round);
        }}
      >
        {props.includeNow && <option value={NOW}>{t("rounds.pane.nowOption")}</option>}
        {sorted.map((round) => (
          <option key={formatMonthIso(round)} value={formatMonthIso(round)}>
            {formatMonth(round, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
