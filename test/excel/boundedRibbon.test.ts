// The ribbon's refresh is bounded by its runtime's 5 minutes: before the first write it checks
// that every write chunk fits in what is left; if not, nothing is written and the message points
// to the pane. And the manifest names a support page (Marketplace requires <SupportUrl>).

import { readFileSync } from "fs";
import { join } from "path";
import { UserFacingError } from "../../src/core/operations";
import { OVERVIEW_SHEET } from "../../src/core/port";
import { createRefreshCommand, COMMAND_LIFETIME_MS } from "../../src/commands/refreshCommand";
import type { CommandMessage } from "../../src/commands/message";
import { WRITE_CHUNK_ESTIMATE_MS } from "../../src/excel/operations";
import { t } from "../../src/i18n";
import { generatedInit, harness } from "./support";

describe("the bounded ribbon refresh", () => {
  test("a refresh whose chunks do not fit in the time left writes nothing", async () => {
    const start = 1_000_000;
    let clock = start;
    // Several chunks (a small request budget forces them) and 4½ minutes already gone.
    const { host, ops } = harness(
      generatedInit(200),
      {},
      { requestBudgetBytes: 100_000, clock: () => clock }
    );
    const shown: CommandMessage[] = [];
    const command = createRefreshCommand({
      operations: () => ops,
      lang: () => "da",
      showMessage: async (m) => void shown.push(m),
      now: () => clock,
    });
    const original = ops.refreshOverview.bind(ops);
    ops.refreshOverview = async (options) => {
      clock = start + 4.5 * 60_000;
      return original(options);
    };
    await command({ completed: () => undefined });
    expect(host.sheetNames()).not.toContain(OVERVIEW_SHEET);
    expect(shown[0].lines).toContain(t("da", "coauthoring.ribbonTooLarge"));
  });

  test("with time enough the same refresh writes, and the bound is what is left", async () => {
    const { host, ops } = harness(
      generatedInit(200),
      {},
      { requestBudgetBytes: 100_000, clock: () => 0 }
    );
    const outcome = await ops.refreshOverview({ deadline: COMMAND_LIFETIME_MS });
    expect(outcome.written).toBe(true);
    expect(ops.lastRefreshWriteSyncs * WRITE_CHUNK_ESTIMATE_MS).toBeLessThan(COMMAND_LIFETIME_MS);
    expect(host.sheetNames()).toContain(OVERVIEW_SHEET);
    const tooLate = await ops
      .refreshOverview({ deadline: ops.lastRefreshWriteSyncs * WRITE_CHUNK_ESTIMATE_MS - 1 })
      .catch((e: UserFacingError) => e);
    expect((tooLate as UserFacingError).key).toBe("coauthoring.ribbonTooLarge");
  });

  test("the manifest has a SupportUrl on the add-in's host", () => {
    const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
    expect(manifest).toMatch(
      /<HighResolutionIconUrl [^>]*\/>\s*<SupportUrl DefaultValue="https:\/\/localhost:3000\/assets\/support\.html" \/>/
    );
  });
});
