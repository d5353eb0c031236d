// Opret plan and the Word import write column Ansvarlig, empty; the reader keeps it as written.

import { describePlanSheet } from "../../../src/core/sheets/planSheet";
import { describeSeededPlanSheet } from "../../../src/core/sheets/planRows";
import { readPlan } from "../../../src/core/readPlan";
import { planSourceOf } from "../../../src/core/sheets/planSheet";

test("Opret plan: the six columns and Ansvarlig / Owner", () => {
  expect(describePlanSheet({ language: "da" }).cells[0].map((c) => c.value)).toEqual([
    "Fokusområde",
    "Indsats",
    "Handling/aktivitet",
    "Status",
    "Statusnote",
    "Statusdato",
    "Ansvarlig",
  ]);
  expect(describePlanSheet({ language: "en" }).cells[0].at(-1)?.value).toBe("Owner");
});

test("a plan imported from Word: Ansvarlig empty before ID; read back, the action has no owner", () => {
  const plan = {
    focusAreas: [
      {
        name: "Erhverv",
        initiatives: [
          {
            name: "Netværk",
            actions: [{ text: "Messe", status: null, note: "", statusDate: null, row: 0 }],
          },
        ],
      },
    ],
  };
  const sheet = describeSeededPlanSheet(plan, "da");
  expect(sheet.cells[0].map((c) => c.value).slice(-2)).toEqual(["Ansvarlig", "ID"]);
  expect(sheet.cells[1].at(-2)?.value).toBeNull();
  const read = readPlan(planSourceOf(sheet));
  expect(read.plan.focusAreas[0].initiatives[0].actions[0].owner).toBeUndefined();
});
