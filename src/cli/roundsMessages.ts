// The texts of close-round and changes (src/i18n/{da,en}/cliRounds.json) join the others with
// these commands: kept out of the shared cli.json, which the task pane's bundle carries too.

import { addMessages } from "../i18n";
import da from "../i18n/da/cliRounds.json";
import en from "../i18n/en/cliRounds.json";

addMessages({ da, en });
