#!/usr/bin/env node
// The package's command (`npx statusoversigt overview PLAN.xlsx …`): runs the TypeScript CLI
// through tsx, so no build step is needed.
"use strict";

require("tsx/cjs");
require("../src/cli/main.ts").runFromProcess(process.argv.slice(2));
