/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import "../domPolyfills";
import { configure } from "@testing-library/react";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Change, Trend } from "../../../src/core/rounds";
import { ChangesList } from "../../../src/taskpane/components/rounds/ChangesList";
import { RoundPicker } from "../../../src/taskpane/components/rounds/RoundPicker";
import { TrendChart } from "../../../src/taskpane/components/rounds/TrendChart";
import { renderWith } from "./renderWith";

// The whole suite shares two cores: give slow renders of the full section time.
configure({ asyncUtilTimeout: 10_000 });

const SEP = { year: 2019, month: 9 };
const DEC = { year: 2019, month: 12 };

function change(more: Partial<Change>): Change {
  return {
    id: "H-001",
    focusArea: "Overordnet fokus",
    initiative: "Besøg",
    action: "Frokost",
    kind: "status",
    before: { status: "%", note: "" },
    after: { status: "(√)", note: "Ikke i 2019" },
    planRow: 2,
    ...more,
  };
}

describe("ChangesList", () => {
  const changes = [
    change({}),
    change({ kind: "note" }),
    change({ id: "H-007", focusArea: "Erhverv", action: "Denmark Day", kind: "added", before: null, planRow: 9 }),
    change({ id: "H-003", focusArea: "Erhverv", action: "Brochure", kind: "removed", after: null, planRow: null }),
  ];

  it("lists the entries per focus area, each naming action and ID and what moved", () => {
    renderWith(<ChangesList changes={changes} fromLabel="september 2019" toLabel="nu" onSelect={jest.fn()} />);
    expect(screen.getByText(/4 ændringer fra september 2019 til nu/)).toBeInTheDocument();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Overordnet fokus", "Erhverv"]);
    const buttons = screen.getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "H-001 · FrokostStatus: % → (√)",
      "H-001 · FrokostNote: tom → Ikke i 2019",
      "H-007 · Denmark DayTilføjet: (√) — Ikke i 2019",
    ]);
    // A removed action is no longer in the plan: shown, but nothing to select.
    expect(screen.getByText("H-003 · Brochure").closest("button")).toBeNull();
    expect(screen.getByText("Fjernet: %")).toBeInTheDocument();
  });

  it("calls back with the chosen entry, by mouse and by keyboard", async () => {
    const onSelect = jest.fn();
    renderWith(<ChangesList changes={changes} fromLabel="september 2019" toLabel="nu" onSelect={onSelect} />);
    const user = userEvent.setup();
    await user.click(screen.getAllByRole("button")[2]);
    expect(onSelect).toHaveBeenLastCalledWith(changes[2]);
    screen.getAllByRole("button")[0].focus();
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith(changes[0]);
  });

  it("says when nothing changed, in English too", () => {
    renderWith(<ChangesList changes={[]} fromLabel="December 2019" toLabel="now" onSelect={jest.fn()} />, "en");
    expect(screen.getByText("No changes from December 2019 to now.")).toBeInTheDocument();
  });
});

describe("RoundPicker", () => {
  it("offers the closed rounds, latest first, and now; reports the choice", async () => {
    const onChange = jest.fn();
    renderWith(<RoundPicker label="Runde" rounds={[SEP, DEC]} value="now" includeNow onChange={onChange} />);
    const select = screen.getByRole("combobox", { name: "Runde" });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "nu (planen, som den er)",
      "december 2019",
      "september 2019",
    ]);
    expect(select).toHaveValue("now");
    await userEvent.setup().selectOptions(select, "september 2019");
    expect(onChange).toHaveBeenLastCalledWith(SEP);
  });

  it("offers only closed rounds when now does not apply", () => {
    renderWith(<RoundPicker label="Fra" rounds={[SEP]} value={SEP} includeNow={false} onChange={jest.fn()} />, "en");
    const select = screen.getByRole("combobox", { name: "Fra" });
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual(["September 2019"]);
    expect(select).toHaveValue("2019-09");
  });
});

describe("TrendChart", () => {
  const trend: Trend = {
    rounds: [SEP, "now"],
    focusAreas: [
      { focusArea: "Overordnet fokus", counts: [
        { done: 11, partlyDone: 2, notDone: 0, noStatus: 2 },
        { done: 11, partlyDone: 3, notDone: 0, noStatus: 1 },
      ] },
      { focusArea: "Erhverv", counts: [
        { done: 13, partlyDone: 0, notDone: 1, noStatus: 0 },
        { done: 13, partlyDone: 0, notDone: 1, noStatus: 0 },
      ] },
    ],
  };

  it("draws one chart of all actions, no taller than 160 px, with every number in its text", () => {
    renderWith(<TrendChart trend={trend} />);
    const charts = screen.getAllByRole("img");
    expect(charts).toHaveLength(1);
    expect(charts[0]).toHaveAccessibleName(
      "Udvikling for Alle handlinger: september 2019: 24 √, 2 (√), 1 %, 2 Uden status; nu: 24 √, 3 (√), 1 %, 1 Uden status."
    );
    // Its drawing is 106 units tall, shown at 120 px (the browser tests measure it).
    const [, , , height] = (charts[0].getAttribute("viewBox") ?? "").split(" ").map(Number);
    expect(height).toBeLessThanOrEqual(160);
    // Columns: one segment per non-zero count, heights proportional to the counts.
    const rects = charts[0].querySelectorAll("rect:not([fill])");
    expect(rects).toHaveLength(8);
    const heights = [...rects].map((r) => Number(r.getAttribute("height")));
    expect(heights[0] / heights[1]).toBeCloseTo(24 / 2, 5);
    expect(charts[0].querySelectorAll("text")[1].textContent).toBe("nu");
  });

  it("names each symbol in the legend and gives the numbers as tables, per focus area too", async () => {
    renderWith(<TrendChart trend={trend} />);
    const legend = screen.getByRole("list", { name: "Forklaring" });
    expect(within(legend).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "√ gennemført",
      "(√) til dels gennemført (skraveret)",
      "% ikke gennemført (krydsskraveret)",
      "uden status",
    ]);
    const all = screen.getByRole("table", { name: "Alle handlinger" });
    expect(within(all).getAllByRole("row").map((r) => r.textContent)).toEqual([
      "Statusrunde√(√)%Uden status",
      "september 20192421" + "2",
      "nu24311",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Tal pr. fokusområde" }));
    const table = await screen.findByRole("table", { name: "Erhverv" });
    expect(within(table).getAllByRole("row").map((r) => r.textContent)).toEqual([
      "Statusrunde√(√)%Uden status",
      "september 20191301" + "0",
      "nu13010",
    ]);
  });

  it("says so when there is nothing to draw", () => {
    renderWith(<TrendChart trend={{ rounds: [], focusAreas: [] }} />);
    expect(screen.getByText("Der er ingen lukkede statusrunder at vise endnu.")).toBeInTheDocument();
  });
});
