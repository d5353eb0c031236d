// The co-author suite's machinery (coauthorSuite.test.ts, coauthorAbove.test.ts): the
// operations, the edits, what a case compares, and the case itself: a co-author's edit at
// every request boundary an operation makes (before its first request, after each response),
// through Microsoft's client and the fake server. Each case ends in one of two ways:
//   - the workbook equals a sequential outcome: their edit and then our operation, or ours and
//     then theirs (with the message that sequence gives, if any);
//   - nothing of ours was written (the workbook equals their edit alone) and the user got the
//     message coauthoring.planChanged.
// And IDs and history rows always pair the same action.

import { UserFacingError } from "../../src/core/operations";
import { CURRENT_STATUS_DATE_NAME, PLAN_SHEET, SETTINGS_SHEET } from "../../src/core/port";
import { PLAN_CHANGED } from "../../src/excel/provenWrite";
import type { CoAuthor } from "../fake-excel/coauthor";
import type { FakeWorkbookInit } from "../fake-excel";
import { nameFormula } from "../fake-excel/names";
import type { WireExcelHost } from "../fake-excel/wireHost";
import { generatedPlanRows } from "../support/generatedPlan";
import { planInit, type Harness } from "./support";

export const DEC = { year: 2019, month: 12 };

/** Where the plan sits on sheet Plan: `above` sheet rows before the table's header. */
export interface Layout {
  above: number;
}

/** The sheet row (1-based) of the plan's body row `n` (1-based). */
const bodyRow = (layout: Layout, n: number): number => layout.above + 1 + n;

export function init(layout: Layout): FakeWorkbookInit {
  const rows = generatedPlanRows(9);
  rows[2][3] = "ok"; // typed variants the status formatting rewrites (body rows 3 and 6)
  rows[5][3] = "v";
  const above = [
    ["Handlingsplan for Bycirklen"],
    ...Array.from({ length: layout.above - 1 }, () => []),
  ];
  return planInit(rows, layout.above > 0 ? { above } : {});
}

export interface Operation {
  /** Brings the workbook to where the operation starts (not part of the case). */
  prepare?(h: Harness): Promise<void>;
  run(h: Harness): Promise<unknown>;
  /** The outcome when nothing of ours was written, if not their edit alone. */
  untouched?(h: Harness, edit: Edit): Promise<void>;
  /**
   * Nobody to tell: an event handler abandons its write silently (the refresh then reports the
   * row changed and undated).
   */
  silent?: boolean;
  /** Edits of cells only this operation reads or writes, beside the plan's. */
  edits?: Record<string, Edit>;
}

export type Edit = (co: CoAuthor, h: Harness) => void;

export function operations(layout: Layout): Record<string, Operation> {
  const userStatusEdit = (h: Harness) =>
    h.host.simulateUserEdit(PLAN_SHEET, `D${bodyRow(layout, 2)}`, [["√"]]);
  return {
    "Anvend statusformatering": { run: (h) => h.ops.applyStatusFormatting() },
    "Luk statusrunde (first round, IDs and column ID)": { run: (h) => h.ops.closeRound(DEC) },
    "Luk statusrunde (replacing the round)": {
      async prepare(h) {
        await h.ops.closeRound(DEC);
        await h.host.simulateUserEdit(PLAN_SHEET, `E${bodyRow(layout, 1)}`, [["ny note"]]);
      },
      run: (h) => h.ops.closeRound(DEC),
    },
    "Sæt statusdato": {
      run: (h) => h.ops.setCurrentStatusDate({ year: 2020, month: 3 }),
      edits: {
        "the status date changed in its cell": (co, h) => {
          const name = h.host.workbook.names.find((n) => n.name === CURRENT_STATUS_DATE_NAME)!;
          const cell = nameFormula(h.host.workbook, name).split("!")[1].replace(/\$/g, "");
          co.setValues(SETTINGS_SHEET, cell, [["januar 2020"]]);
        },
      },
    },
    "Opdater oversigt": { run: (h) => h.ops.refreshOverview() },
    "Oversigt for runde": {
      prepare: async (h) => void (await h.ops.closeRound(DEC)),
      run: (h) => h.ops.overviewForRound(DEC),
    },
    "Datér dem alle": {
      // A note changed since the round before, not dated in the current one (December).
      async prepare(h) {
        await h.ops.closeRound({ year: 2019, month: 11 });
        await h.host.simulateUserEdit(PLAN_SHEET, `E${bodyRow(layout, 2)}`, [["ændret note"]]);
      },
      run: (h) => h.ops.dateUndatedChanges(),
    },
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
        edit(h.host.server.coauthor, h);
      },
      silent: true,
    },
  };
}

/** Edits of the plan's rows: inside it, and (when the layout has rows above it) above it. */
export function edits(layout: Layout): Record<string, Edit> {
  const row = (n: number) => bodyRow(layout, n);
  const inside: Record<string, Edit> = {
    "a row deleted inside the plan": (co) => co.deleteRows(PLAN_SHEET, row(2)),
    "a row inserted inside the plan": (co) => {
      co.insertTableRows("Handlinger", 1);
      co.setValues(PLAN_SHEET, `A${row(2)}:D${row(2)}`, [
        ["Erhverv", "Indsats 9", "Kollegaens nye handling", "%"],
      ]);
    },
    "a value changed in a cell read or written": (co) =>
      co.setValues(PLAN_SHEET, `D${row(3)}`, [["%"]]),
    "a sort": (co) => co.sortTable("Handlinger", "Handling/aktivitet", "descending"),
  };
  if (layout.above === 0) return inside;
  return {
    "a row deleted above the plan": (co) => co.deleteRows(PLAN_SHEET, 1),
    "a row inserted above the plan": (co) => co.insertRows(PLAN_SHEET, 1),
    ...inside,
  };
}

/** What a case compares: every sheet's values, number formats and tables; every name. */
export function snapshot(host: WireExcelHost) {
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

export async function settle(h: Harness, work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
    return null;
  } catch (error) {
    return error;
  } finally {
    await h.host.flushEvents();
  }
}

/** IDs and history rows pair the same action: each history row's ID names its action in the plan. */
export function idsPairActions(host: WireExcelHost): void {
  if (!host.sheetNames().includes("Historik")) return;
  const plan = host.dump(PLAN_SHEET).values;
  // The header's row moves with rows inserted or deleted above the plan.
  const top = plan.findIndex((row) => row.includes("ID") && row.includes("Handling/aktivitet"));
  if (top < 0) return;
  const id = plan[top].indexOf("ID");
  const action = plan[top].indexOf("Handling/aktivitet");
  const byId = new Map(plan.slice(top + 1).map((row) => [row[id], row[action]]));
  for (const row of host.dump("Historik").values.slice(1)) {
    if (row[1] === "" || row[1] === undefined || !byId.has(row[1])) continue;
    expect([row[1], byId.get(row[1])]).toEqual([row[1], row[4]]);
  }
}

export interface Scenario {
  /** A workbook where the operation can start (prepared, events flushed). */
  fresh(): Promise<Harness>;
  op: Operation;
  /** The keys of the messages that say nothing of ours was written. */
  abandoned?: readonly string[];
}

const keyOf = (error: unknown): string | null =>
  error instanceof UserFacingError ? error.key : error ? String(error) : null;

/** The requests the operation makes, undisturbed. */
export async function requestCount(scenario: Scenario): Promise<number> {
  const h = await scenario.fresh();
  const before = h.host.server.stats.requests - h.host.server.stats.cleanups;
  await settle(h, () => scenario.op.run(h));
  return h.host.server.stats.requests - h.host.server.stats.cleanups - before;
}

/** One case: `edit` at every boundary of `boundaries`, each outcome one of the allowed. */
export async function everyBoundary(
  opName: string,
  scenario: Scenario,
  edit: Edit,
  boundaries: number
): Promise<void> {
  const { op, fresh } = scenario;
  const abandonedKeys = scenario.abandoned ?? [PLAN_CHANGED];
  expect(boundaries).toBeGreaterThan(0);
  // The sequential outcomes (with the message each gives, if any) and "nothing of ours".
  const theirsThenOurs = await fresh();
  edit(theirsThenOurs.host.server.coauthor, theirsThenOurs);
  const theirsFirstError = keyOf(await settle(theirsThenOurs, () => op.run(theirsThenOurs)));
  const oursThenTheirs = await fresh();
  const oursFirstError = keyOf(await settle(oursThenTheirs, () => op.run(oursThenTheirs)));
  edit(oursThenTheirs.host.server.coauthor, oursThenTheirs);
  await oursThenTheirs.host.flushEvents();
  const theirsOnly = await fresh();
  if (op.untouched) await settle(theirsOnly, () => op.untouched!(theirsOnly, edit));
  else edit(theirsOnly.host.server.coauthor, theirsOnly);
  const sequential = [
    { error: theirsFirstError, state: JSON.stringify(snapshot(theirsThenOurs.host)) },
    { error: oursFirstError, state: JSON.stringify(snapshot(oursThenTheirs.host)) },
  ];
  const untouched = snapshot(theirsOnly.host);

  for (let boundary = 0; boundary <= boundaries; boundary++) {
    const h = await fresh();
    const scheduled = (co: CoAuthor) => edit(co, h);
    if (boundary === 0) h.host.server.beforeRequest(1, scheduled);
    else h.host.server.afterResponse(boundary, scheduled);
    const error = keyOf(await settle(h, () => op.run(h)));
    expect({ boundary, pending: h.host.server.pendingEdits }).toEqual({ boundary, pending: 0 });
    const now = snapshot(h.host);
    const state = JSON.stringify(now);
    const abandoned =
      (error !== null && abandonedKeys.includes(error)) ||
      (op.silent && !error && state === JSON.stringify(untouched));
    const outcome = abandoned
      ? { boundary, equals: state === JSON.stringify(untouched) ? "theirs only" : "??" }
      : {
          boundary,
          error,
          equals: sequential.some((s) => s.state === state && s.error === error)
            ? "sequential"
            : "??",
        };
    if (outcome.equals === "??") {
      // Show where it differs from the nearest expected outcome.
      expect({ opName, ...outcome, now }).toEqual({
        opName,
        ...outcome,
        now: error || op.silent ? untouched : JSON.parse(sequential[0].state),
      });
    }
    expect(outcome).toEqual(
      "error" in outcome
        ? { boundary, error: outcome.error, equals: "sequential" }
        : { boundary, equals: "theirs only" }
    );
    idsPairActions(h.host);
  }
}

/** Declares one test per edit, each run at every request boundary the operation makes. */
export function testEveryBoundary(
  opName: string,
  scenario: Scenario,
  cases: Record<string, Edit>
): void {
  let boundaries = 0;
  beforeAll(async () => {
    boundaries = await requestCount(scenario);
  });
  test.each(Object.entries(cases))("%s, at every request boundary", (_, edit) =>
    everyBoundary(opName, scenario, edit, boundaries)
  );
}
