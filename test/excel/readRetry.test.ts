// A read split over several requests meets a co-author's row insert or delete between them:
// the read is abandoned with nothing written, and the refresh and the rounds' overview try once
// more from a fresh read, giving "their edit, then ours".

import { HISTORY_TABLE, PLAN_TABLE } from "../../src/core/port";
import type { CoAuthor } from "../fake-excel/coauthor";
import { largeInit } from "./largeWorkbook";
import { harness, type Harness } from "./support";

// 10,000 actions with 400-character notes: the plan's body comes as a head with the first
// request and the rest in a request of its own; the history's rows follow the plan's.
const INIT = largeInit(10_000, 2);

const OPERATIONS: Record<string, (h: Harness) => Promise<unknown>> = {
  "Opdater oversigt": (h) => h.ops.refreshOverview(),
  "Statusrunder (rounds and trend)": (h) => h.ops.getRounds(),
};

const EDITS: Record<string, (co: CoAuthor) => void> = {
  "a plan row inserted": (co) => co.insertTableRows(PLAN_TABLE, 100),
  "a plan row deleted": (co) => co.deleteTableRows(PLAN_TABLE, 100),
  "a history row deleted": (co) => co.deleteTableRows(HISTORY_TABLE, 100),
};

describe.each(Object.entries(OPERATIONS))("%s", (_, run) => {
  test.each(Object.entries(EDITS))(
    "%s after the first response: tried again, their edit then ours",
    async (_, edit) => {
      const theirsFirst = harness(structuredClone(INIT), { webPayloadLimit: true });
      edit(theirsFirst.host.server.coauthor);
      const sequential = await run(theirsFirst);
      const undisturbed = theirsFirst.host.server.stats.requests;
      expect(undisturbed).toBeGreaterThan(1);

      const h = harness(structuredClone(INIT), { webPayloadLimit: true });
      h.host.server.afterResponse(1, edit);
      const result = await run(h);
      expect(h.host.server.pendingEdits).toBe(0);
      expect(JSON.parse(JSON.stringify(result, dropTimes))).toEqual(
        JSON.parse(JSON.stringify(sequential, dropTimes))
      );
      // The first attempt was abandoned after its first request: the second made them all.
      expect(h.host.server.stats.requests).toBeGreaterThan(undisturbed);
    },
    120_000
  );
});

function dropTimes(key: string, value: unknown): unknown {
  return key === "refreshedAt" ? undefined : value;
}
