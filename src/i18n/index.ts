// User-visible strings live in the JSON files beside this one (Danish default, English),
// one file per area so each part of the product owns its messages. Pure: usable from the core.

import daCore from "./da/core.json";
import enCore from "./en/core.json";
import daOverview from "./da/overview.json";
import enOverview from "./en/overview.json";
import daCli from "./da/cli.json";
import enCli from "./en/cli.json";
import daExcel from "./da/excel.json";
import enExcel from "./en/excel.json";
import daTaskpane from "./da/taskpane.json";
import enTaskpane from "./en/taskpane.json";
import daWord from "./da/word.json";
import enWord from "./en/word.json";
import daCoauthoring from "./da/coauthoring.json";
import enCoauthoring from "./en/coauthoring.json";

import { adoptMessages, type Language, type Messages } from "./translate";

export {
  addMessages,
  DEFAULT_LANG,
  langFromTag,
  t,
  type Language,
  type Messages,
} from "./translate";

export const MESSAGES: Record<Language, Messages> = {
  da: {
    ...daCore,
    ...daOverview,
    ...daCli,
    ...daExcel,
    ...daTaskpane,
    ...daWord,
    ...daCoauthoring,
  },
  en: {
    ...enCore,
    ...enOverview,
    ...enCli,
    ...enExcel,
    ...enTaskpane,
    ...enWord,
    ...enCoauthoring,
  },
};

// From here on every message is in the one catalogue `t` reads (see translate.ts).
adoptMessages(MESSAGES);
