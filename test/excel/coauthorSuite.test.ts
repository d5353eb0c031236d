// Every operation that writes the plan, the settings or the history by position, against a
// co-author's edit at every request boundary it makes, on a plan whose header is on row 1 (the
// cases themselves: coauthorCases.ts; a plan with rows above it: coauthorAbove.test.ts). The
// edits: a row deleted inside the plan, a row inserted there (with an action), a value changed
// in a cell the operation reads or writes, and a sort. Opret plan, empty or with a plan
// imported from Word, against a co-author who makes sheet Plan or Indstillinger, or edits the
// sheet the user is on, at every boundary.

import { exampleSettings } from "../../examples/build-example";
import { UserFacingError } from "../../src/core/operations";
import { PLAN_SHEET } from "../../src/core/port";
import { PLAN_CHANGED } from "../../src/excel/provenWrite";
import type { CoAuthor } from "../fake-excel/coauthor";
import { examplePlan } from "../word/support";
import {
  edits,
  testEveryBoundary,
  init,
  operations,
  settle,
  snapshot,
  type Edit,
  type Operation,
  type Scenario,
} from "./coauthorCases";
import { harness, type Harness } from "./support";

const LAYOUT = { above: 0 };
const OPERATIONS = operations(LAYOUT);

async function fresh(op: Operation): Promise<Harness> {
  const h = harness(init(LAYOUT));
  await op.prepare?.(h);
  await h.host.flushEvents();
  return h;
}

describe.each(Object.entries(OPERATIONS))("%s with a co-author", (opName, op) => {
  const scenario: Scenario = { op, fresh: () => fresh(op) };
  testEveryBoundary(opName, scenario, { ...edits(LAYOUT), ...op.edits });
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

/** A co-author adds a sheet; Excel refuses it when the name is taken (then nothing changes). */
const sheetMade =
  (name: string): Edit =>
  (_, h) => {
    const sheets = h.host.workbook.sheets;
    if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return;
    sheets.push({ ...structuredClone(sheets[0]), id: `{co-author ${name}}`, name });
  };

const CREATE_PLAN: Record<string, Operation> = {
  "Opret plan": { run: (h) => h.ops.createPlan() },
  "the import (Opret plan with a plan from Word)": {
    run: (h) => h.ops.createPlan({ plan: examplePlan(), settings: exampleSettings() }),
  },
};

const CREATE_PLAN_EDITS: Record<string, Edit> = {
  "a sheet Plan made": sheetMade("Plan"),
  "a sheet Indstillinger made": sheetMade("Indstillinger"),
  "a row deleted on the user's sheet": (co) => co.deleteRows("Ark1", 1),
  "a value changed on the user's sheet": (co) => co.setValues("Ark1", "B2", [["kollega"]]),
};

describe.each(Object.entries(CREATE_PLAN))("%s with a co-author", (opName, op) => {
  const scenario: Scenario = {
    op,
    fresh: async () =>
      harness({ sheets: [{ name: "Ark1", cells: [["Noter"], ["møde", "i morgen"]] }] }),
  };
  testEveryBoundary(opName, scenario, CREATE_PLAN_EDITS);

  test.each([
    ["Plan", "excel.createPlan.exists"],
    ["Indstillinger", null],
  ])("a sheet %s made between our read and our write", async (sheet, message) => {
    const h = await scenario.fresh();
    h.host.server.afterResponse(1, (co) => sheetMade(sheet)(co, h));
    const error = await settle(h, () => op.run(h));
    expect(h.host.server.pendingEdits).toBe(0);
    if (message) {
      // Excel refused our rename: nothing of ours; the retry tells the plan exists.
      expect((error as UserFacingError).key).toBe(message);
      expect(h.host.sheetNames()).toEqual(["Ark1", "Plan"]);
    } else {
      // Our Plan went again; the retry made the plan beside their settings sheet.
      expect(error).toBeNull();
      expect(h.host.sheetNames()).toEqual(["Ark1", "Indstillinger", "Plan"]);
      expect(h.host.dump("Plan").tables.map((t) => t.name)).toEqual(["Handlinger"]);
    }
  });
});
