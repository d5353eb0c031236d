// The core's document description → .docx bytes, with the `docx` package (Node and browser).

import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import type {
  WordCell,
  WordDocument,
  WordParagraph,
  WordRun,
  WordTable,
} from "../core/word/document";

/** A4 in twips (portrait; the package swaps them for landscape). */
const A4 = { width: 11906, height: 16838 };
/** Half-inch margins, as the Oversigt sheet's print setup. */
const MARGIN = 720;
/** Calibri 11 pt, the Oversigt sheet's font. */
const FONT = "Calibri";
const FONT_HALF_POINTS = 22;

/** One run; "\n" becomes a line break, "\t" a tab. */
function runs(run: WordRun): TextRun[] {
  return run.text.split("\n").map(
    (line, i) =>
      new TextRun({
        children: line.split("\t").flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part])),
        break: i > 0 ? 1 : undefined,
        bold: run.bold || undefined,
        italics: run.italic || undefined,
        color: run.color ? run.color.replace(/^#/, "") : undefined,
        size: run.size ? Math.round(run.size * 2) : undefined,
      })
  );
}

function paragraph(p: WordParagraph): Paragraph {
  return new Paragraph({
    children: p.runs.flatMap(runs),
    heading:
      p.role === "title"
        ? HeadingLevel.TITLE
        : p.role === "heading"
          ? HeadingLevel.HEADING_2
          : undefined,
  });
}

function cell(c: WordCell, width: number): TableCell {
  return new TableCell({
    children: c.paragraphs.map(paragraph),
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.gridSpan && c.gridSpan > 1 ? c.gridSpan : undefined,
    verticalMerge:
      c.vMerge === "restart"
        ? VerticalMergeType.RESTART
        : c.vMerge === "continue"
          ? VerticalMergeType.CONTINUE
          : undefined,
  });
}

function table(t: WordTable, textWidth: number): Table {
  const columns = Math.max(
    1,
    ...t.rows.map((r) => r.cells.reduce((n, c) => n + (c.gridSpan ?? 1), 0))
  );
  const shares =
    t.columnWidths && t.columnWidths.length === columns
      ? t.columnWidths
      : new Array(columns).fill(1);
  const total = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => Math.floor((textWidth * s) / total));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: t.rows.map((row) => {
      let at = 0;
      return new TableRow({
        tableHeader: row.header || undefined,
        // A row may be taller than a page (a band of long columns): let it split.
        cantSplit: false,
        children: row.cells.map((c) => {
          const span = c.gridSpan ?? 1;
          const width = widths.slice(at, at + span).reduce((a, b) => a + b, 0);
          at += span;
          return cell(c, width);
        }),
      });
    }),
  });
}

/** The .docx file for `doc`. */
export async function writeDocx(doc: WordDocument): Promise<Uint8Array> {
  const landscape = doc.page?.orientation === "landscape";
  const pageWidth = landscape ? A4.height : A4.width;
  const textWidth = pageWidth - 2 * MARGIN;
  const document = new Document({
    creator: "Statusoversigt",
    styles: { default: { document: { run: { font: FONT, size: FONT_HALF_POINTS } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              ...A4,
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: doc.blocks.map((b) =>
          b.kind === "paragraph" ? paragraph(b) : table(b, textWidth)
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
