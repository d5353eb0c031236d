/** @jest-environment jsdom */
// axe-core on the pane's views as jsdom renders them (colour contrast needs a real browser and
// is checked by the browser tests): no serious or critical violations in Runde (with a closed
// round), Problemer (with a problem), and Historik (with its changes list and trend).
import "@testing-library/jest-dom";
import "../domPolyfills";
import { configure } from "@testing-library/react";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { defaultSettings } from "../../../src/core/settings";
import { mockOperations, refreshOutcome } from "../mockOperations";
import { renderPane } from "../render";

// The whole suite shares two cores: give the views (their own modules) time to load.
configure({ asyncUtilTimeout: 10_000 });

const SEP = { year: 2019, month: 9 };
const DEC = { year: 2019, month: 12 };

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { "color-contrast": { enabled: false } },
    resultTypes: ["violations"],
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("the views with the trend, the changes list and the problems have no serious axe violations", async () => {
  localStorage.clear();
  const { operations } = mockOperations();
  operations.getRounds.mockResolvedValue({
    rounds: [SEP],
    current: DEC,
    trend: {
      rounds: [SEP, "now"],
      focusAreas: [
        {
          focusArea: "Erhverv",
          counts: [
            { done: 3, partlyDone: 1, notDone: 1, noStatus: 0 },
            { done: 4, partlyDone: 1, notDone: 0, noStatus: 0 },
          ],
        },
      ],
    },
    diagnostics: [],
  });
  operations.compareRounds.mockResolvedValue({
    ok: true,
    from: SEP,
    to: "now",
    changes: [
      {
        id: "H-001",
        focusArea: "Erhverv",
        initiative: "Døråbner",
        action: "Denmark Day",
        kind: "status",
        before: { status: "%", note: "" },
        after: { status: "√", note: "" },
        planRow: 2,
      },
    ],
    trend: { rounds: [], focusAreas: [] },
    diagnostics: [],
    written: false,
    settings: defaultSettings("da"),
    planSheet: "Plan",
  });
  operations.refreshOverview.mockResolvedValue(
    refreshOutcome({
      diagnostics: [
        { severity: "warning", code: "core.diag.unknownStatus", params: { text: "måske", symbols: "√" }, row: 4 },
      ],
    })
  );
  renderPane(operations);
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Opdater oversigt" }));
  await screen.findByText("Oversigten er opdateret kl. 14.32.");
  await user.click(await screen.findByRole("button", { name: "Tallene pr. fokusområde" }));
  expect(await violations()).toEqual([]);

  await user.click(screen.getByRole("tab", { name: /Problemer/ }));
  await screen.findByRole("button", { name: /måske/ });
  expect(await violations()).toEqual([]);

  await user.click(screen.getByRole("tab", { name: "Historik" }));
  await user.click(await screen.findByRole("button", { name: "Vis ændringer" }));
  await screen.findByText(/H-001 · Denmark Day/);
  expect(await violations()).toEqual([]);
});
