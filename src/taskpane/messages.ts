// The pane's own messages, registered with the pane's first JavaScript; every other area's
// arrive with the code that uses them (src/i18n/translate.ts).

import { addMessages } from "../i18n/translate";
import da from "../i18n/da/taskpane.json";
import en from "../i18n/en/taskpane.json";

addMessages({ da, en });
