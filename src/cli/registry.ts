// Every subcommand, in the order `statusoversigt --help` lists them. Adding one: write its
// module under commands/ (see command.ts) and add it here.

import type { AnyCommand } from "./command";
import { changesCommand } from "./commands/changes";
import { closeRoundCommand } from "./commands/closeRound";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { overviewCommand } from "./commands/overview";
import { requestsCommand } from "./commands/requests";

export const COMMANDS: readonly AnyCommand[] = [
  overviewCommand,
  closeRoundCommand,
  changesCommand,
  importCommand,
  exportCommand,
  requestsCommand,
];

export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
