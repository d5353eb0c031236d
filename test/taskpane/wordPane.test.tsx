/** @jest-environment jsdom */
// The Word sections in the whole pane: the import in the section for a workbook without a plan
// (created through Opret plan's operation, then the overview), and the download for one with.
import "@testing-library/jest-dom";
import "./domPolyfills";
import "./encodingPolyfill";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { exampleSettings } from "../../examples/build-example";
import { exportDocument } from "../../src/core/word/exportDocument";
import { t } from "../../src/i18n";
import { foundingDocument } from "../word/fixtures/foundingDocument";
import { examplePlan } from "../word/support";
import { mockOperations } from "./mockOperations";
import { renderPane } from "./render";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

it("imports a Word document into a workbook without a plan and builds the overview", async () => {
  const { operations } = mockOperations({ hasPlan: false, currentStatusDate: null });
  renderPane(operations);
  const input = await screen.findByLabelText(t("da", "word.import.choose"), { selector: "input" });
  // The native input is hidden; a Fluent button in the pane's language drives it.
  expect(input).not.toBeVisible();
  expect(screen.getByRole("button", { name: t("da", "word.import.button") })).toBeVisible();
  await userEvent.upload(input, new File([(await foundingDocument()) as BlobPart], "status.docx"));
  await userEvent.click(await screen.findByRole("button", { name: t("da", "word.preview.confirm") }));
  await screen.findByText(t("da", "word.import.done"));
  expect(operations.createPlan).toHaveBeenCalledTimes(1);
  const seed = operations.createPlan.mock.calls[0][0];
  expect(seed.settings.currentStatusDate).toEqual({ year: 2019, month: 12 });
  expect(seed.plan.focusAreas).toHaveLength(3);
  expect(operations.refreshOverview).toHaveBeenCalledTimes(1);
});

it("offers the overview as a Word document for a workbook with a plan", async () => {
  const { operations } = mockOperations();
  const settings = exampleSettings();
  operations.describeWordDocument.mockResolvedValue({
    document: exportDocument(examplePlan(), settings),
    settings,
    diagnostics: [],
  });
  Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  renderPane(operations);
  await userEvent.click(await screen.findByRole("button", { name: t("da", "word.export.button") }));
  const file = `${settings.title}.docx`;
  await screen.findByText(t("da", "word.export.done", { file }));
  expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(file);
});

it("says so when there is no plan to save", async () => {
  const { operations } = mockOperations();
  renderPane(operations);
  await userEvent.click(await screen.findByRole("button", { name: t("da", "word.export.button") }));
  await waitFor(() => expect(screen.getByText(t("da", "word.export.noPlan"))).toBeInTheDocument());
});
