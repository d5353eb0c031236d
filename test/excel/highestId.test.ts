// The highest action ID handed out (name Statusoversigt_HoejesteID, a constant such as `=3`)
// through the Office adapter, Microsoft's client and the fake server: read in the operations'
// one read, written with the IDs (no round trip of its own), and so an ID given to a deleted
// action is never given again. And Luk statusrunde refusing to add column ID over the user's data.

import { UserFacingError } from "../../src/core/operations";
import { HIGHEST_ID_NAME, HISTORY_SHEET, PLAN_SHEET } from "../../src/core/port";
import { t } from "../../src/i18n";
import { PLAN_HEADER } from "../support/generatedPlan";
import { harness, planInit } from "./support";

const SEP = { year: 2019, month: 9 };
const ROWS = [
  ["Erhverv", "Døråbner", "Denmark Day", "%", "(Ikke relevant)", 43709],
  ["Erhverv", "Døråbner", "Besøg", "√", "", null],
  ["Skole", "Netværk", "Effektmåling", "", "", null],
];

async function recorded(host: ReturnType<typeof harness>["host"]) {
  const excel = host.Excel as unknown as typeof Excel;
  return excel.run(async (context) => {
    const name = context.workbook.names.getItemOrNullObject(HIGHEST_ID_NAME);
    name.load("formula,value");
    await context.sync();
    return name.isNullObject ? null : [name.formula, name.value];
  });
}

describe("the highest ID handed out, in Excel", () => {
  test("Anvend statusformatering records it in the same sync as the IDs", async () => {
    const { host, ops } = harness(planInit(ROWS, { statusDate: SEP }));
    const before = host.stats.syncs;
    const applied = await ops.applyStatusFormatting();
    const syncs = host.stats.syncs - before;
    expect(applied.idsFilled).toBe(3);
    expect(await recorded(host)).toEqual(["=3", 3]);
    expect((await ops.applyStatusFormatting()).idsFilled).toBe(0);
    expect(await recorded(host)).toEqual(["=3", 3]);
    // The name costs no sync of its own: as many as for a plan with its IDs and name already.
    const filled = planInit(
      ROWS.map((r, i) => [...r, `H-00${i + 1}`]),
      { statusDate: SEP, header: [...PLAN_HEADER, "ID"] }
    );
    filled.names!.push({ name: HIGHEST_ID_NAME, formula: "=3" });
    const done = harness(filled);
    const start = done.host.stats.syncs;
    expect((await done.ops.applyStatusFormatting()).idsFilled).toBe(0);
    expect(done.host.stats.syncs - start).toBe(syncs);
  });

  test("a plan whose last action was deleted gets the next number, not the deleted one's", async () => {
    const withIds = [
      [...ROWS[0], "H-001"],
      [...ROWS[1], "H-002"],
      // H-003's action was deleted before any round was closed; this one is new.
      ["Skole", "Netværk", "Ny handling", "%", "", null, null],
    ];
    const init = planInit(withIds, { statusDate: SEP, header: [...PLAN_HEADER, "ID"] });
    init.names!.push({ name: HIGHEST_ID_NAME, formula: "=3" });
    const { host, ops } = harness(init);
    const start = host.stats.syncs;
    const closed = await ops.closeRound(SEP);
    const syncs = host.stats.syncs - start;
    expect(closed).toMatchObject({ written: true, newIds: 1 });
    expect(host.dump(PLAN_SHEET).values.map((r) => r[6])).toEqual([
      "ID",
      "H-001",
      "H-002",
      "H-004",
    ]);
    expect(await recorded(host)).toEqual(["=4", 4]);

    // The same plan without the record would hand out H-003 again: the record decides.
    const bare = harness(planInit(withIds, { statusDate: SEP, header: [...PLAN_HEADER, "ID"] }));
    const bareStart = bare.host.stats.syncs;
    await bare.ops.closeRound(SEP);
    // Reading and writing the name adds no sync.
    expect(bare.host.stats.syncs - bareStart).toBe(syncs);
    expect(bare.host.dump(PLAN_SHEET).values[3][6]).toBe("H-003");
    expect(await recorded(bare.host)).toEqual(["=3", 3]);
  });
});

describe("Luk statusrunde with the user's data right of the plan", () => {
  test("says where, in the user's language, and writes nothing", async () => {
    // Row 3 holds a value in G, right of table Handlinger (A1:F4).
    const rows = ROWS.map((r, i) => (i === 1 ? [...r, "min kolonne"] : r));
    const { host, ops } = harness(planInit(rows, { statusDate: SEP }));
    const error = await ops.closeRound(SEP).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    const { key, params } = error as UserFacingError;
    expect([key, params]).toEqual(["rounds.diag.idColumnBlockedAt", { sheet: "Plan", cell: "G3" }]);
    expect(t("da", key, params)).toContain("på arket Plan er ikke tom (celle G3)");
    expect(t("en", key, params)).toContain("on sheet Plan is not empty (cell G3)");
    const plan = host.dump(PLAN_SHEET);
    expect(plan.values[0]).toEqual([...PLAN_HEADER, ""]);
    expect(plan.values[2][6]).toBe("min kolonne");
    expect(plan.tables[0].address).toBe("A1:F4");
    expect(await recorded(host)).toBeNull();
    expect(() => host.dump(HISTORY_SHEET)).toThrow();
  });
});
