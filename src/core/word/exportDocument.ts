// Export: plan + settings → the familiar status document, as a host-neutral description:
// A4 landscape, title, intro, legend, the marking line, then one table with a header row of
// focus areas (repeated on every page) and the Oversigt sheet's bands, item for item.

import { t } from "../../i18n";
import { columnItems, bandCount, type BandItem } from "../layout/bands";
import { HEADER_FONT_SIZE, TITLE_FONT_SIZE } from "../layout/styles";
import { LEGEND, markingLine } from "../layout/top";
import { groupWidths } from "../layout/widths";
import type { Plan, Settings } from "../model";
import { PLAN_SHEET, PLAN_TABLE } from "../port";
import { orderedFocusAreas } from "../settings";
import {
  paragraph,
  type WordCell,
  type WordDocument,
  type WordParagraph,
  type WordRow,
  type WordRun,
} from "./document";

/**
 * One item as a paragraph. Choices: an action ends in " " + its symbol (the document's way);
 * notes are italic, which reads as a remark and tells a later import that it is a note; the
 * current round's symbol and note are in the marking colour and bold (bold survives
 * black-and-white printing, as on the Oversigt sheet).
 */
function itemParagraph(item: BandItem, settings: Settings): WordParagraph {
  const marking: Partial<WordRun> = item.marked ? { bold: true, color: settings.markingColor } : {};
  switch (item.kind) {
    case "initiative":
      return paragraph([{ text: item.text, bold: true }]);
    case "actionHeading":
      return paragraph(item.text);
    case "action": {
      const runs: WordRun[] = [{ text: item.text }];
      if (item.symbol) runs.push({ text: " " }, { text: item.symbol, ...marking });
      return paragraph(runs);
    }
    case "note":
      return paragraph([{ text: item.text, italic: true, ...marking }]);
    case "spacer":
      return paragraph([]);
  }
}

function headerRow(names: readonly string[]): WordRow {
  return {
    header: true,
    cells: names.map((name) => ({
      paragraphs: [paragraph([{ text: name, bold: true, size: HEADER_FONT_SIZE }])],
    })),
  };
}

export function exportDocument(plan: Plan, settings: Settings): WordDocument {
  const lang = settings.language;
  const areas = orderedFocusAreas(plan, settings);
  const blocks: WordDocument["blocks"] = [
    paragraph([{ text: settings.title, bold: true, size: TITLE_FONT_SIZE }], "title"),
  ];
  for (const line of settings.intro.split("\n")) {
    if (line.trim() !== "") blocks.push(paragraph(line));
  }
  blocks.push(paragraph([]));
  for (const [symbol, key] of LEGEND) blocks.push(paragraph(t(lang, key, { symbol })));
  const marking = markingLine(settings);
  blocks.push(
    settings.currentStatusDate
      ? paragraph([{ text: marking, bold: true, color: settings.markingColor }])
      : paragraph(marking)
  );
  blocks.push(paragraph([]));

  if (areas.length === 0) {
    const empty = t(lang, "core.overview.emptyPlan", { table: PLAN_TABLE, sheet: PLAN_SHEET });
    blocks.push(paragraph([{ text: empty, italic: true }]));
    return { page: { orientation: "landscape" }, blocks };
  }
  const ctx = {
    settings,
    widths: groupWidths(areas.length),
    current: settings.currentStatusDate,
  };
  const rows: WordRow[] = [headerRow(areas.map((area) => area.name))];
  for (let band = 0; band < bandCount(areas); band++) {
    rows.push({
      cells: areas.map((area): WordCell => {
        const items = columnItems(area.initiatives[band], ctx);
        // Word needs at least one paragraph per cell.
        const paragraphs = items.map((item) => itemParagraph(item, settings));
        return { paragraphs: paragraphs.length > 0 ? paragraphs : [paragraph([])] };
      }),
    });
  }
  blocks.push({ kind: "table", rows, columnWidths: areas.map(() => 1) });
  return { page: { orientation: "landscape" }, blocks };
}
