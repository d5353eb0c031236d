// The formatting cues that set a status symbol apart from the text before it: the symbol has
// runs of its own, or its colour, weight or slant differs from the last text before it. Word
// users type the round's mark separately ("… route 4 and 7", tab, a red "%"), so a "%" set
// apart this way is the status even right after a number.

import type { WordRun } from "./document";

/** Characters that may share the symbol's runs without making them text runs. */
const FILLER = /^[\s.]*$/u;

function sameFormat(a: WordRun, b: WordRun): boolean {
  return (
    (a.color?.toUpperCase() ?? "") === (b.color?.toUpperCase() ?? "") &&
    !!a.bold === !!b.bold &&
    !!a.italic === !!b.italic
  );
}

/** True when the symbol at [start, end) of the runs' joined text is set apart by its runs. */
export function setApartByRuns(runs: readonly WordRun[], start: number, end: number): boolean {
  let at = 0;
  let ownRuns = true;
  let symbolRun: WordRun | undefined;
  let before: WordRun | undefined;
  for (const run of runs) {
    const next = at + run.text.length;
    if (next > start && at < end) {
      const inside = run.text.slice(Math.max(0, start - at), end - at);
      const outside = run.text.slice(0, Math.max(0, start - at)) + run.text.slice(end - at);
      if (!FILLER.test(outside)) ownRuns = false;
      if (!symbolRun && /\S/u.test(inside)) symbolRun = run;
      if (/\S/u.test(run.text.slice(0, Math.max(0, start - at)))) before ??= run;
    } else if (next <= start && /\S/u.test(run.text)) before = run;
    at = next;
  }
  // Nothing before it: a lone symbol, which has rules of its own.
  if (!symbolRun || !before) return false;
  return ownRuns || !sameFormat(symbolRun, before);
}
