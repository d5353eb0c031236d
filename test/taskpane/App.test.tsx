/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "./domPolyfills";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Diagnostic } from "../../src/core/diagnostics";
import { formatDiagnostic } from "../../src/core/formatDiagnostic";
import { UserFacingError } from "../../src/core/operations";
import { t } from "../../src/i18n";
import { deferred, mockOperations, refreshOutcome } from "./mockOperations";
import { renderPane } from "./render";

const da = (key: string, params?: Record<string, string | number>) => t("da", key, params);

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function loaded() {
  await screen.findByText("Statusrunden er december 2019.");
}

describe("refresh", () => {
  it("shows progress while running, then the counts per focus area and the time", async () => {
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
    const result = screen.getByRole("region", { name: "Resultat af opdateringen" });
    expect(within(result).getByText("Oversigten er opdateret.")).toBeInTheDocument();
    // Danish time format from Intl: 14.32.
    expect(within(result).getByText("Opdateret kl. 14.32")).toBeInTheDocument();

    const area = within(result).getByRole("heading", { name: "Overordnet fokus" }).parentElement!;
    const pairs = Array.from(area.querySelectorAll("dt")).map(
      (dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`
    );
    expect(pairs).toEqual([
      "√ gennemført=3",
      "(√) til dels gennemført=2",
      "% ikke gennemført=1",
      "Uden status=0",
      "Markeret for december 2019=4",
    ]);
    const second = within(result).getByRole("heading", { name: "Skole & Uddannelse" }).parentElement!;
    expect(second.querySelectorAll("dd")[0]).toHaveTextContent("2");
    expect(second.querySelectorAll("dd")[4]).toHaveTextContent("1");
    expect(within(result).getByText("Handlinger i alt: 9")).toBeInTheDocument();
  });

  it("says the overview was not written and lists the problems", async () => {
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

    expect(await screen.findByText(da("taskpane.refresh.notWritten"))).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Fejl/ })).toHaveTextContent(
      formatDiagnostic(problem, "da")
    );
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
    await screen.findByText(formatDiagnostic(diagnostics[0], "da"));
    return handles.operations;
  }

  it("shows each problem with its severity and selects its cell on click", async () => {
    const operations = await withProblems();
    const problem = screen.getByRole("button", { name: /måske/ });
    expect(problem).toHaveTextContent("Advarsel");
    await userEvent.click(problem);
    expect(operations.selectPlanCell).toHaveBeenCalledWith("Plan", 12, "Status");
  });

  it("says in the result how many problems there are and moves focus to the list", async () => {
    await withProblems();
    // Two of the three diagnostics are problems; the info line is not counted.
    const link = screen.getByRole("link", { name: da("taskpane.refresh.problems", { count: 2 }) });
    await userEvent.click(link);
    expect(screen.getByRole("heading", { name: "Problemer" })).toHaveFocus();
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

describe("Opret plan", () => {
  it("is offered only when the workbook has no plan, and creates it", async () => {
    const { operations } = mockOperations({ hasPlan: false, currentStatusDate: null });
    renderPane(operations);
    const button = await screen.findByRole("button", { name: "Opret plan" });
    operations.getState.mockResolvedValue({
      hasPlan: true,
      currentStatusDate: null,
      language: "da",
    });
    await userEvent.click(button);
    expect(operations.createPlan).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(da("taskpane.createPlan.done"))).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: "Opret plan" })).not.toBeInTheDocument()
    );
    expect(operations.getState).toHaveBeenCalledTimes(2);
  });

  it("is not offered when the workbook has a plan", async () => {
    const { operations } = mockOperations({ hasPlan: true });
    renderPane(operations);
    await loaded();
    expect(screen.queryByRole("button", { name: "Opret plan" })).not.toBeInTheDocument();
  });
});

describe("status date", () => {
  it("starts at the stored month and writes the chosen one", async () => {
    const { operations } = mockOperations();
    renderPane(operations);
    await loaded();
    const month = screen.getByRole("combobox", { name: "Måned" });
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
    expect(await screen.findByText("Statusdatoen er nu marts 2020.")).toBeInTheDocument();
    expect(screen.getByText("Statusrunden er marts 2020.")).toBeInTheDocument();
  });

  it("starts at this month when no status date is stored", async () => {
    const { operations } = mockOperations({ currentStatusDate: null });
    renderPane(operations);
    await screen.findByText("Der er ikke sat nogen statusdato endnu.");
    const now = new Date();
    expect(screen.getByRole("combobox", { name: "Måned" })).toHaveValue(String(now.getMonth() + 1));
    expect(screen.getByRole("combobox", { name: "År" })).toHaveValue(String(now.getFullYear()));
  });
});

describe("automatic status date", () => {
  it("subscribes while on, shows when it acted, and unsubscribes when switched off", async () => {
    const handles = mockOperations();
    renderPane(handles.operations);
    await loaded();
    await waitFor(() => expect(handles.operations.watchStatusEdits).toHaveBeenCalledTimes(1));

    const toggle = screen.getByRole("switch", { name: da("taskpane.auto.label") });
    expect(toggle).toBeChecked();

    act(() => handles.watchers[0]({ rows: [5, 9] }));
    expect(screen.getByText("Statusdato sat i række 5, 9.")).toBeInTheDocument();

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
    await userEvent.click(screen.getByRole("switch"));
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
});

describe("status formatting", () => {
  it("reports how many symbols were made canonical", async () => {
    const { operations } = mockOperations();
    operations.applyStatusFormatting.mockResolvedValueOnce({ symbolsChanged: 4, diagnostics: [] });
    renderPane(operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Anvend statusformatering" }));
    expect(await screen.findByText(/Symboler rettet til standardform: 4\./)).toBeInTheDocument();
    expect(screen.getByText("Ingen problemer fundet.")).toBeInTheDocument();
  });
});

describe("errors", () => {
  it("shows a UserFacingError's translated message", async () => {
    const { operations } = mockOperations();
    operations.refreshOverview.mockRejectedValueOnce(new UserFacingError("core.diag.emptyPlan"));
    renderPane(operations);
    await loaded();
    await userEvent.click(screen.getByRole("button", { name: "Opdater oversigt" }));
    const alert = await screen.findByRole("alert");
    const expected = da("core.diag.emptyPlan");
    expect(expected).not.toBe("core.diag.emptyPlan");
    expect(alert).toHaveTextContent(expected);

    await userEvent.click(within(alert).getByRole("button", { name: "Luk meddelelsen" }));
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
    expect(await screen.findByText("The status round is December 2019.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh overview" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Apply status formatting" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Month" })).toHaveDisplayValue("December");
    await userEvent.click(screen.getByRole("button", { name: "Refresh overview" }));
    expect(await screen.findByText("Refreshed at 14:32")).toBeInTheDocument();
    expect(screen.getAllByText("Marked for December 2019")).toHaveLength(2);
    expect(screen.queryByText("Opdater oversigt")).not.toBeInTheDocument();
  });
});
