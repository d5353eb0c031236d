// Import: a status document (the core's document model) → the plan, its settings and every
// doubt. The table gives the plan; the paragraphs before it give title, intro and the round.

import { compareMonths } from "../dates";
import type { Diagnostic } from "../diagnostics";
import type { Action, Language, Plan, Settings, YearMonth } from "../model";
import { DEFAULT_MARKING_COLOR, defaultSettings } from "../settings";
import { headingCue, isLegendLine, markingSentenceMonth, withoutTabs } from "./cues";
import { paragraphText, type WordDocument, type WordParagraph } from "./document";
import { readColumn, type ImportedInitiative } from "./readColumn";
import { findOverviewTable } from "./tableColumns";

export interface ImportedArea {
  name: string;
  initiatives: ImportedInitiative[];
}

export interface DocumentImport {
  ok: true;
  areas: ImportedArea[];
  title: string;
  intro: string;
  language: Language;
  /** The round the document's own sentence names ("… december 2019 er markeret med rødt"). */
  documentRound: YearMonth | null;
  /** The colour of the red marks found (the most used), or null when nothing is red. */
  markingColor: string | null;
  /** Actions whose symbol or note is red. */
  markedCount: number;
  actionCount: number;
  /** What may be read wrongly, each with its text: warnings, errors under --strict. */
  doubts: Diagnostic[];
}

export interface ImportFailure {
  ok: false;
  /** i18n key: `word.error.noTable` or `word.error.noHeaderRow`. */
  code: string;
}

export interface ImportOptions {
  /** Language of the plan's sheets; default the document's. */
  language?: Language;
}

function text(paragraph: WordParagraph): string {
  return paragraphText(paragraph)
    .replace(/[ \t]+/g, " ")
    .trim();
}

/** The language of the headings the document uses ("Indsats:" → da, "Initiative:" → en). */
function documentLanguage(areas: readonly { paragraphs: readonly WordParagraph[] }[]): Language {
  let en = 0;
  let da = 0;
  for (const area of areas) {
    for (const p of area.paragraphs) {
      const cue = headingCue(paragraphText(p).trim());
      if (cue?.language === "en") en++;
      else if (cue?.language === "da") da++;
    }
  }
  return en > da ? "en" : "da";
}

function mostCommon(values: readonly string[]): string | null {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of count) if (best === null || n > (count.get(best) as number)) best = v;
  return best;
}

/**
 * Title: the first Title/heading paragraph, else the first paragraph, else a merged title row.
 * Intro: the paragraphs after it up to the legend, without the marking sentences.
 */
function readTop(before: readonly WordParagraph[], titleRow: string) {
  const lines = before.map((p) => ({ p, text: text(p) })).filter((l) => l.text !== "");
  let titleIndex = lines.findIndex((l) => l.p.role === "title" || l.p.role === "heading");
  if (titleIndex < 0) titleIndex = lines.length > 0 ? 0 : -1;
  const title = (titleIndex >= 0 ? lines[titleIndex].text : (titleRow.split("\n")[0] ?? ""))
    .replace(/:+$/, "")
    .trim();
  const rest = lines.slice(titleIndex + 1);
  const legend = rest.findIndex((l) => isLegendLine(l.text));
  const introLines = (legend >= 0 ? rest.slice(0, legend) : rest).filter(
    (l) => !isLegendLine(l.text) && !markingSentenceMonth(l.text)
  );
  const rounds = [...lines.map((l) => l.text), ...titleRow.split("\n")]
    .map(markingSentenceMonth)
    .filter((m): m is YearMonth => m !== null);
  // Documents keep earlier rounds' captions ("(Status september 2019 markeret med rødt)"):
  // the latest month named is the current round.
  const documentRound = rounds.reduce<YearMonth | null>(
    (latest, m) => (!latest || compareMonths(m, latest) > 0 ? m : latest),
    null
  );
  return {
    title,
    intro: introLines.map((l) => withoutTabs(paragraphText(l.p)).trim()).join("\n"),
    documentRound,
  };
}

export function importDocument(
  doc: WordDocument,
  options: ImportOptions = {}
): DocumentImport | ImportFailure {
  const found = findOverviewTable(doc.blocks);
  if (found.kind === "noTable") return { ok: false, code: "word.error.noTable" };
  if (found.kind === "noHeaderRow") return { ok: false, code: "word.error.noHeaderRow" };
  const { columns, index } = found;
  const before = doc.blocks
    .slice(0, index)
    .filter((b): b is WordParagraph => b.kind === "paragraph");
  const top = readTop(before, columns.titleRow);

  // Read once; when every note the cues found is italic, the document writes notes in
  // italics, and a second reading lets a plain paragraph after an action be an action.
  let reads = columns.areas.map((column) => readColumn(column.name, column.paragraphs));
  const cued = reads.reduce((n, r) => n + r.cuedNotes, 0);
  const italic = reads.reduce((n, r) => n + r.italicNotes, 0);
  if (cued > 0 && italic === cued) {
    reads = columns.areas.map((column) =>
      readColumn(column.name, column.paragraphs, { notesItalic: true })
    );
  }
  const doubts: Diagnostic[] = [];
  const reds: string[] = [];
  const areas: ImportedArea[] = [];
  columns.areas.forEach((column, i) => {
    const read = reads[i];
    doubts.push(...read.doubts);
    reds.push(...read.reds);
    if (read.initiatives.length === 0) {
      doubts.push({
        severity: "warning",
        code: "word.doubt.emptyFocusArea",
        params: { focusArea: column.name, initiative: "", text: column.name },
      });
    }
    areas.push({ name: column.name, initiatives: read.initiatives });
  });
  for (const label of columns.rowLabels) {
    doubts.push({
      severity: "warning",
      code: "word.doubt.rowLabel",
      params: { focusArea: "", initiative: "", text: label },
    });
  }
  for (const column of columns.areas) {
    for (const paragraph of column.paragraphs) {
      for (const symbol of paragraph.unreadSymbols ?? []) {
        doubts.push({
          severity: "warning",
          code: "word.doubt.unreadSymbol",
          params: {
            focusArea: column.name,
            initiative: "",
            symbol,
            text: withoutTabs(paragraphText(paragraph)).trim(),
          },
        });
      }
    }
  }
  let actionCount = 0;
  let markedCount = 0;
  for (const area of areas) {
    for (const initiative of area.initiatives) {
      for (const action of initiative.actions) {
        actionCount++;
        if (action.marked) markedCount++;
      }
    }
  }
  return {
    ok: true,
    areas,
    title: top.title,
    intro: top.intro,
    language: options.language ?? documentLanguage(columns.areas),
    documentRound: top.documentRound,
    markingColor: mostCommon(reds),
    markedCount,
    actionCount,
    doubts,
  };
}

/** The round the import uses: the one given, else the document's own; null = still to ask. */
export function importRound(imported: DocumentImport, round?: YearMonth | null): YearMonth | null {
  return round ?? imported.documentRound;
}

/** The plan, red actions dated `round` (undated while the round is unknown). */
export function importedPlan(imported: DocumentImport, round: YearMonth | null): Plan {
  let row = 1; // the plan table's header row; actions follow in document order
  return {
    focusAreas: imported.areas
      .filter((area) => area.initiatives.length > 0)
      .map((area) => ({
        name: area.name,
        initiatives: area.initiatives.map((initiative) => ({
          name: initiative.name,
          actions: initiative.actions.map((a): Action => ({
            text: a.text,
            status: a.status,
            note: a.note,
            statusDate: a.marked && round ? { ...round } : null,
            row: ++row,
          })),
        })),
      })),
  };
}

export function importedSettings(imported: DocumentImport, round: YearMonth | null): Settings {
  const settings = defaultSettings(imported.language);
  if (imported.title !== "") settings.title = imported.title;
  settings.intro = imported.intro;
  settings.currentStatusDate = round ? { ...round } : null;
  settings.focusAreaOrder = imported.areas.map((area) => area.name);
  settings.markingColor = imported.markingColor ?? DEFAULT_MARKING_COLOR;
  return settings;
}
