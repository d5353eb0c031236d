/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  AUTO_SHOW_SETTING,
  documentAutoOpen,
  type SettingsLike,
} from "../../src/taskpane/autoOpen";
import { t } from "../../src/i18n";
import { mockOperations } from "./mockOperations";
import { renderPane } from "./render";

function fakeSettings(saveStatus = "succeeded") {
  const values = new Map<string, unknown>();
  const settings: SettingsLike & { saveAsync: jest.Mock } = {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => values.set(name, value),
    saveAsync: jest.fn((callback) =>
      callback?.({ status: saveStatus, error: { message: "save failed" } })
    ),
  };
  return { settings, values };
}

describe("documentAutoOpen", () => {
  it("stores Office.AutoShowTaskpaneWithDocument in the document and saves it", async () => {
    const { settings, values } = fakeSettings();
    const setting = documentAutoOpen(settings);
    expect(setting.get()).toBe(false);
    await setting.set(true);
    expect(values.get(AUTO_SHOW_SETTING)).toBe(true);
    expect(AUTO_SHOW_SETTING).toBe("Office.AutoShowTaskpaneWithDocument");
    expect(settings.saveAsync).toHaveBeenCalledTimes(1);
    expect(setting.get()).toBe(true);
  });

  it("rejects when saving fails", async () => {
    const { settings } = fakeSettings("failed");
    await expect(documentAutoOpen(settings).set(true)).rejects.toThrow("save failed");
  });
});

/** Opens Indstillinger; jsdom's tabster can mark the open drawer aria-hidden (App.test.tsx). */
async function autoOpenSwitch() {
  await userEvent.click(await screen.findByRole("button", { name: "Indstillinger" }));
  return screen.findByRole("switch", { name: t("da", "taskpane.autoOpen.label"), hidden: true });
}

describe("the pane's auto-open switch", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows the stored value and turns the setting on and off", async () => {
    const { operations } = mockOperations();
    const { settings, values } = fakeSettings();
    renderPane(operations, "da", documentAutoOpen(settings));
    const toggle = await autoOpenSwitch();
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(toggle).toBeChecked();
    expect(values.get(AUTO_SHOW_SETTING)).toBe(true);
    await userEvent.click(toggle);
    expect(values.get(AUTO_SHOW_SETTING)).toBe(false);
  });

  it("switches back and explains when the setting cannot be saved", async () => {
    const { operations } = mockOperations();
    const { settings } = fakeSettings("failed");
    renderPane(operations, "da", documentAutoOpen(settings));
    const toggle = await autoOpenSwitch();
    await userEvent.click(toggle);
    expect(await screen.findByRole("alert", { hidden: true })).toHaveTextContent(
      t("da", "taskpane.error.generic")
    );
    await waitFor(() => expect(toggle).not.toBeChecked());
  });

  it("is not offered without the document settings (outside Office)", async () => {
    const { operations } = mockOperations();
    renderPane(operations);
    await screen.findByRole("heading", { name: "Statusrunde: december 2019" });
    await userEvent.click(await screen.findByRole("button", { name: "Indstillinger" }));
    await screen.findByRole("switch", { name: t("da", "taskpane.auto.label"), hidden: true });
    expect(
      screen.queryByRole("switch", { name: t("da", "taskpane.autoOpen.label"), hidden: true })
    ).not.toBeInTheDocument();
  });
});
