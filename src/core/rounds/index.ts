// Status rounds: stable IDs, the history table, snapshots, the overview as of a round, what
// changed between rounds, and the trend.

import "./messages";
export * from "./model";
export * from "./ids";
export * from "./historyColumns";
export * from "./readHistory";
export * from "./snapshot";
export * from "./historyWrite";
export * from "./diff";
export * from "./counts";
export * from "./asOf";
export * from "./changes";
export * from "./closeRound";
export * from "./chart";
export * from "./changesSheet";
export * from "./changesText";
export * from "./timestamps";
export * from "./roundsPort";
export * from "./useCases";
export * from "./operations";
