/** @jest-environment jsdom */
// axe-core on the rounds components as jsdom renders them (colour contrast needs a real
// browser and is checked by the browser tests): no serious or critical violations.
import "@testing-library/jest-dom";
import "../domPolyfills";
import { configure } from "@testing-library/react";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { defaultSettings } from "../../../src/core/settings";
import type { RoundsOperations } from "../../../src/core/rounds";
import { RoundsSection } from "../../../src/taskpane/sections/RoundsSection";
import { renderWith } from "./renderWith";

// The whole suite shares two cores: give slow renders of the full section time.
configure({ asyncUtilTimeout: 5000 });

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

test("the Statusrunder section with its trend and changes list has no serious axe violations", async () => {
  const operations: RoundsOperations = {
    getRounds: async () => ({
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
    }),
    closeRound: async (round) => ({
      written: true,
      round,
      replaced: false,
      actions: 5,
      newIds: 0,
      diagnostics: [],
    }),
    compareRounds: async () => ({
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
    }),
    overviewForRound: async () => ({ written: true, diagnostics: [] }),
    setCurrentStatusDate: async () => undefined,
    selectPlanCell: async () => undefined,
  };
  renderWith(
    <RoundsSection operations={operations} disabled={false} onDiagnostics={() => {}} onError={() => {}} />
  );
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Luk statusrunden december 2019" }));
  await screen.findByText(/Statusrunden december 2019 er lukket/);
  await user.click(screen.getByRole("button", { name: "Vis ændringer" }));
  await screen.findByText(/H-001 · Denmark Day/);
  expect(await violations()).toEqual([]);
});
