// `statusoversigt requests` on real .xlsx files: text and --json, the exit codes, and the file
// left exactly as it was.

import { promises as fs } from "fs";
import * as path from "path";
import { EXAMPLE_PATH } from "../../examples/build-example";
import type { PlanRowInput } from "../../src/xlsx/createPlanWorkbook";
import { smallPlan, makeTempDir } from "../xlsx/support";
import { run, writePlan } from "./support";

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => temp.cleanup());

function ownedPlan(): PlanRowInput[] {
  const rows = smallPlan();
  rows[0].owner = "Mette Hansen <mette.hansen@kommune.dk>";
  rows[1].owner = "Mette Hansen <mette.hansen@kommune.dk>; lars@wuxi.cn";
  rows[2].owner = "lars@wuxi.cn";
  rows[3].owner = "Erhvervskontoret";
  return rows;
}

async function unchanged(file: string, work: () => Promise<void>): Promise<void> {
  const before = await fs.readFile(file);
  const stat = await fs.stat(file);
  await work();
  expect((await fs.readFile(file)).equals(before)).toBe(true);
  expect((await fs.stat(file)).mtimeMs).toBe(stat.mtimeMs);
  expect(await fs.readdir(temp.dir)).toEqual([path.basename(file)]);
}

describe("statusoversigt requests", () => {
  it("prints the JSON contract and writes nothing", async () => {
    const plan = await writePlan(temp.dir, "plan.xlsx", ownedPlan());
    await unchanged(plan, async () => {
      const result = await run(["requests", plan, "--json"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({
        round: "2019-12",
        owners: [
          {
            name: "Mette Hansen",
            email: "mette.hansen@kommune.dk",
            actions: [
              {
                id: null,
                row: 3,
                focusArea: "Overordnet fokus",
                initiative: "Besøg",
                action: "Delegation fra Wuxi",
                status: null,
              },
            ],
          },
          {
            name: null,
            email: "lars@wuxi.cn",
            actions: [
              {
                id: null,
                row: 3,
                focusArea: "Overordnet fokus",
                initiative: "Besøg",
                action: "Delegation fra Wuxi",
                status: null,
              },
            ],
          },
        ],
        unassigned: [
          {
            id: null,
            row: 5,
            focusArea: "Erhverv",
            initiative: "Døråbner",
            action: "Denmark Day",
            status: "%",
          },
        ],
      });
      // The bad entry is reported with its row, on stderr: stdout stays pure JSON.
      expect(result.stderr).toContain("Plan, række 5, kolonne Ansvarlig");
      expect(result.stderr).toContain("Erhvervskontoret");
    });
  });

  it("prints a readable list per owner, in English with --lang en, for another round", async () => {
    const plan = await writePlan(temp.dir, "plan.xlsx", ownedPlan());
    const da = await run(["requests", plan]);
    expect(da.code).toBe(0);
    expect(da.stdout).toBe(
      [
        "Statusrunde december 2019: 2 ansvarlige, 1 handlinger at opdatere, 1 uden ansvarlig",
        "",
        "Mette Hansen <mette.hansen@kommune.dk> — 1 handling",
        "  række 3  Overordnet fokus / Besøg: Delegation fra Wuxi  [uden status]",
        "",
        "lars@wuxi.cn — 1 handling",
        "  række 3  Overordnet fokus / Besøg: Delegation fra Wuxi  [uden status]",
        "",
        "Uden ansvarlig — 1 handling",
        "  række 5  Erhverv / Døråbner: Denmark Day  [%]",
        "",
      ].join("\n")
    );
    const en = await run(["requests", plan, "--round", "2019-09", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout.split("\n")[0]).toBe(
      "Status round September 2019: 1 owners, 1 actions to update, 0 unassigned"
    );
    expect(en.stdout).toContain(
      "mette.hansen@kommune.dk> — 1 action\n  row 2  Overordnet fokus / Besøg: Frokost med ambassadøren  [(√)]"
    );
  });

  it("works on the example (no column Ansvarlig: every open action unassigned)", async () => {
    const result = await run(["requests", EXAMPLE_PATH, "--json"]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.owners).toEqual([]);
    expect(json.unassigned.length).toBeGreaterThan(0);
    expect(Object.keys(json)).toEqual(["round", "owners", "unassigned"]);
  });

  it("exit codes: 1 for a file that cannot be read or a plan without a round, 2 for usage", async () => {
    const missing = await run(["requests", path.join(temp.dir, "none.xlsx")]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    const noRound = smallPlan().map((r) => ({ ...r, statusDate: null }));
    const plan = await writePlan(temp.dir, "plan.xlsx", noRound, (wb) =>
      wb.removeWorksheet(wb.getWorksheet("Indstillinger")!.id)
    );
    await unchanged(plan, async () => {
      const result = await run(["requests", plan]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("Der er ingen aktuel statusrunde");
      expect(result.stdout).toBe("");
    });
    expect((await run(["requests"])).code).toBe(2);
    expect((await run(["requests", plan, "--round", "december"])).code).toBe(2);
    expect((await run(["requests", plan, "extra.xlsx"])).code).toBe(2);
    const help = await run(["requests", "--help"]);
    expect([help.code, help.stdout.startsWith("Brug: statusoversigt requests")]).toEqual([0, true]);
  });
});
