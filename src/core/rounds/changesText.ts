// `statusoversigt changes` without --json: the changes per focus area and the counts per
// round, as plain text lines for a terminal.

import "./messages";
import { t } from "../../i18n";
import type { Language } from "../model";
import { changeCells } from "./changesSheet";
import { COUNT_KEYS, roundLabel } from "./counts";
import { changesByFocusArea } from "./diff";
import type { ChangesResult } from "./changes";

/** "    H-003 Frokost …" then "      status: (√) → √". */
export function formatChangesText(result: ChangesResult, lang: Language): string {
  if (!result.from) return "";
  const from = roundLabel(result.from, lang);
  const to = roundLabel(result.to, lang);
  const lines: string[] = [
    t(lang, "rounds.text.title", { from, to, count: result.changes.length }),
  ];
  for (const group of changesByFocusArea(result.changes)) {
    lines.push("", group.focusArea);
    for (const change of group.changes) {
      const [before, after] = changeCells(change, lang);
      const name = change.id ? `${change.id} ${change.action}` : change.action;
      lines.push(`  ${name}`);
      const kind = t(lang, `rounds.kind.${change.kind}`);
      if (change.kind === "added") lines.push(`    ${kind}: ${after}`);
      else if (change.kind === "removed") lines.push(`    ${kind}: ${before}`);
      else lines.push(`    ${kind}: ${before || "–"} → ${after || "–"}`);
    }
  }
  if (result.trend.focusAreas.length > 0) {
    const header = [
      t(lang, "rounds.sheet.column.round"),
      ...COUNT_KEYS.map((k) => k.symbol ?? t(lang, "rounds.noStatus")),
    ];
    lines.push("", t(lang, "rounds.sheet.counts"));
    for (const area of result.trend.focusAreas) {
      const rows = result.trend.rounds.map((round, r) => [
        roundLabel(round, lang),
        ...COUNT_KEYS.map((k) => String(area.counts[r][k.key])),
      ]);
      const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
      const line = (cells: string[]) =>
        "    " +
        cells
          .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
          .join("  ");
      lines.push("", `  ${area.focusArea}`, line(header), ...rows.map(line));
    }
  }
  return lines.join("\n") + "\n";
}
