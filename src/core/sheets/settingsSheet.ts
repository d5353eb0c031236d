// Sheet Indstillinger as "Opret plan" and "Sæt aktuel statusdato" create it: the settings
// table with every setting's default (or the given values), as a core description both hosts
// apply. The name AktuelStatusdato then points at `statusDateCell`.

import type { Language, Settings } from "../model";
import { SETTINGS_SHEET, SETTINGS_TABLE, type CellRef } from "../port";
import { SETTING_KEYS, SETTINGS_HEADERS, settingsRows } from "../settings";
import type { CellStyle, NumberFormatSpec, SheetDescription } from "../sheet";
import { STATUS_DATE_NUMBER_FORMAT } from "../statusFormatting";
import { LANDSCAPE_FIT_WIDTH } from "./page";

/** Column widths in characters: the keys, and values as long as the introduction. */
export const SETTINGS_COLUMN_WIDTHS = [30, 90];
export const SETTINGS_TABLE_STYLE = "TableStyleLight9";

const KEY_STYLE: CellStyle = { verticalAlignment: "top" };
const VALUE_STYLE: CellStyle = {
  verticalAlignment: "top",
  wrap: true,
  horizontalAlignment: "left",
};

export interface SettingsSheetDescription {
  sheet: SheetDescription;
  /** The current status date's value cell (0-based), for the name AktuelStatusdato. */
  statusDateCell: CellRef;
}

export function describeSettingsSheet(
  settings: Settings,
  lang: Language
): SettingsSheetDescription {
  const rows = settingsRows(settings, lang);
  const dateIndex = rows.findIndex(([key]) => key === SETTING_KEYS.currentStatusDate[lang]);
  const cells = [
    SETTINGS_HEADERS[lang].map((value) => ({ value })),
    ...rows.map(([key, value]) => [
      { value: key, style: KEY_STYLE },
      { value: value === "" ? null : value, style: VALUE_STYLE },
    ]),
  ];
  // Keys and values as text ("@"), the status date as a month.
  const numberFormats: NumberFormatSpec[] = [
    { range: { row: 1, column: 0, rowCount: rows.length, columnCount: 1 }, format: "@" },
    ...rows.map((_, i) => ({
      range: { row: i + 1, column: 1, rowCount: 1, columnCount: 1 },
      format: i === dateIndex ? STATUS_DATE_NUMBER_FORMAT : "@",
    })),
  ];
  return {
    sheet: {
      name: SETTINGS_SHEET,
      cells,
      columnCount: 2,
      merges: [],
      columnWidths: [...SETTINGS_COLUMN_WIDTHS],
      rowHeights: [],
      page: { ...LANDSCAPE_FIT_WIDTH },
      numberFormats,
      tables: [
        {
          name: SETTINGS_TABLE,
          range: { row: 0, column: 0, rowCount: rows.length + 1, columnCount: 2 },
          style: SETTINGS_TABLE_STYLE,
          filterButtons: false,
        },
      ],
    },
    statusDateCell: { sheet: SETTINGS_SHEET, row: dateIndex + 1, column: 1 },
  };
}
