// One focus area's column read as initiatives and actions: "Indsats:" opens an initiative,
// "Handling/aktivitet:" its actions; a paragraph ending in a symbol is an action, and a
// paragraph without one is an action or a note, decided by the document's cues.

import type { Diagnostic } from "../diagnostics";
import type { StatusSymbol } from "../model";
import { headingCue, isParenthesised, loneSymbol, trailingSymbol, withoutTabs } from "./cues";
import { setApartByRuns } from "./symbolRuns";
import { paragraphText, type WordParagraph, type WordRun } from "./document";
import { isDocumentRed } from "./red";

export interface ImportedAction {
  text: string;
  status: StatusSymbol | null;
  note: string;
  /** Its symbol or note is red: it belongs to the current round. */
  marked: boolean;
}

export interface ImportedInitiative {
  name: string;
  actions: ImportedAction[];
}

export interface ColumnRead {
  initiatives: ImportedInitiative[];
  doubts: Diagnostic[];
  /** The red colours seen in marked items (to keep the document's marking colour). */
  reds: string[];
  /** Notes found by a cue, and how many of them are italic (the document's convention). */
  cuedNotes: number;
  italicNotes: number;
}

export interface ColumnOptions {
  /**
   * The document writes every note in italics (as the export does): a plain paragraph after
   * an action is then an action, not an unsure note.
   */
  notesItalic?: boolean;
}

/** A paragraph with what the decisions need. */
interface Para {
  text: string;
  runs: WordRun[];
}

function toPara(paragraph: WordParagraph): Para {
  return { text: paragraphText(paragraph), runs: paragraph.runs };
}

/** The paragraph from text offset `from` on, with its runs cut there. */
function after(para: Para, from: number): Para {
  const runs: WordRun[] = [];
  let at = 0;
  for (const run of para.runs) {
    const next = at + run.text.length;
    if (next > from) runs.push(at >= from ? run : { ...run, text: run.text.slice(from - at) });
    at = next;
  }
  return { text: para.text.slice(from), runs };
}

/** Runs overlapping the text range [start, end), ignoring white space. */
function runsIn(para: Para, start: number, end: number): WordRun[] {
  const out: WordRun[] = [];
  let at = 0;
  for (const run of para.runs) {
    const next = at + run.text.length;
    if (next > start && at < end && /\S/.test(run.text.slice(start - at, end - at))) out.push(run);
    at = next;
  }
  return out;
}

/** Share of the visible characters in runs satisfying `test`. */
function share(runs: readonly WordRun[], test: (run: WordRun) => boolean): number {
  let all = 0;
  let hits = 0;
  for (const run of runs) {
    const n = run.text.replace(/\s+/g, "").length;
    all += n;
    if (test(run)) hits += n;
  }
  return all === 0 ? 0 : hits / all;
}

const isRedRun = (run: WordRun) => isDocumentRed(run.color);

/** Most of the text is red. */
function isRedText(runs: readonly WordRun[]): boolean {
  return share(runs, isRedRun) >= 0.5;
}

/** The colour most of the text has, if it is not automatic. */
function dominantColor(runs: readonly WordRun[]): string | undefined {
  const count = new Map<string, number>();
  for (const run of runs) {
    if (!run.color) continue;
    const key = run.color.toUpperCase();
    count.set(key, (count.get(key) ?? 0) + run.text.replace(/\s+/g, "").length);
  }
  let best: string | undefined;
  for (const [color, n] of count) if (!best || n > (count.get(best) as number)) best = color;
  return best && share(runs, (r) => r.color?.toUpperCase() === best) >= 0.5 ? best : undefined;
}

const isItalic = (para: Para) => share(para.runs, (r) => !!r.italic) >= 0.5;

/** The symbol ending the paragraph, by its text and its runs' cues. */
const symbolOf = (para: Para) =>
  trailingSymbol(para.text, (start, end) => setApartByRuns(para.runs, start, end));

export function readColumn(
  area: string,
  paragraphs: readonly WordParagraph[],
  options: ColumnOptions = {}
): ColumnRead {
  const paras = paragraphs.map(toPara).filter((p) => /\S/.test(p.text));
  const initiatives: ImportedInitiative[] = [];
  const doubts: Diagnostic[] = [];
  const reds: string[] = [];
  let current: ImportedInitiative | null = null;
  /** Collecting the initiative's name (after a bare "Indsats:") until its actions start. */
  let naming = false;
  let last: "action" | "note" | null = null;
  let lastNoteColor: string | undefined;
  let cuedNotes = 0;
  let italicNotes = 0;

  const doubt = (code: string, text: string) =>
    doubts.push({
      severity: "warning",
      code,
      params: { focusArea: area, initiative: current?.name ?? "", text: text.trim() },
    });
  const markRed = (action: ImportedAction, runs: readonly WordRun[]) => {
    action.marked = true;
    const red = runs.find(isRedRun)?.color;
    if (red) reds.push(red.toUpperCase());
  };
  const lastAction = () => current?.actions[current.actions.length - 1];

  const addAction = (text: string, status: StatusSymbol | null) => {
    const action = { text: withoutTabs(text), status, note: "", marked: false };
    (current as ImportedInitiative).actions.push(action);
    last = "action";
  };
  const addNote = (para: Para) => {
    const action = lastAction() as ImportedAction;
    const text = withoutTabs(para.text).trim();
    action.note = action.note === "" ? text : `${action.note}\n${text}`;
    if (isRedText(para.runs)) markRed(action, para.runs);
    lastNoteColor = dominantColor(para.runs);
    last = "note";
  };

  /** The document's own signs that a paragraph is a note. */
  const noteCue = (para: Para): boolean =>
    isParenthesised(para.text) ||
    isItalic(para) ||
    isRedText(para.runs) ||
    (lastNoteColor !== undefined && dominantColor(para.runs) === lastNoteColor);

  /** The next paragraph needs an action before it: a lone symbol or a note by its cues. */
  const nextNeedsAction = (i: number): boolean => {
    const next = paras[i + 1];
    if (!next || headingCue(next.text.trim())) return false;
    if (loneSymbol(next.text)) return true;
    return !symbolOf(next) && noteCue(next);
  };

  for (let i = 0; i < paras.length; i++) {
    const para = paras[i];
    const text = para.text.trim();
    const cue = headingCue(text);
    if (cue?.kind === "initiative") {
      const [name, ...more] = cue.rest.split("\n");
      current = { name: name.replace(/\s+/g, " ").trim(), actions: [] };
      initiatives.push(current);
      naming = current.name === "";
      last = null;
      lastNoteColor = undefined;
      // "Indsats: Navn\nHandling/aktivitet:" in one paragraph: the rest is read on.
      const rest = more.join("\n").trim();
      if (rest !== "") {
        paras.splice(i + 1, 0, { text: rest, runs: [{ text: rest }] });
      }
      continue;
    }
    if (!current) {
      doubt("word.doubt.outsideInitiative", text);
      continue;
    }
    if (cue?.kind === "actionHeading") {
      naming = false;
      if (cue.rest !== "") paras.splice(i + 1, 0, after(para, para.text.indexOf(":") + 1));
      continue;
    }
    if (naming) {
      current.name = `${current.name} ${text.replace(/\s+/g, " ")}`.trim();
      continue;
    }

    const lone = loneSymbol(text);
    if (lone) {
      // A symbol on its own line belongs to the latest action still without one.
      const target = [...current.actions].reverse().find((a) => a.status === null);
      if (target) {
        target.status = lone;
        if (isRedText(para.runs)) markRed(target, para.runs);
      } else doubt("word.doubt.loneSymbol", text);
      continue;
    }

    const symbol = symbolOf(para);
    if (symbol) {
      addAction(symbol.text, symbol.symbol);
      const symbolRuns = runsIn(para, symbol.start, symbol.end);
      if (isRedText(symbolRuns)) markRed(lastAction() as ImportedAction, symbolRuns);
      continue;
    }

    // No symbol: the first paragraph, or one after a note, opens an action; right after an
    // action it is a note when the document marks it as one, and an action when the next
    // paragraph is what needs one (a lone symbol or a marked note). Otherwise it is unsure:
    // kept as a note and reported with its text.
    if (last === null || last === "note") {
      if (last === "note" && noteCue(para)) addNote(para);
      else addAction(text, null);
    } else if (noteCue(para)) {
      cuedNotes++;
      if (isItalic(para)) italicNotes++;
      addNote(para);
    } else if (nextNeedsAction(i) || options.notesItalic) addAction(text, null);
    else {
      addNote(para);
      doubt("word.doubt.noteOrAction", text);
    }
  }

  for (const initiative of initiatives) {
    if (initiative.actions.length === 0) {
      doubts.push({
        severity: "warning",
        code: "word.doubt.noActions",
        params: { focusArea: area, initiative: initiative.name, text: initiative.name },
      });
    }
  }
  return {
    initiatives: initiatives.filter((i) => i.actions.length > 0),
    doubts,
    reds,
    cuedNotes,
    italicNotes,
  };
}
