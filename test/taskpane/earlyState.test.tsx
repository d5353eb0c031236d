/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import { webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import type { AddinOperations, WorkbookState } from "../../src/core/operations";
import { t } from "../../src/i18n";
import { readStateEarly } from "../../src/taskpane/earlyState";
import { TaskpaneRoot } from "../../src/taskpane/Root";
import { deferred, mockOperations } from "./mockOperations";

const REFRESH = t("da", "taskpane.refresh.button");

const STATE: WorkbookState = {
  hasPlan: true,
  currentStatusDate: { year: 2019, month: 12 },
  language: "da",
};

/** An early read over mock operations whose getState answers only when `read` resolves. */
function earlyWithPendingRead() {
  const { operations } = mockOperations();
  const read = deferred<WorkbookState>();
  operations.getState.mockReturnValueOnce(read.promise);
  return { operations, read, early: readStateEarly(operations as unknown as AddinOperations) };
}

function renderPane(early: ReturnType<typeof readStateEarly>) {
  render(
    <TaskpaneRoot
      operations={early.operations}
      firstState={early.take}
      lang="da"
      theme={webLightTheme}
    />
  );
}

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe("readStateEarly", () => {
  it("reads at once; the first getState takes that read, later ones read again", async () => {
    const { operations } = mockOperations();
    const early = readStateEarly(operations as unknown as AddinOperations);
    expect(operations.getState).toHaveBeenCalledTimes(1);
    await expect(early.operations.getState()).resolves.toMatchObject({ hasPlan: true });
    expect(operations.getState).toHaveBeenCalledTimes(1);
    await early.operations.getState();
    expect(operations.getState).toHaveBeenCalledTimes(2);
  });

  it("hands the state to take() only once it has arrived, and only once", async () => {
    const { operations, read, early } = earlyWithPendingRead();
    expect(early.take()).toBeNull();
    read.resolve(STATE);
    await flush();
    expect(early.take()).toBe(STATE);
    expect(early.take()).toBeNull();
    // Taken: the next getState reads the workbook again.
    await early.operations.getState();
    expect(operations.getState).toHaveBeenCalledTimes(2);
  });

  it("gives a failed early read to the first getState, not to take()", async () => {
    const { operations } = mockOperations();
    operations.getState.mockRejectedValueOnce(new Error("no workbook"));
    const early = readStateEarly(operations as unknown as AddinOperations);
    await flush();
    expect(early.take()).toBeNull();
    await expect(early.operations.getState()).rejects.toThrow("no workbook");
  });

  it("passes the other operations through", async () => {
    const { operations } = mockOperations();
    const early = readStateEarly(operations as unknown as AddinOperations);
    await early.operations.refreshOverview();
    expect(operations.refreshOverview).toHaveBeenCalledTimes(1);
  });
});

describe("the pane with a state read before its first render", () => {
  it("shows the enabled refresh button in its first render and does not read again", async () => {
    const { operations } = mockOperations();
    const early = readStateEarly(operations as unknown as AddinOperations);
    await flush();
    renderPane(early);
    // Synchronously there: no loading render came first.
    expect(screen.getByRole("button", { name: REFRESH })).toBeEnabled();
    await screen.findByRole("tab", { name: /Runde/ });
    expect(operations.getState).toHaveBeenCalledTimes(1);
  });

  it("shows the loading state and waits for the read when it has not arrived", async () => {
    const { operations, read, early } = earlyWithPendingRead();
    renderPane(early);
    expect(screen.getByText(t("da", "taskpane.loading"))).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: REFRESH })).toBeNull();
    read.resolve(STATE);
    expect(await screen.findByRole("button", { name: REFRESH })).toBeEnabled();
    // The pane took the early read rather than starting a second one.
    expect(operations.getState).toHaveBeenCalledTimes(1);
  });
});
