// The messages of reading packages (limits and refusals), for every host that opens one: the
// command line and the task pane's Word code, which loads later (hence addMessages). The help
// of `statusoversigt overview` (with --force) is here too: only the command line shows it, so
// it stays out of the task pane's first JavaScript.

import { addMessages } from "../i18n";
import da from "../i18n/da/input.json";
import en from "../i18n/en/input.json";

addMessages({ da, en });
