/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../domPolyfills";
import { configure } from "@testing-library/react";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { YearMonth } from "../../../src/core/model";
import { defaultSettings } from "../../../src/core/settings";
import type {
  CloseRoundResult,
  CompareResult,
  RoundsOperations,
  RoundsOverview,
} from "../../../src/core/rounds";
import { RoundsSection } from "../../../src/taskpane/sections/RoundsSection";
import { suggestedNextRound } from "../../../src/taskpane/components/rounds/nextRound";
import { renderWith } from "./renderWith";

// The whole suite shares two cores: give slow renders of the full section time.
configure({ asyncUtilTimeout: 5000 });

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

const closeResult = (round: YearMonth, replaced = false): CloseRoundResult => ({
  written: true,
  round,
  replaced,
  actions: 40,
  newIds: 2,
  diagnostics: [],
});

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

function mockRounds(state: RoundsOverview) {
  const operations = {
    getRounds: jest.fn(async () => state),
    closeRound: jest.fn(async (round: YearMonth) => closeResult(round)),
    compareRounds: jest.fn(async (_f: unknown, _t: unknown, write: boolean) => compareResult(write)),
    overviewForRound: jest.fn(async () => ({ written: true, diagnostics: [] })),
    setCurrentStatusDate: jest.fn(async () => undefined),
    selectPlanCell: jest.fn(async () => undefined),
  };
  return operations as typeof operations & RoundsOperations;
}

function renderSection(operations: RoundsOperations) {
  const onDiagnostics = jest.fn();
  const onError = jest.fn();
  renderWith(
    <RoundsSection
      operations={operations}
      disabled={false}
      onDiagnostics={onDiagnostics}
      onError={onError}
    />
  );
  return { onDiagnostics, onError };
}

describe("Statusrunder", () => {
  it("closes the current round, then offers the next round a quarter on and starts it", async () => {
    const operations = mockRounds(overview([SEP], DEC));
    const { onDiagnostics } = renderSection(operations);
    const user = userEvent.setup();
    expect(await screen.findByText("Lukkede runder: september 2019.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Luk statusrunden december 2019" }));
    expect(operations.closeRound).toHaveBeenCalledWith(DEC);
    expect(
      await screen.findByText(
        "Statusrunden december 2019 er lukket: 40 handlinger står nu i historikken (2 nye ID'er)."
      )
    ).toBeInTheDocument();
    expect(onDiagnostics).toHaveBeenCalledWith([]);
    // The offer starts at March 2020: the same step as September → December.
    expect(screen.getByRole("combobox", { name: "Måned" })).toHaveValue("3");
    expect(screen.getByRole("combobox", { name: "År" })).toHaveValue("2020");
    await user.click(screen.getByRole("button", { name: "Sæt statusdato" }));
    expect(operations.setCurrentStatusDate).toHaveBeenCalledWith({ year: 2020, month: 3 });
    expect(await screen.findByText("Statusrunden marts 2020 er startet.")).toBeInTheDocument();
    expect(operations.getRounds).toHaveBeenCalledTimes(3);
  });

  it("asks before closing a round that is already in the history", async () => {
    const operations = mockRounds(overview([SEP, DEC], DEC));
    renderSection(operations);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Luk statusrunden december 2019" }));
    const text = await screen.findByText(
      "Statusrunden december 2019 står allerede i historikken. Vil du erstatte dens rækker med planen, som den er nu?"
    );
    const dialog = text.closest("[role=alertdialog]") as HTMLElement;
    expect(dialog).toHaveAccessibleName("Runden er allerede lukket");
    await user.click(within(dialog).getByRole("button", { name: "Annuller" }));
    expect(operations.closeRound).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Luk statusrunden december 2019" }));
    const again = await screen.findByText(/står allerede i historikken/);
    await user.click(
      within(again.closest("[role=alertdialog]") as HTMLElement).getByRole("button", { name: "Erstat" })
    );
    expect(operations.closeRound).toHaveBeenCalledWith(DEC);
  });

  it("builds the overview as of a chosen round", async () => {
    const operations = mockRounds(overview([SEP], DEC));
    renderSection(operations);
    const user = userEvent.setup();
    const picker = await screen.findByRole("combobox", { name: "Runde" });
    await user.selectOptions(picker, "september 2019");
    await user.click(screen.getByRole("button", { name: "Vis oversigt" }));
    expect(operations.overviewForRound).toHaveBeenCalledWith(SEP);
    expect(await screen.findByText("Oversigten viser nu september 2019.")).toBeInTheDocument();
  });

  it("lists the changes since the last closed round; an entry selects its plan row", async () => {
    const operations = mockRounds(overview([SEP], DEC));
    renderSection(operations);
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
    expect(await screen.findByText("Arket Ændringer er skrevet.")).toBeInTheDocument();
  });

  it("shows the trend and says when no round is closed yet", async () => {
    const operations = mockRounds(overview([], DEC));
    renderSection(operations);
    expect(await screen.findByText("Ingen lukkede statusrunder endnu.")).toBeInTheDocument();
    expect(screen.getByText("Luk en statusrunde først; så kan ændringerne siden da vises.")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: /Udvikling for Erhverv: nu: 2 √/ })).toBeInTheDocument();
  });

  it("hands errors to the pane", async () => {
    const operations = mockRounds(overview([SEP], DEC));
    operations.closeRound.mockRejectedValueOnce(new Error("boom"));
    const { onError } = renderSection(operations);
    await userEvent.setup().click(
      await screen.findByRole("button", { name: "Luk statusrunden december 2019" })
    );
    await waitFor(() => expect(onError).toHaveBeenCalled());
  });
});

describe("suggestedNextRound", () => {
  it("steps like the last two rounds, else three months", () => {
    expect(suggestedNextRound(DEC, [SEP, DEC])).toEqual({ year: 2020, month: 3 });
    expect(suggestedNextRound(DEC, [])).toEqual({ year: 2020, month: 3 });
    expect(suggestedNextRound({ year: 2020, month: 1 }, [DEC])).toEqual({ year: 2020, month: 2 });
  });
});
