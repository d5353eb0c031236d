// The texts of `requests` (src/i18n/{da,en}/cliRequests.json) join the others with this command:
// kept out of the shared cli.json, which the task pane's bundle carries too.

import { addMessages } from "../i18n";
import da from "../i18n/da/cliRequests.json";
import en from "../i18n/en/cliRequests.json";

addMessages({ da, en });
