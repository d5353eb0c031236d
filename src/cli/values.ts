// Option values several subcommands share: a language and a month.

import { parseMonth } from "../core/dates";
import type { Language, YearMonth } from "../core/model";
import { usageError, type UsageError } from "./options";

export function parseLanguageOption(value: string): Language | UsageError {
  const v = value.trim().toLowerCase();
  return v === "da" || v === "en" ? v : usageError("cli.usageError.lang", { value });
}

export function parseMonthOption(value: string): YearMonth | UsageError {
  const parsed = parseMonth(value);
  return parsed.kind === "month"
    ? parsed.value
    : usageError("cli.usageError.statusDate", { value });
}
