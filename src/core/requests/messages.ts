// The update requests' messages (src/i18n/{da,en}/requests.json) join the others when this
// code loads: in the pane it is the *Bed om status* chunk, loaded on first use.

import { addMessages } from "../../i18n";
import da from "../../i18n/da/requests.json";
import en from "../../i18n/en/requests.json";

addMessages({ da, en });
