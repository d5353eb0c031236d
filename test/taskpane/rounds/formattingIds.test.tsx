/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../domPolyfills";
import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mockOperations } from "../mockOperations";
import { renderPane } from "../render";

configure({ asyncUtilTimeout: 5000 });

test("Anvend statusformatering says how many actions got an ID", async () => {
  const { operations } = mockOperations();
  operations.applyStatusFormatting.mockResolvedValueOnce({
    symbolsChanged: 2,
    idsFilled: 3,
    diagnostics: [],
  });
  renderPane(operations);
  await screen.findByText("Statusrunden er december 2019.");
  await userEvent.setup().click(screen.getByRole("button", { name: "Anvend statusformatering" }));
  expect(await screen.findByText("3 handlinger fik et ID i kolonnen ID.")).toBeInTheDocument();
});
