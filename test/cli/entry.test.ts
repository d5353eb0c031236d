// The package's command (bin/statusoversigt.js running the built dist-cli/statusoversigt.js)
// and the npm script's defaults.

import { execFile } from "child_process";
import { readFileSync } from "fs";
import * as path from "path";
import { promisify } from "util";
import { npmOverviewArgs } from "../../src/cli/npmOverview";

const exec = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");
const build = require("../../scripts/build-cli.js") as {
  OUT: string;
  isStale(): boolean;
  ensureBuilt(): string;
};

beforeAll(() => build.ensureBuilt(), 60000);

describe("the built command line", () => {
  it("is current after ensureBuilt, and knows the sources it was built from", () => {
    expect(build.isStale()).toBe(false);
    const sources = JSON.parse(readFileSync(`${build.OUT}.sources.json`, "utf8")) as string[];
    expect(sources).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/i18n/da/cli.json"]));
  });

  it("does not load ExcelJS or JSZip for --help", async () => {
    const script = `
      const cli = require(${JSON.stringify(build.OUT)});
      const quiet = { write: () => true };
      cli.main(["--help"], { stdout: quiet, stderr: quiet }).then((code) => {
        const loaded = Object.keys(require.cache).filter((k) => /node_modules.(exceljs|jszip)/.test(k));
        process.stdout.write(JSON.stringify({ code, loaded: loaded.length }));
      });`;
    const { stdout } = await exec(process.execPath, ["-e", script], { cwd: ROOT });
    expect(JSON.parse(stdout)).toEqual({ code: 0, loaded: 0 });
  });

  it("needs no TypeScript at run time: tsx is a development dependency only", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    expect(readFileSync(path.join(ROOT, "bin", "statusoversigt.js"), "utf8")).not.toMatch(/tsx/);
  });
});

describe("bin/statusoversigt.js", () => {
  it("runs the built CLI: --help exits 0 listing the commands", async () => {
    const { stdout } = await exec(
      process.execPath,
      [path.join(ROOT, "bin", "statusoversigt.js"), "--help"],
      {
        cwd: ROOT,
        env: { ...process.env, LANG: "en_US.UTF-8" },
      }
    );
    expect(stdout).toContain("Usage: statusoversigt COMMAND");
    expect(stdout).toMatch(/^ {2}overview /m);
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
