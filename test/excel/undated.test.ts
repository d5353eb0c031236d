// The marking never depends on an event: a value picked from the validation dropdown in Excel
// on the web raises no onChanged (office-js #3888, #4066), so the automatic status date misses
// it; the next refresh compares the plan with the last closed round and reports the action
// "changed since [round], not dated [current round]", and one action dates them all through a
// proven write.

import { PLAN_SHEET } from "../../src/core/port";
import { t } from "../../src/i18n";
import { DEC_2019_SERIAL, harness } from "./support";
import { largeInit } from "./largeWorkbook";

const SEP_2019_SERIAL = 43709;

describe("changes not dated in the current round", () => {
  test("a lost dropdown event is caught by the refresh and dated by its one action", async () => {
    const { host, ops } = harness(largeInit(9, 1, 40), { webPayloadLimit: true });
    const edits: unknown[] = [];
    await ops.watchStatusEdits((edit) => edits.push(edit));
    await host.simulateDropdownPick(PLAN_SHEET, "D3", "%"); // was (√), dated September
    await host.flushEvents();
    expect(edits).toEqual([]); // no event on the web
    expect(host.dump(PLAN_SHEET).values[2][5]).toBe(SEP_2019_SERIAL);

    const outcome = await ops.refreshOverview();
    const undated = outcome.diagnostics.filter((d) => d.code === "coauthoring.diag.undated");
    expect(undated).toHaveLength(1);
    expect(undated[0]).toMatchObject({ severity: "warning", sheet: PLAN_SHEET, row: 3 });
    expect(t("da", undated[0].code, undated[0].params)).toBe(
      "Ændret siden november 2019, ikke dateret december 2019: »Handling 2: koordinere besøg, opfølgning og afrapportering med partnerne i Wuxi«."
    );

    const dated = await ops.dateUndatedChanges();
    expect(dated.rows).toEqual([3]);
    expect(host.dump(PLAN_SHEET).values[2][5]).toBe(DEC_2019_SERIAL);
    const again = await ops.refreshOverview();
    expect(again.diagnostics.filter((d) => d.code === "coauthoring.diag.undated")).toEqual([]);
  });

  test("a row moved by a co-author before the dating: it is found again and dated", async () => {
    const { host, ops } = harness(largeInit(9, 1, 40));
    host.server.coauthor.setValues(PLAN_SHEET, "D3", [["%"]]);
    // After the dating's read, a co-author deletes the first row: the write is undone, the
    // retry reads again and dates the action in its new row.
    host.server.afterResponse(1, (co) => co.deleteTableRows("Handlinger", 0));
    const dated = await ops.dateUndatedChanges();
    expect(dated.rows).toEqual([2]);
    const values = host.dump(PLAN_SHEET).values;
    expect(values[1][2]).toMatch(/^Handling 2:/);
    expect(values[1][5]).toBe(DEC_2019_SERIAL);
    expect(values.slice(2).map((r) => r[5])).not.toContain(undefined);
  });
});
