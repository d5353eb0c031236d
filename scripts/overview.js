// `npm run overview [-- ARGS]`: rebuilds the command line if a source changed since the last
// build (so `npm ci && npm run overview` works on a fresh clone), then runs the built file
// with the bundled example's defaults (src/cli/npmOverview.ts).
"use strict";

const { ensureBuilt } = require("./build-cli");

require(ensureBuilt()).runNpmOverview(process.argv.slice(2));
