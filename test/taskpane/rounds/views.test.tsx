/** @jest-environment jsdom */
// The rounds in the pane: the Runde view's steps (close the round, confirmed in a dialog whose
// focus starts on Annuller; start the next) and the Historik view (the overview as of a round,
// the changes and their sheet, the trend).
import "@testing-library/jest-dom";
import "../domPolyfills";
import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { YearMonth } from "../../../src/core/model";
import { defaultSettings } from "../../../src/core/settings";
import type { CompareResult, RoundsOverview } from "../../../src/core/rounds";
import { suggestedNextRound } from "../../../src/taskpane/components/rounds/nextRound";
import { mockOperations } from "../mockOperations";
import { renderPane } from "../render";

// The whole suite shares two cores: give the views (their own modules) time to load.
configure({ asyncUtilTimeout: 10_000 });

const SEP = { year: 2019, month: 9 };
const DEC = { year: 2019, month: 12 };

function overview(rounds: YearMonth[], current: YearMonth | null): RoundsOverview {
  return {
    rounds,
    current,
    trend: {
      rounds: [...rounds, "now"],
      focusAreas: [
        {
          focusArea: "Erhverv",
          counts: [...rounds, "now"].map(() => ({ done: 2, partlyDone: 1, notDone: 0, noStatus: 1 })),
        },
      ],
    },
    diagnostics: [],
  };
}

const compareResult = (written = false): CompareResult => ({
  ok: true,
  from: SEP,
  to: "now",
  changes: [
    {
      id: "H-012",
      focusArea: "Overordnet fokus",
      initiative: "Kultur",
      action: "Idrætsdelegation",
      kind: "status",
      before: { status: null, note: "" },
      after: { status: "(√)", note: "30 spillere" },
      planRow: 13,
    },
  ],
  trend: { rounds: [], focusAreas: [] },
  diagnostics: [],
  written,
  settings: defaultSettings("da"),
  planSheet: "Plan",
});

function paneWith(rounds: RoundsOverview) {
  const handles = mockOperations({ currentStatusDate: rounds.current });
  const state = { current: rounds };
  handles.operations.getRounds.mockImplementation(async () => state.current);
  handles.operations.closeRound.mockImplementation(async (round: YearMonth) => {
    state.current = { ...state.current, rounds: [...state.current.rounds, round] };
    return { written: true, round, replaced: false, actions: 40, newIds: 2, diagnostics: [] };
  });
  handles.operations.compareRounds.mockImplementation(
    async (_f: unknown, _t: unknown, write: boolean) => compareResult(write)
  );
  renderPane(handles.operations);
  return handles.operations;
}

beforeEach(() => {
  localStorage.clear();
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

// In jsdom (no layout) tabster's focus trap can mark even the open dialog aria-hidden, so its
// content is queried with hidden: true; the browser tests check the dialog for real.
const inDialog = (dialog: HTMLElement, name: string) =>
  within(dialog).getByRole("button", { name, hidden: true });
const findDialog = (name?: string) =>
  screen.findByRole("alertdialog", name ? { name, hidden: true } : { hidden: true });

const closeButton = () =>
  screen.findByRole("button", { name: "Luk statusrunden december 2019" });

describe("Runde: closing the round and starting the next", () => {
  it("asks in a dialog with focus on Annuller, closes, then offers the next round a quarter on", async () => {
    const operations = paneWith(overview([SEP], DEC));
    const user = userEvent.setup();
    await user.click(await closeButton());
    const dialog = await findDialog("Luk statusrunden december 2019?");
    await waitFor(() =>
      expect(inDialog(dialog, "Annuller")).toHaveFocus()
    );
    await user.click(inDialog(dialog, "Luk runden"));
    expect(operations.closeRound).toHaveBeenCalledWith(DEC);
    expect(
      await screen.findByText(
        "Statusrunden december 2019 er lukket: 40 handlinger står nu i historikken (2 nye ID'er)."
      )
    ).toBeInTheDocument();
    // The offer is March 2020: the same step as September → December.
    const start = await screen.findByRole("button", { name: "Start statusrunden marts 2020" });
    await user.click(start);
    expect(operations.setCurrentStatusDate).toHaveBeenCalledWith({ year: 2020, month: 3 });
    await waitFor(() => expect(screen.getByText("Statusrunden marts 2020 er startet.")).toBeInTheDocument());
    expect(
      await screen.findByRole("heading", { name: "Statusrunde: marts 2020", level: 1 })
    ).toBeInTheDocument();
    // Read at start, after closing, and after the new round started.
    await waitFor(() => expect(operations.getRounds).toHaveBeenCalledTimes(3));
  });

  it("Annuller closes nothing", async () => {
    const operations = paneWith(overview([SEP], DEC));
    const user = userEvent.setup();
    await user.click(await closeButton());
    const dialog = await findDialog();
    await user.click(inDialog(dialog, "Annuller"));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument());
    expect(operations.closeRound).not.toHaveBeenCalled();
  });

  it("asks whether to replace a round that is already in the history", async () => {
    const operations = paneWith(overview([SEP, DEC], DEC));
    const user = userEvent.setup();
    await user.click(await closeButton());
    const dialog = await findDialog("Runden er allerede lukket");
    expect(dialog).toHaveTextContent(
      "Statusrunden december 2019 står allerede i historikken. Vil du erstatte dens rækker med planen, som den er nu?"
    );
    await user.click(inDialog(dialog, "Erstat"));
    expect(operations.closeRound).toHaveBeenCalledWith(DEC);
  });

  it("hands errors to the pane's messages", async () => {
    const operations = paneWith(overview([SEP], DEC));
    operations.closeRound.mockRejectedValueOnce(new Error("boom"));
    const user = userEvent.setup();
    await user.click(await closeButton());
    await user.click(
      inDialog(await findDialog(), "Luk runden")
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(/uventet fejl/);
  });

  it("shows the plan's counts before any refresh, from the rounds' reading of it", async () => {
    paneWith(overview([SEP], DEC));
    await waitFor(() => expect(screen.getByText("4 handlinger: 2 √ · 1 (√) · 0 % · 1 uden status")).toBeInTheDocument());
    expect(screen.getByRole("img", { name: "Erhverv: 2 √ · 1 (√) · 0 % · 1 uden status" })).toBeInTheDocument();
  });
});

describe("Historik", () => {
  async function openHistory() {
    await userEvent.click(await screen.findByRole("tab", { name: "Historik" }));
  }

  it("lists the closed rounds and builds the overview as of a chosen round", async () => {
    const operations = paneWith(overview([SEP], DEC));
    await openHistory();
    await waitFor(() => expect(screen.getByText("Lukkede runder: september 2019.")).toBeInTheDocument());
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole("combobox", { name: "Runde" }), "september 2019");
    await user.click(screen.getByRole("button", { name: "Vis oversigt" }));
    expect(operations.overviewForRound).toHaveBeenCalledWith(SEP);
    await waitFor(() => expect(screen.getByText("Oversigten viser nu september 2019.")).toBeInTheDocument());
  });

  it("lists the changes since the last closed round; an entry selects its plan row", async () => {
    const operations = paneWith(overview([SEP], DEC));
    await openHistory();
    const user = userEvent.setup();
    expect(await screen.findByRole("combobox", { name: "Fra" })).toHaveValue("2019-09");
    expect(screen.getByRole("combobox", { name: "Til" })).toHaveValue("now");
    await user.click(screen.getByRole("button", { name: "Vis ændringer" }));
    expect(operations.compareRounds).toHaveBeenCalledWith(SEP, "now", false);
    const entry = await screen.findByRole("button", { name: /H-012 · Idrætsdelegation/ });
    await user.click(entry);
    expect(operations.selectPlanCell).toHaveBeenCalledWith("Plan", 13);
    await user.click(screen.getByRole("button", { name: "Skriv ændringsark" }));
    expect(operations.compareRounds).toHaveBeenLastCalledWith(SEP, "now", true);
    await waitFor(() => expect(screen.getByText("Arket Ændringer er skrevet.")).toBeInTheDocument());
  });

  it("shows one trend chart and says when no round is closed yet", async () => {
    paneWith(overview([], DEC));
    await openHistory();
    await waitFor(() => expect(screen.getByText("Ingen lukkede statusrunder endnu.")).toBeInTheDocument());
    expect(screen.getByText("Luk en statusrunde først; så kan ændringerne siden da vises.")).toBeInTheDocument();
    expect(screen.getAllByRole("img", { name: /^Udvikling for/ })).toHaveLength(1);
    expect(screen.getByRole("img", { name: /Udvikling for Alle handlinger: nu: 2 √/ })).toBeInTheDocument();
  });
});

describe("suggestedNextRound", () => {
  it("steps like the last two rounds, else three months", () => {
    expect(suggestedNextRound(DEC, [SEP, DEC])).toEqual({ year: 2020, month: 3 });
    expect(suggestedNextRound(DEC, [])).toEqual({ year: 2020, month: 3 });
    expect(suggestedNextRound({ year: 2020, month: 1 }, [DEC])).toEqual({ year: 2020, month: 2 });
  });
});
