// Every subcommand, in the order `statusoversigt --help` lists them. Adding one: write its
// module under commands/ (see command.ts) and add it here.

import type { AnyCommand } from "./command";
import { overviewCommand } from "./commands/overview";

export const COMMANDS: readonly AnyCommand[] = [overviewCommand];

export function findCommand(name: string): AnyCommand | undefined {
  return COMMANDS.find((command) => command.name === name);
}
