// What the built command line (dist-cli/statusoversigt.js) exports to bin/ and scripts/.

export { main, runFromProcess } from "./main";
export { runNpmOverview } from "./npmOverview";
