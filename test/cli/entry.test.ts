// The package's command (bin/statusoversigt.js through tsx) and the npm script's defaults.

import { execFile } from "child_process";
import * as path from "path";
import { promisify } from "util";
import { npmOverviewArgs } from "../../src/cli/npmOverview";

const exec = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");

describe("bin/statusoversigt.js", () => {
  it("runs the TypeScript CLI: --help exits 0 with the usage", async () => {
    const { stdout } = await exec(
      process.execPath,
      [path.join(ROOT, "bin", "statusoversigt.js"), "--help"],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: "en_US.UTF-8" },
      }
    );
    expect(stdout).toContain("Usage: statusoversigt overview PLAN.xlsx");
  });

  it("passes the exit code on (2 for a usage error)", async () => {
    const failure = await exec(
      process.execPath,
      [path.join(ROOT, "bin", "statusoversigt.js"), "nonsense"],
      {
        cwd: ROOT,
      }
    ).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain("nonsense");
  });
});

describe("npm run overview", () => {
  const example = path.join("examples", "bycirklen-kina-2017-2020.xlsx");
  const out = path.join("out", "bycirklen-kina-2017-2020.oversigt.xlsx");

  it("runs on the bundled example into out/ when no plan is given", () => {
    expect(npmOverviewArgs([])).toEqual(["overview", example, "-o", out]);
    expect(npmOverviewArgs(["--lang", "en"])).toEqual([
      "overview",
      example,
      "-o",
      out,
      "--lang",
      "en",
    ]);
    expect(npmOverviewArgs(["-o", "x.xlsx"])).toEqual(["overview", example, "-o", "x.xlsx"]);
  });

  it("passes the arguments on when a plan is given", () => {
    expect(npmOverviewArgs(["plan.xlsx", "-o", "ud.xlsx", "--strict"])).toEqual([
      "overview",
      "plan.xlsx",
      "-o",
      "ud.xlsx",
      "--strict",
    ]);
    expect(npmOverviewArgs(["overview", "--status-date", "2019-12", "plan.xlsx"])).toEqual([
      "overview",
      "--status-date",
      "2019-12",
      "plan.xlsx",
    ]);
  });
});
