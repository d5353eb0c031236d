// The changes sheet's charts through the Office adapter, against the fake: one stacked column
// chart per counts table, over exactly that table, in the described place, size and fills;
// the add-in's old charts replaced, the user's own chart kept.

import { defaultSettings } from "../../src/core/settings";
import { buildChangesSheet } from "../../src/core/rounds";
import { queueCharts } from "../../src/excel/charts";
import { createWireExcel } from "../fake-excel/officeClient";

const SEP = { year: 2019, month: 9 };
const trend = {
  rounds: [SEP, "now" as const],
  focusAreas: [
    {
      focusArea: "Erhverv",
      counts: [
        { done: 10, partlyDone: 2, notDone: 1, noStatus: 1 },
        { done: 12, partlyDone: 1, notDone: 1, noStatus: 0 },
      ],
    },
    {
      focusArea: "Skole",
      counts: [
        { done: 5, partlyDone: 0, notDone: 0, noStatus: 3 },
        { done: 6, partlyDone: 1, notDone: 0, noStatus: 1 },
      ],
    },
  ],
};

test("one stacked column chart per focus area over its counts table", async () => {
  const { sheet, charts } = buildChangesSheet({
    from: SEP,
    to: "now",
    changes: [],
    trend,
    settings: defaultSettings("da"),
  });
  const host = createWireExcel({
    sheets: [{ name: "Ændringer", cells: sheet.cells.map((row) => row.map((c) => c.value)) }],
  });
  const excel = host.Excel as unknown as typeof Excel;
  const write = () =>
    excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Ændringer");
      const existing = ws.charts.load("items/name");
      await context.sync();
      queueCharts(
        ws,
        charts,
        existing.items.map((c) => c.name)
      );
      await context.sync();
    });
  await write();
  // A chart of the user's, then the sheet is written again.
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Ændringer");
    ws.charts.add("Pie", ws.getRange("A1:B2"), "Columns").name = "Min graf";
    await context.sync();
  });
  await write();
  const dumped = host.dump("Ændringer").charts;
  expect(dumped.map((c) => c.name)).toEqual(["Min graf", "Statusoversigt 1", "Statusoversigt 2"]);
  const [, first, second] = dumped;
  expect(first).toMatchObject({
    type: "ColumnStacked",
    title: { text: "Erhverv", visible: true },
    categories: ["september 2019", "nu"],
    width: 380,
    height: 190,
    legend: { position: "Bottom", visible: true },
  });
  expect(first.series).toEqual([
    { name: "√", values: [10, 12], fill: "#2E7D32" },
    { name: "(√)", values: [2, 1], fill: "#F9A825" },
    { name: "%", values: [1, 1], fill: "#C62828" },
    { name: "Uden status", values: [1, 0], fill: "#9E9E9E" },
  ]);
  expect(second.series.map((s) => s.values)).toEqual([
    [5, 6],
    [0, 1],
    [0, 0],
    [3, 1],
  ]);
  expect(first.position?.start).toBe(`F${charts[0].at.row + 1}`);
});
