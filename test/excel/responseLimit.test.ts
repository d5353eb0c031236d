// Excel on the web refuses responses over 5 MB (host error 5104), as it refuses requests: with
// 20,000 actions, 400-character notes and 8 closed rounds (160,000 history rows, ~90 MB),
// every operation works with no response and no request over 4.5 MB.

import { DEC_2019, harness } from "./support";
import { closedRounds, largeInit } from "./largeWorkbook";

const LIMIT = 4_500_000;
const init = largeInit(20_000, 8);
const NOV = closedRounds(8)[7];

type Op = (h: ReturnType<typeof harness>) => Promise<unknown>;

const OPERATIONS: [string, Op][] = [
  ["Opdater oversigt", (h) => h.ops.refreshOverview()],
  ["Anvend statusformatering", (h) => h.ops.applyStatusFormatting()],
  ["Statusrunder (rounds and trend)", (h) => h.ops.getRounds()],
  ["Luk statusrunde", (h) => h.ops.closeRound(DEC_2019)],
  ["Skriv ændringsark", (h) => h.ops.compareRounds(NOV, "now", true)],
  ["Oversigt for runde", (h) => h.ops.overviewForRound(NOV)],
  ["Sæt statusdato", (h) => h.ops.setCurrentStatusDate({ year: 2020, month: 3 })],
];

describe("20,000 actions, long notes, 8 closed rounds, on the web", () => {
  test.each(OPERATIONS)(
    "%s: no response or request over 4.5 MB",
    async (name, op) => {
      const h = harness(structuredClone(init), { webPayloadLimit: true });
      const stats = h.host.server.stats;
      await op(h);
      const responses = stats.responseBytes;
      process.stdout.write(
        `${name}: ${responses.length} syncs, largest response ${Math.max(...responses)} B, largest request ${Math.max(...stats.requestBytes)} B\n`
      );
      expect(Math.max(...responses)).toBeLessThan(LIMIT);
      expect(Math.max(...stats.requestBytes)).toBeLessThan(LIMIT);
    },
    240_000
  );
});
