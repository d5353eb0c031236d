// The Word document as the core sees it, in both directions: what readDocx delivers (runs with
// their resolved formatting) and what writeDocx writes. Host-neutral: no XML, no docx package.

/** A stretch of text with one formatting. `text` may hold "\t" (tab) and "\n" (line break). */
export interface WordRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Resolved font colour `#RRGGBB` (run, character style, paragraph style, theme); absent = automatic. */
  color?: string;
  /** Font size in points (export only; reading ignores it). */
  size?: number;
}

export interface WordParagraph {
  kind: "paragraph";
  runs: WordRun[];
  /** `title`: the document's title (Title or Heading 1 style); `heading`: other headings. */
  role?: "title" | "heading";
  /** Symbol-font glyphs that could not be read ("Wingdings F0FB"), reported as doubts. */
  unreadSymbols?: string[];
}

export interface WordCell {
  paragraphs: WordParagraph[];
  /** Grid columns the cell spans (`w:gridSpan`); 1 when absent. */
  gridSpan?: number;
  /** `w:vMerge`: `restart` opens a vertical merge, `continue` is covered by the cell above. */
  vMerge?: "restart" | "continue";
}

export interface WordRow {
  cells: WordCell[];
  /** Repeated at the top of every page (`w:tblHeader`). */
  header?: boolean;
}

export interface WordTable {
  kind: "table";
  rows: WordRow[];
  /** Relative column widths (export only). */
  columnWidths?: number[];
}

export type WordBlock = WordParagraph | WordTable;

export interface WordDocument {
  /** Page setup (export only): A4, portrait or landscape. */
  page?: { orientation: "portrait" | "landscape" };
  blocks: WordBlock[];
}

/** The text of a paragraph: its runs joined. */
export function paragraphText(paragraph: WordParagraph): string {
  let text = "";
  for (const run of paragraph.runs) text += run.text;
  return text;
}

export function paragraph(runs: WordRun[] | string, role?: WordParagraph["role"]): WordParagraph {
  const list = typeof runs === "string" ? [{ text: runs }] : runs;
  return role ? { kind: "paragraph", runs: list, role } : { kind: "paragraph", runs: list };
}
