/** @jest-environment jsdom */
// Problemer: the refresh's "changed since [round], not dated [current round]" problems come
// with one action that dates them all; after it the pane refreshes, so the list follows.
import "@testing-library/jest-dom";
import "./domPolyfills";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Diagnostic } from "../../src/core/diagnostics";
import { mockOperations, refreshOutcome } from "./mockOperations";
import { renderPane } from "./render";

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const undated: Diagnostic = {
  severity: "warning",
  code: "coauthoring.diag.undated",
  params: { round: "november 2019", current: "december 2019", action: "Handling 2" },
  sheet: "Plan",
  row: 3,
};

test("one action dates every undated change, then the problems follow", async () => {
  const { operations } = mockOperations();
  const dateUndatedChanges = jest.fn(async () => ({ rows: [3] }));
  Object.assign(operations, { dateUndatedChanges });
  operations.refreshOverview
    .mockResolvedValueOnce(refreshOutcome({ diagnostics: [undated] }))
    .mockResolvedValueOnce(refreshOutcome({ diagnostics: [] }));
  renderPane(operations);
  await screen.findByRole("heading", { name: "Statusrunde: december 2019", level: 1 });
  await userEvent.click(await screen.findByRole("button", { name: "Opdater oversigt" }));
  await userEvent.click(await screen.findByRole("tab", { name: /^Problemer/ }));
  const dateAll = await screen.findByRole(
    "button",
    { name: "Datér dem alle december 2019" },
    { timeout: 10000 }
  );
  expect(
    screen.getByText(/Ændret siden november 2019, ikke dateret december 2019/)
  ).toBeInTheDocument();
  await userEvent.click(dateAll);
  expect(dateUndatedChanges).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(operations.refreshOverview).toHaveBeenCalledTimes(2));
  await waitFor(() =>
    expect(screen.queryByRole("button", { name: /Datér dem alle/ })).not.toBeInTheDocument()
  );
});
