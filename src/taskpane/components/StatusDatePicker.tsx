// Month picker for the current status date: two native selects (month, year) styled by Fluent,
// which work by keyboard and fit 320 px, plus an explicit button so arrow keys do not write.

import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import type { YearMonth } from "../../core/model";
import { intlLocale, useLang, useT } from "../i18n";
import type { ApplyMonth } from "../types";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  month: { flexGrow: 2, flexBasis: "9rem", minWidth: 0 },
  year: { flexGrow: 1, flexBasis: "5.5rem", minWidth: 0 },
});

export interface StatusDatePickerProps {
  /** The month stored in the workbook; null when none is set yet. */
  value: YearMonth | null;
  /** Month the selects start at when nothing is stored (normally this month). */
  fallback: YearMonth;
  disabled: boolean;
  onApply: ApplyMonth;
}

/** Years offered: a window around this year, always including the stored and chosen ones. */
function yearOptions(around: number, include: number[]): number[] {
  const years = new Set<number>();
  for (let y = around - 10; y <= around + 5; y++) years.add(y);
  include.forEach((y) => years.add(y));
  return [...years].sort((a, b) => a - b);
}

export function StatusDatePicker(props: StatusDatePickerProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const start = props.value ?? props.fallback;
  const [month, setMonth] = useState(start.month);
  const [year, setYear] = useState(start.year);
  const hintId = useId();

  // A new stored value (e.g. after loading the workbook state) resets the selection.
  useEffect(() => {
    if (props.value) {
      setMonth(props.value.month);
      setYear(props.value.year);
    }
  }, [props.value?.year, props.value?.month]);

  const monthNames = useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale(lang), { month: "long", timeZone: "UTC" });
    return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))));
  }, [lang]);
  const years = yearOptions(props.fallback.year, [year, ...(props.value ? [props.value.year] : [])]);
  const unchanged = !!props.value && props.value.month === month && props.value.year === year;

  return (
    <div className={styles.row}>
      <Field label={t("taskpane.statusDate.month")} className={styles.month}>
        <Select
          value={String(month)}
          disabled={props.disabled}
          aria-describedby={hintId}
          onChange={(_, data) => setMonth(Number(data.value))}
        >
          {monthNames.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("taskpane.statusDate.year")} className={styles.year}>
        <Select
          value={String(year)}
          disabled={props.disabled}
          aria-describedby={hintId}
          onChange={(_, data) => setYear(Number(data.value))}
        >
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        disabledFocusable={props.disabled || unchanged}
        onClick={() => props.onApply({ year, month })}
      >
        {t("taskpane.statusDate.apply")}
      </Button>
      <span id={hintId} hidden>
        {t("taskpane.statusDate.hint")}
      </span>
    </div>
  );
}
