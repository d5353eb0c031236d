// The co-author suite (coauthorCases.ts) on a plan below a title and an empty row: besides the
// edits inside the plan, a row deleted above it and a row inserted above it, which move the
// whole table, at every request boundary of every operation.

import { edits, testEveryBoundary, init, operations, type Scenario } from "./coauthorCases";
import { harness } from "./support";

const LAYOUT = { above: 2 };

describe.each(Object.entries(operations(LAYOUT)))(
  "%s with a co-author, the plan below a title",
  (opName, op) => {
    const scenario: Scenario = {
      op,
      async fresh() {
        const h = harness(init(LAYOUT));
        await op.prepare?.(h);
        await h.host.flushEvents();
        return h;
      },
    };
    testEveryBoundary(opName, scenario, { ...edits(LAYOUT), ...op.edits });
  }
);
