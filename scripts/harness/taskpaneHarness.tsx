// A page that renders the real task pane with scripted AddinOperations, for screenshots and
// layout checks in Chromium (scripts/screenshot-taskpane.ts). Query: ?lang=da|en&theme=light|dark
// &plan=0|1. window.harness.refresh() etc. are not needed: the script clicks like a user.

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { AddinOperations, RefreshOutcome } from "../../src/core/operations";
import type { RequestsView } from "../../src/core/requests/operations";
import { TaskpaneRoot } from "../../src/taskpane/Root";

const query = new URLSearchParams(window.location.search);
const lang = query.get("lang") === "en" ? "en" : "da";
const dark = query.get("theme") === "dark";
const hasPlan = query.get("plan") !== "0";

const outcome: RefreshOutcome = {
  written: true,
  statusDate: { year: 2019, month: 12 },
  refreshedAt: new Date(2019, 11, 3, 14, 32),
  summary: {
    actions: 31,
    focusAreas: [
      { focusArea: "Overordnet fokus", done: 6, partlyDone: 3, notDone: 1, noStatus: 2, marked: 5 },
      { focusArea: "Skole & Uddannelse", done: 5, partlyDone: 1, notDone: 3, noStatus: 1, marked: 4 },
      { focusArea: "Erhverv", done: 7, partlyDone: 1, notDone: 0, noStatus: 1, marked: 2 },
    ],
  },
  diagnostics: [
    {
      severity: "warning",
      code: "core.diag.unknownStatus",
      params: { text: "måske", symbols: "√, (√), %" },
      sheet: "Plan",
      row: 14,
      column: "Status",
    },
    {
      severity: "error",
      code: "core.diag.invalidStatusDate",
      params: { text: "primo 2019-ish-meget-lang-tekst-uden-mellemrum-der-skal-ombrydes" },
      sheet: "Plan",
      row: 22,
      column: "Statusdato",
    },
    { severity: "info", code: "core.diag.statusDateFromPlan", params: { month: "december 2019" } },
  ],
};

let autoOpen = false;

const emptyRequests: RequestsView = {
  ok: true,
  round: { year: 2019, month: 12 },
  language: lang,
  list: { round: { year: 2019, month: 12 }, owners: [], unassigned: [] },
  progress: { owners: [], updated: 0, total: 0 },
  mails: [],
  mentions: true,
  sheet: "Plan",
  diagnostics: [],
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const operations: AddinOperations = {
  getState: async () => ({
    hasPlan,
    currentStatusDate: hasPlan ? { year: 2019, month: 12 } : null,
    language: lang,
  }),
  refreshOverview: async () => {
    await wait(400);
    return outcome;
  },
  applyStatusFormatting: async () => ({ symbolsChanged: 3, diagnostics: [] }),
  createPlan: async () => undefined,
  describeWordDocument: async () => ({ document: null, settings: null, diagnostics: [] }),
  setCurrentStatusDate: async () => undefined,
  selectPlanCell: async (sheet, row, column) => {
    (window as unknown as { selected: unknown }).selected = { sheet, row, column };
  },
  watchStatusEdits: async () => async () => undefined,
  getRounds: async () => ({
    rounds: [],
    current: hasPlan ? { year: 2019, month: 12 } : null,
    trend: { rounds: [], focusAreas: [] },
    diagnostics: [],
  }),
  closeRound: async (round) => ({
    written: true,
    round,
    replaced: false,
    actions: 0,
    newIds: 0,
    diagnostics: [],
  }),
  compareRounds: async () => {
    throw new Error("the harness has no history");
  },
  overviewForRound: async () => ({ written: true, diagnostics: [] }),
  // Bed om status: nobody to ask in the harness.
  getRequests: async () => emptyRequests,
  sendRequests: async () => ({
    ...emptyRequests,
    sent: [],
    alreadyAsked: [],
    noFreeCell: [],
    resolved: 0,
  }),
  remindOwners: async () => ({ ...emptyRequests, reminded: [] }),
};

document.body.style.margin = "0";
createRoot(document.getElementById("container")!).render(
  <TaskpaneRoot
    operations={operations}
    lang={lang}
    theme={dark ? webDarkTheme : webLightTheme}
    autoOpen={{ get: () => autoOpen, set: async (on) => void (autoOpen = on) }}
  />
);
