// The step's messages (src/i18n/{da,en}/requestsPane.json) arrive with its chunk.

import { addMessages } from "../../../../i18n/translate";
import da from "../../../../i18n/da/requestsPane.json";
import en from "../../../../i18n/en/requestsPane.json";

addMessages({ da, en });
