// The rounds' messages (src/i18n/{da,en}/rounds.json) join the others when this code loads: in
// the pane it is a chunk loaded after first render, so its texts do not weigh on that render.

import { addMessages } from "../../i18n";
import da from "../../i18n/da/rounds.json";
import en from "../../i18n/en/rounds.json";

addMessages({ da, en });
