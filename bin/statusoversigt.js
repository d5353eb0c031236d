#!/usr/bin/env node
// The package's command (`npx statusoversigt overview PLAN.xlsx …`): runs the built command
// line (dist-cli/, made by `npm run build:cli`). In a checkout where it has not been built yet,
// it is built first; `npm run overview` also rebuilds it when a source changed.
"use strict";

const fs = require("fs");
const path = require("path");

const built = path.join(__dirname, "..", "dist-cli", "statusoversigt.js");
if (!fs.existsSync(built)) require("../scripts/build-cli.js").buildSync();
require(built).runFromProcess(process.argv.slice(2));
