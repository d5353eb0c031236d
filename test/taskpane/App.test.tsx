/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import { act, configure, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Diagnostic } from "../../src/core/diagnostics";
import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import { UserFacingError } from "../../src/core/operations";
import { t } from "../../src/i18n";
import { OPEN_VIEW_KEY, VIEW_KEY } from "../../src/taskpane/paneView";
import { deferred, mockOperations, refreshOutcome } from "./mockOperations";
import { renderPane } from "./render";

// The views load as their own modules: give the first render of each a moment on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const da = (key: string, params?: Record<string, string | number>) => t("da", key, params);

beforeEach(() => {
  localStorage.clear();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function loaded() {
  await screen.findByRole("heading", { name: "Statusrunde: december 2019", level: 1 });
  // The Runde view (its own module) is there.
  await screen.findByRole("button", { name: "Anvend statusformatering" });
}

/** The tabs' labels in order (Fluent keeps a hidden bold copy of each label for its width). */
function tabLabels(): string[] {
  return screen
    .getAllByRole("tab")
    .map((tab) => tab.querySelector("[class*='fui-Tab__content']:not([class*='reserved'])")?.textContent ?? "");
}

async function openView(name: string) {
  await userEvent.click(screen.getByRole("tab", { name: new RegExp(`^${name}`) }));
}

describe("the pane's structure", () => {
  it("has the round as its heading, one primary action and the three views as tabs", async () => {
    const { operations } = mockOperations();
    renderPane(operations);
    await loaded();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.queryByText("Statusoversigt")).not.toBeInTheDocument();
    expect(screen.getByText(da("taskpane.round.notRefreshed"))).toBeInTheDocument();
    expect(tabLabels()).toEqual([
      "Runde",
      "Historik",
      "Problemer",
    ]);
    expect(screen.getByRole("tab", { name: "Runde" })).toHaveAttribute("aria-selected", "true");
    // No month picker until Skift måned is chosen.
    expect(screen.queryByRole("combobox", { name: "Måned" })).not.toBeInTheDocument();
  });

  it("remembers the chosen view for the next time the pane opens", async () => {
    const { operations } = mockOperations();
    const first = renderPane(operations);
    await loaded();
    await openView("Historik");
    expect(localStorage.getItem(VIEW_KEY)).toBe("history");
    first.unmount();
    renderPane(mockOperations().operations);
    await screen.findByRole("heading", { name: "Statusrunde: december 2019", level: 1 });
    expect(screen.getByRole("tab", { name: "Historik" })).toHaveAttribute("aria-selected", "true");
  });

  it("opens on Problemer when the ribbon asked for it, once", async () => {
    localStorage.setItem(VIEW_KEY, "history");
    localStorage.setItem(OPEN_VIEW_KEY, "problems");
    renderPane(mockOperations().operations);
    await screen.findByText(da("taskpane.problems.notYet"));
    expect(screen.getByRole("tab", { name: "Problemer" })).toHaveAttribute("aria-selected", "true");
    expect(localStorage.getItem(OPEN_VIEW_KEY)).toBeNull();
  });

  it("an open pane follows the ribbon's request to show Problemer", async () => {
    renderPane(mockOperations().operations);
    await loaded();
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key: OPEN_VIEW_KEY, newValue: "problems" }));
    });
    expect(await screen.findByText(da("taskpane.problems.notYet"))).toBeVisible();
  });
});

describe("refresh", () => {
  it("shows progress beside the button, then the time in the header and the counts in Runde", async () => {
    const { operations } = mockOperations();
    const pending = deferred<ReturnType<typeof refreshOutcome>>();
    operations.refreshOverview.mockReturnValueOnce(pending.promise);
    renderPane(operations);
    await loaded();

    const button = screen.getByRole("button", { name: "Opdater oversigt" });
    await userEvent.click(button);
    expect(screen.getByText("Opdaterer oversigten …")).toBeInTheDocument();
    expect(button).toHaveAttribute("aria-disabled", "true");
    // A second click while busy does not start a second refresh.
    await userEvent.click(button);
    expect(operations.refreshOverview).toHaveBeenCalledTimes(1);

    await act(async () => pending.resolve(refreshOutcome()));

    expect(screen.queryByText("Opdaterer oversigten …")).not.toBeInTheDocument();
    expect(button).not.toHaveAttribute("aria-disabled", "true");
    // Danish time format from Intl: 14.32.
    expect(screen.getByText("Oversigten er opdateret kl. 14.32.")).toBeInTheDocument();
    expect(screen.getByText("9 handlinger: 5 √ · 2 (√) · 2 % · 0 uden status")).toBeInTheDocument();
    expect(screen.getByText("5 markeret med rødt for december 2019")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Overordnet fokus: 3 √ · 2 (√) · 1 % · 0 uden status" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Tallene pr. fokusområde" }));
    const table = await screen.findByRole("table");
    expect(within(table).getAllByRole("row").map((row) => row.textContent)).toEqual([
      "Fokusområde√(√)%–●",
      "Overordnet fokus32104",
      "Skole & Uddannelse20101",
    ]);
  });

  it("says in the header that the overview was not written, and leads to the problems", async () => {
    const { operations } = mockOperations();
    const problem: Diagnostic = {
      severity: "error",
      code: "core.diag.missingColumn",
      params: { column: "Status", aliases: "Status" },
      sheet: "Plan",
      row: 1,
    };
    operations.refreshOverview.mockResolvedValueOnce(
      refreshOutcome({ written: false, summary: null, diagnostics: [problem] })
    );
    renderPane(operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Opdater oversigt" }));

    await waitFor(() => expect(screen.getByText(/Ikke opdateret kl\. 14\.32: planen har fejl\./)).toBeInTheDocument());
    expect(screen.getByRole("tab", { name: /Problemer/ })).toHaveTextContent("Problemer 1");
    await userEvent.click(screen.getByRole("button", { name: "Se Problemer" }));
    expect(await screen.findByRole("button", { name: /Fejl/ })).toHaveTextContent(
      formatDiagnostic(problem, "da")
    );
    expect(screen.getByRole("tab", { name: /Problemer/ })).toHaveAttribute("aria-selected", "true");
  });
});

describe("problems list", () => {
  const diagnostics: Diagnostic[] = [
    {
      severity: "warning",
      code: "core.diag.unknownStatus",
      params: { text: "måske", symbols: "√, (√), %" },
      sheet: "Plan",
      row: 12,
      column: "Status",
    },
    { severity: "info", code: "core.diag.noStatusDate" },
    { severity: "error", code: "core.diag.invalidColor", params: { text: "rødlig" }, row: 7 },
  ];

  async function withProblems() {
    const handles = mockOperations();
    handles.operations.refreshOverview.mockResolvedValueOnce(refreshOutcome({ diagnostics }));
    renderPane(handles.operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Opdater oversigt" }));
    await openView("Problemer");
    await screen.findByText(formatDiagnostic(diagnostics[0], "da"));
    return handles.operations;
  }

  it("counts the problems on the tab; the info line is not one", async () => {
    await withProblems();
    expect(screen.getByRole("tab", { name: /Problemer/ })).toHaveTextContent("Problemer 2");
    expect(screen.getByLabelText("2 problemer")).toBeInTheDocument();
  });

  it("shows each problem with its severity and selects its cell on click", async () => {
    const operations = await withProblems();
    const problem = screen.getByRole("button", { name: /måske/ });
    expect(problem).toHaveTextContent("Advarsel");
    await userEvent.click(problem);
    expect(operations.selectPlanCell).toHaveBeenCalledWith("Plan", 12, "Status");
  });

  it("selects the cell with Enter, and defaults the sheet to Plan", async () => {
    const operations = await withProblems();
    const problem = screen.getByRole("button", { name: /rødlig/ });
    problem.focus();
    await userEvent.keyboard("{Enter}");
    expect(operations.selectPlanCell).toHaveBeenCalledWith("Plan", 7, undefined);
  });

  it("shows problems without a place as text, not as buttons", async () => {
    await withProblems();
    const text = formatDiagnostic(diagnostics[1], "da");
    expect(screen.getByText(text).closest("button")).toBeNull();
    expect(screen.getByText(text).parentElement).toHaveTextContent("Info");
  });

  it("shows a translated error when selecting the cell fails", async () => {
    const operations = await withProblems();
    operations.selectPlanCell.mockRejectedValueOnce(new Error("ItemNotFound"));
    await userEvent.click(screen.getByRole("button", { name: /måske/ }));
    expect(await screen.findByRole("alert")).toHaveTextContent(da("taskpane.error.generic"));
  });
});

describe("first run (no plan)", () => {
  it("offers Opret plan as the one primary action, with no picker, refresh or formatting", async () => {
    const { operations } = mockOperations({ hasPlan: false, currentStatusDate: null });
    renderPane(operations);
    const button = await screen.findByRole("button", { name: "Opret plan" });
    expect(screen.getByRole("button", { name: "Importér fra Word…" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      da("taskpane.firstRun.step1"),
      da("taskpane.firstRun.step2"),
      da("taskpane.firstRun.step3"),
    ]);
    expect(screen.queryByRole("button", { name: "Opdater oversigt" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Skift måned" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Anvend statusformatering" })).not.toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();

    operations.getState.mockResolvedValue({
      hasPlan: true,
      currentStatusDate: null,
      language: "da",
    });
    await userEvent.click(button);
    expect(operations.createPlan).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByText(da("taskpane.createPlan.done"))).toBeInTheDocument());
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Opret plan" })).not.toBeInTheDocument()
    );
    await waitFor(() => expect(screen.getByRole("heading", { name: "Statusrunde: ikke sat" })).toBeInTheDocument());
    expect(operations.getState).toHaveBeenCalledTimes(2);
  });

  it("is not offered when the workbook has a plan", async () => {
    const { operations } = mockOperations({ hasPlan: true });
    renderPane(operations);
    await loaded();
    expect(screen.queryByRole("button", { name: "Opret plan" })).not.toBeInTheDocument();
  });
});

describe("Skift måned", () => {
  it("opens the picker in place at the stored month and writes the chosen one", async () => {
    const { operations } = mockOperations();
    renderPane(operations);
    await loaded();
    const change = screen.getByRole("button", { name: "Skift måned" });
    expect(change).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(change);
    expect(change).toHaveAttribute("aria-expanded", "true");
    const month = await screen.findByRole("combobox", { name: "Måned" });
    const year = screen.getByRole("combobox", { name: "År" });
    expect(month).toHaveValue("12");
    expect(year).toHaveValue("2019");
    const apply = screen.getByRole("button", { name: "Sæt statusdato" });
    expect(apply).toHaveAttribute("aria-disabled", "true");

    await userEvent.selectOptions(month, "marts");
    await userEvent.selectOptions(year, "2020");
    expect(apply).not.toHaveAttribute("aria-disabled", "true");
    await userEvent.click(apply);

    expect(operations.setCurrentStatusDate).toHaveBeenCalledWith({ year: 2020, month: 3 });
    await waitFor(() => expect(screen.getByText("Statusdatoen er nu marts 2020.")).toBeInTheDocument());
    expect(screen.getByRole("heading", { name: "Statusrunde: marts 2020", level: 1 })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole("combobox", { name: "Måned" })).not.toBeInTheDocument()
    );
  });

  it("starts at this month when no status date is stored", async () => {
    const { operations } = mockOperations({ currentStatusDate: null });
    renderPane(operations);
    await screen.findByRole("heading", { name: "Statusrunde: ikke sat" });
    await userEvent.click(screen.getByRole("button", { name: "Skift måned" }));
    const now = new Date();
    expect(await screen.findByRole("combobox", { name: "Måned" })).toHaveValue(
      String(now.getMonth() + 1)
    );
    expect(screen.getByRole("combobox", { name: "År" })).toHaveValue(String(now.getFullYear()));
  });
});

describe("Indstillinger and the automatic status date", () => {
  async function openSettings() {
    const settings = screen.getByRole("button", { name: "Indstillinger" });
    // Wait for the footer's button to be settled (the views load beside it) before clicking.
    await waitFor(() => expect(settings).toBeEnabled());
    await act(async () => {
      fireEvent.click(settings);
    });
    // In jsdom (no layout) tabster's focus trap, left over from earlier tests, can mark even the
    // open drawer aria-hidden, and an aria-hidden dialog has no accessible name: the drawer is
    // found by its title and checked to be labelled by it; the browser tests check it for real.
    const title = await screen.findByRole("heading", { name: "Indstillinger", hidden: true });
    const drawer = title.closest<HTMLElement>("[role='dialog']");
    expect(drawer).not.toBeNull();
    expect(drawer!.getAttribute("aria-labelledby")).toBe(title.id);
    return drawer!;
  }

  it("keeps the switches in a drawer that says which setting is shared", async () => {
    const { operations } = mockOperations();
    renderPane(operations);
    await loaded();
    expect(screen.queryByRole("switch")).not.toBeInTheDocument();
    const drawer = await openSettings();
    expect(within(drawer).getByRole("switch", { name: da("taskpane.auto.label"), hidden: true })).toBeChecked();
    expect(within(drawer).getByText(da("taskpane.settings.yours"))).toBeInTheDocument();
    expect(within(drawer).queryByRole("button", { name: /Opdater/, hidden: true })).not.toBeInTheDocument();
    await userEvent.click(within(drawer).getByRole("button", { name: "Luk indstillinger", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
  });

  it("subscribes while on, shows when it acted, and unsubscribes when switched off", async () => {
    const handles = mockOperations();
    renderPane(handles.operations);
    await loaded();
    await waitFor(() => expect(handles.operations.watchStatusEdits).toHaveBeenCalledTimes(1));

    const drawer = await openSettings();
    act(() => handles.watchers[0]({ rows: [5, 9] }));
    expect(screen.getByText("Statusdato sat i række 5, 9.")).toBeInTheDocument();

    const toggle = within(drawer).getByRole("switch", { name: da("taskpane.auto.label"), hidden: true });
    await userEvent.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(handles.unsubscribes[0]).toHaveBeenCalledTimes(1);
    expect(screen.queryByText("Statusdato sat i række 5, 9.")).not.toBeInTheDocument();

    await userEvent.click(toggle);
    await waitFor(() => expect(handles.operations.watchStatusEdits).toHaveBeenCalledTimes(2));
  });

  it("unsubscribes when the pane goes away", async () => {
    const handles = mockOperations();
    const view = renderPane(handles.operations);
    await loaded();
    await waitFor(() => expect(handles.unsubscribes).toHaveLength(1));
    view.unmount();
    expect(handles.unsubscribes[0]).toHaveBeenCalledTimes(1);
  });

  it("undoes a subscription that arrives after the switch was turned off", async () => {
    const handles = mockOperations();
    const pending = deferred<() => Promise<void>>();
    handles.operations.watchStatusEdits.mockReturnValueOnce(pending.promise);
    renderPane(handles.operations);
    await loaded();
    const drawer = await openSettings();
    await userEvent.click(within(drawer).getByRole("switch", { hidden: true }));
    const late = jest.fn(async () => undefined);
    await act(async () => pending.resolve(late));
    expect(late).toHaveBeenCalledTimes(1);
  });

  it("does not subscribe without a plan", async () => {
    const handles = mockOperations({ hasPlan: false });
    renderPane(handles.operations);
    await screen.findByRole("button", { name: "Opret plan" });
    expect(handles.operations.watchStatusEdits).not.toHaveBeenCalled();
  });

  it("closes with Esc", async () => {
    renderPane(mockOperations().operations);
    await loaded();
    const drawer = await openSettings();
    fireEvent.keyDown(drawer, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).not.toBeInTheDocument());
  });
});

describe("status formatting (a Runde step)", () => {
  it("reports how many symbols were made canonical", async () => {
    const { operations } = mockOperations();
    operations.applyStatusFormatting.mockResolvedValueOnce({ symbolsChanged: 4, diagnostics: [] });
    renderPane(operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Anvend statusformatering" }));
    await waitFor(() => expect(screen.getByText(/Symboler rettet til standardform: 4\./)).toBeInTheDocument());
    await openView("Problemer");
    await waitFor(() => expect(screen.getByText("Ingen problemer fundet.")).toBeInTheDocument());
  });
});

describe("errors", () => {
  it("shows a UserFacingError's translated message, dismissible", async () => {
    const { operations } = mockOperations();
    operations.refreshOverview.mockRejectedValueOnce(new UserFacingError("core.diag.emptyPlan"));
    renderPane(operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Opdater oversigt" }));
    const expected = da("core.diag.emptyPlan");
    expect(expected).not.toBe("core.diag.emptyPlan");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(expected));
    // The MessageBar (its own module) replaces the plain text it shows while it loads.
    const dismiss = await screen.findByRole("button", { name: "Luk meddelelsen" });
    expect(screen.getByRole("alert")).toContainElement(dismiss);
    await userEvent.click(dismiss);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows a generic message for any other error, never its text or stack", async () => {
    const { operations } = mockOperations();
    const raw = new Error("GeneralException: boom at Excel.run");
    operations.applyStatusFormatting.mockRejectedValueOnce(raw);
    renderPane(operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Anvend statusformatering" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(da("taskpane.error.generic"));
    expect(document.body).not.toHaveTextContent("boom");
    expect(console.error).toHaveBeenCalledWith(raw);
  });

  it("shows the error when the workbook state cannot be read", async () => {
    const { operations } = mockOperations();
    operations.getState.mockRejectedValueOnce(new UserFacingError("core.diag.emptyPlan"));
    renderPane(operations);
    expect(await screen.findByRole("alert")).toHaveTextContent(da("core.diag.emptyPlan"));
  });
});

describe("language", () => {
  it("speaks English when Office's display language is English", async () => {
    const { operations } = mockOperations();
    renderPane(operations, "en");
    expect(
      await screen.findByRole("heading", { name: "Status round: December 2019", level: 1 })
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh overview" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("button", { name: "Apply status formatting" })).toBeInTheDocument());
    expect(tabLabels()).toEqual([
      "Round",
      "History",
      "Problems",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Change month" }));
    expect(await screen.findByRole("combobox", { name: "Month" })).toHaveDisplayValue("December");
    await userEvent.click(screen.getByRole("button", { name: "Refresh overview" }));
    await waitFor(() => expect(screen.getByText("Overview refreshed at 14:32.")).toBeInTheDocument());
    expect(screen.getByText("5 marked red for December 2019")).toBeInTheDocument();
    expect(screen.queryByText("Opdater oversigt")).not.toBeInTheDocument();
  });
});
