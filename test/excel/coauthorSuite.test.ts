// Every operation that writes the plan, the settings or the history by position, against a
// co-author's edit at every request boundary it makes (before its first request, after each
// response), through Microsoft's client and the fake server. The edits: a row deleted inside
// the plan, a row inserted there (with an action), a value changed in a cell the operation
// reads or writes, and a sort. Each case ends in one of two ways:
//   - the workbook equals a sequential outcome: their edit and then our operation, or ours and
//     then theirs;
//   - nothing of ours was written (the workbook equals their edit alone) and the user got the
//     message coauthoring.planChanged.
// And IDs and history rows always pair the same action.

import { UserFacingError } from "../../src/core/operations";
import { PLAN_SHEET } from "../../src/core/port";
import { PLAN_CHANGED } from "../../src/excel/provenWrite";
import type { CoAuthor } from "../fake-excel/coauthor";
import { nameFormula } from "../fake-excel/names";
import type { WireExcelHost } from "../fake-excel/wireHost";
import { generatedPlanRows } from "../support/generatedPlan";
import { harness, planInit, type Harness } from "./support";

const DEC = { year: 2019, month: 12 };

function init() {
  const rows = generatedPlanRows(9);
  rows[2][3] = "ok"; // typed variants the status formatting rewrites (rows 4 and 7)
  rows[5][3] = "v";
  return planInit(rows);
}

interface Operation {
  /** Brings the workbook to where the operation starts (not part of the case). */
  prepare?(h: Harness): Promise<void>;
  run(h: Harness): Promise<unknown>;
  /** The outcome when nothing of ours was written, if not their edit alone. */
  untouched?(h: Harness, edit: (co: CoAuthor) => void): Promise<void>;
  /**
   * Nobody to tell: an event handler abandons its write silently (the refresh then reports the
   * row changed and undated).
   */
  silent?: boolean;
}

const userStatusEdit = (h: Harness) => h.host.simulateUserEdit(PLAN_SHEET, "D3", [["√"]]);

const OPERATIONS: Record<string, Operation> = {
  "Anvend statusformatering": { run: (h) => h.ops.applyStatusFormatting() },
  "Luk statusrunde (first round, IDs and column ID)": { run: (h) => h.ops.closeRound(DEC) },
  "Luk statusrunde (replacing the round)": {
    async prepare(h) {
      await h.ops.closeRound(DEC);
      await h.host.simulateUserEdit(PLAN_SHEET, "E2", [["ny note"]]);
    },
    run: (h) => h.ops.closeRound(DEC),
  },
  "Sæt statusdato": { run: (h) => h.ops.setCurrentStatusDate({ year: 2020, month: 3 }) },
  "Opdater oversigt": { run: (h) => h.ops.refreshOverview() },
  "Skriv ændringsark": {
    prepare: async (h) => void (await h.ops.closeRound(DEC)),
    run: (h) => h.ops.compareRounds(DEC, "now", true),
  },
  "automatic status date": {
    prepare: async (h) => void (await h.ops.watchStatusEdits(() => undefined)),
    async run(h) {
      await userStatusEdit(h);
      await h.host.flushEvents();
    },
    // Nothing of ours: the user's edit (which comes first), then theirs; the row undated.
    async untouched(h, edit) {
      h.host.holdEvents();
      await userStatusEdit(h);
      edit(h.host.server.coauthor);
    },
    silent: true,
  },
};

const EDITS: Record<string, (co: CoAuthor) => void> = {
  "a row deleted inside the plan": (co) => co.deleteRows(PLAN_SHEET, 3),
  "a row inserted inside the plan": (co) => {
    co.insertTableRows("Handlinger", 1);
    co.setValues(PLAN_SHEET, "A3:D3", [["Erhverv", "Indsats 9", "Kollegaens nye handling", "%"]]);
  },
  "a value changed in a cell read or written": (co) => co.setValues(PLAN_SHEET, "D4", [["%"]]),
  "a sort": (co) => co.sortTable("Handlinger", "Handling/aktivitet", "descending"),
};

/** What a case compares: every sheet's values, number formats and tables; every name. */
function snapshot(host: WireExcelHost) {
  const wb = host.workbook;
  return {
    sheets: host.sheetNames().map((name) => {
      const dump = host.dump(name);
      return {
        name,
        values: dump.values,
        numberFormats: dump.numberFormats,
        tables: dump.tables.map((t) => [t.name, t.address]),
      };
    }),
    names: wb.names.map((n) => [n.name, nameFormula(wb, n)]).sort(),
  };
}

async function fresh(op: Operation): Promise<Harness> {
  const h = harness(init());
  await op.prepare?.(h);
  await h.host.flushEvents();
  return h;
}

async function settle(h: Harness, work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
    return null;
  } catch (error) {
    return error;
  } finally {
    await h.host.flushEvents();
  }
}

/** The requests the operation makes, undisturbed. */
async function requestCount(op: Operation): Promise<number> {
  const h = await fresh(op);
  const before = h.host.server.stats.requests - h.host.server.stats.cleanups;
  await settle(h, () => op.run(h));
  return h.host.server.stats.requests - h.host.server.stats.cleanups - before;
}

/** IDs and history rows pair the same action: each history row's ID names its action in the plan. */
function idsPairActions(host: WireExcelHost): void {
  if (!host.sheetNames().includes("Historik")) return;
  const plan = host.dump(PLAN_SHEET).values;
  const header = plan[0];
  const id = header.indexOf("ID");
  const action = header.indexOf("Handling/aktivitet");
  const byId = new Map(plan.slice(1).map((row) => [row[id], row[action]]));
  for (const row of host.dump("Historik").values.slice(1)) {
    if (row[1] === "" || row[1] === undefined || !byId.has(row[1])) continue;
    expect([row[1], byId.get(row[1])]).toEqual([row[1], row[4]]);
  }
}

describe.each(Object.entries(OPERATIONS))("%s with a co-author", (opName, op) => {
  let boundaries = 0;
  beforeAll(async () => {
    boundaries = await requestCount(op);
  });

  test.each(Object.entries(EDITS))("%s, at every request boundary", async (_, edit) => {
    expect(boundaries).toBeGreaterThan(0);
    // The sequential outcomes and "nothing of ours".
    const theirsThenOurs = await fresh(op);
    edit(theirsThenOurs.host.server.coauthor);
    await settle(theirsThenOurs, () => op.run(theirsThenOurs));
    const oursThenTheirs = await fresh(op);
    await settle(oursThenTheirs, () => op.run(oursThenTheirs));
    edit(oursThenTheirs.host.server.coauthor);
    await oursThenTheirs.host.flushEvents();
    const theirsOnly = await fresh(op);
    if (op.untouched) await settle(theirsOnly, () => op.untouched!(theirsOnly, edit));
    else edit(theirsOnly.host.server.coauthor);
    const sequential = [snapshot(theirsThenOurs.host), snapshot(oursThenTheirs.host)];
    const untouched = snapshot(theirsOnly.host);

    for (let boundary = 0; boundary <= boundaries; boundary++) {
      const h = await fresh(op);
      if (boundary === 0) h.host.server.beforeRequest(1, edit);
      else h.host.server.afterResponse(boundary, edit);
      const error = await settle(h, () => op.run(h));
      expect({ boundary, pending: h.host.server.pendingEdits }).toEqual({ boundary, pending: 0 });
      const now = snapshot(h.host);
      const abandoned =
        (error instanceof UserFacingError && error.key === PLAN_CHANGED) ||
        (op.silent && !error && JSON.stringify(now) === JSON.stringify(untouched));
      const outcome = abandoned
        ? {
            boundary,
            equals:
              now.sheets && JSON.stringify(now) === JSON.stringify(untouched)
                ? "theirs only"
                : "??",
          }
        : {
            boundary,
            error: error ? String(error) : null,
            equals: sequential.some((s) => JSON.stringify(s) === JSON.stringify(now))
              ? "sequential"
              : "??",
          };
      if (outcome.equals === "??") {
        // Show where it differs from the nearest expected outcome.
        expect({ opName, ...outcome, now }).toEqual({
          opName,
          ...outcome,
          now: error || op.silent ? untouched : sequential[0],
        });
      }
      expect(outcome).toEqual(
        "error" in outcome
          ? { boundary, error: null, equals: "sequential" }
          : { boundary, equals: "theirs only" }
      );
      idsPairActions(h.host);
    }
  });
});

describe("a plan that changes on every attempt", () => {
  test.each([
    ["Anvend statusformatering", OPERATIONS["Anvend statusformatering"]],
    ["Luk statusrunde", OPERATIONS["Luk statusrunde (first round, IDs and column ID)"]],
  ])("%s: nothing of ours is written, and the user gets the message", async (_, op) => {
    const edit = (co: CoAuthor) => co.deleteRows(PLAN_SHEET, 3);
    const theirsOnly = await fresh(op);
    edit(theirsOnly.host.server.coauthor);
    edit(theirsOnly.host.server.coauthor);
    const h = await fresh(op);
    // After the first attempt's read (request 1) and after the second attempt's read (request
    // 4: the first attempt's write and undo are requests 2 and 3).
    h.host.server.afterResponse(1, edit);
    h.host.server.afterResponse(4, edit);
    const error = await settle(h, () => op.run(h));
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).key).toBe(PLAN_CHANGED);
    expect(h.host.server.pendingEdits).toBe(0);
    expect(snapshot(h.host)).toEqual(snapshot(theirsOnly.host));
  });
});

describe("Opret plan with a co-author", () => {
  test.each([
    ["Plan", "excel.createPlan.exists"],
    ["Indstillinger", null],
  ])("a sheet %s made between our read and our write", async (sheet, message) => {
    const h = harness({ sheets: [{ name: "Ark1" }] });
    h.host.server.afterResponse(1, () => {
      h.host.workbook.sheets.push({
        ...structuredClone(h.host.workbook.sheets[0]),
        id: "{co-author}",
        name: sheet,
      });
    });
    const error = await settle(h, () => h.ops.createPlan());
    expect(h.host.server.pendingEdits).toBe(0);
    if (message) {
      // Excel refused our first add: nothing of ours; the retry tells the plan exists.
      expect((error as UserFacingError).key).toBe(message);
      expect(h.host.sheetNames()).toEqual(["Ark1", "Plan"]);
    } else {
      // Our empty Plan went again; the retry made the plan beside their settings sheet.
      expect(error).toBeNull();
      expect(h.host.sheetNames()).toEqual(["Ark1", "Indstillinger", "Plan"]);
      expect(h.host.dump("Plan").tables.map((t) => t.name)).toEqual(["Handlinger"]);
    }
  });
});
