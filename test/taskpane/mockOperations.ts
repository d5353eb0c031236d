// A controllable AddinOperations for component tests: every method is a jest.fn with a
// sensible default; `deferred()` lets a test hold an operation open to see progress UI.

import type {
  AddinOperations,
  RefreshOutcome,
  StatusEdit,
  WorkbookState,
} from "../../src/core/operations";
import type { RequestsView } from "../../src/core/requests/operations";

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export type MockOperations = { [K in keyof AddinOperations]: jest.Mock };

export interface MockHandles {
  operations: MockOperations;
  /** The onEdit callbacks passed to watchStatusEdits, newest last. */
  watchers: ((edit: StatusEdit) => void)[];
  /** One unsubscribe mock per watchStatusEdits call. */
  unsubscribes: jest.Mock[];
}

export function mockOperations(state: Partial<WorkbookState> = {}): MockHandles {
  const watchers: ((edit: StatusEdit) => void)[] = [];
  const unsubscribes: jest.Mock[] = [];
  const fullState: WorkbookState = {
    hasPlan: true,
    currentStatusDate: { year: 2019, month: 12 },
    language: "da",
    ...state,
  };
  const operations: MockOperations = {
    getState: jest.fn(async () => fullState),
    refreshOverview: jest.fn(async () => refreshOutcome()),
    applyStatusFormatting: jest.fn(async () => ({ symbolsChanged: 0, diagnostics: [] })),
    createPlan: jest.fn(async () => undefined),
    describeWordDocument: jest.fn(async () => ({
      document: null,
      settings: null,
      diagnostics: [],
    })),
    setCurrentStatusDate: jest.fn(async () => undefined),
    selectPlanCell: jest.fn(async () => undefined),
    getRounds: jest.fn(async () => ({
      rounds: [],
      current: fullState.currentStatusDate,
      trend: { rounds: [], focusAreas: [] },
      diagnostics: [],
    })),
    closeRound: jest.fn(async (round) => ({
      written: true,
      round,
      replaced: false,
      actions: 9,
      newIds: 0,
      diagnostics: [],
    })),
    compareRounds: jest.fn(async () => {
      throw new Error("compareRounds is not mocked in this test");
    }),
    overviewForRound: jest.fn(async () => ({ written: true, diagnostics: [] })),
    watchStatusEdits: jest.fn(async (onEdit: (edit: StatusEdit) => void) => {
      watchers.push(onEdit);
      const unsubscribe = jest.fn(async () => undefined);
      unsubscribes.push(unsubscribe);
      return unsubscribe;
    }),
    getRequests: jest.fn(async () => requestsView()),
    sendRequests: jest.fn(async () => ({
      ...requestsView(),
      sent: [],
      alreadyAsked: [],
      noFreeCell: [],
      resolved: 0,
    })),
    remindOwners: jest.fn(async () => ({ ...requestsView(), reminded: [] })),
  };
  return { operations, watchers, unsubscribes };
}

/** Bed om status with nobody to ask (tests override it). */
export function requestsView(overrides: Partial<RequestsView> = {}): RequestsView {
  return {
    ok: true,
    round: { year: 2019, month: 12 },
    language: "da",
    list: { round: { year: 2019, month: 12 }, owners: [], unassigned: [] },
    progress: { owners: [], updated: 0, total: 0 },
    mails: [],
    mentions: true,
    sheet: "Plan",
    diagnostics: [],
    ...overrides,
  };
}

export function refreshOutcome(overrides: Partial<RefreshOutcome> = {}): RefreshOutcome {
  return {
    written: true,
    diagnostics: [],
    statusDate: { year: 2019, month: 12 },
    refreshedAt: new Date(2019, 11, 3, 14, 32),
    summary: {
      actions: 9,
      focusAreas: [
        {
          focusArea: "Overordnet fokus",
          done: 3,
          partlyDone: 2,
          notDone: 1,
          noStatus: 0,
          marked: 4,
        },
        {
          focusArea: "Skole & Uddannelse",
          done: 2,
          partlyDone: 0,
          notDone: 1,
          noStatus: 0,
          marked: 1,
        },
      ],
    },
    ...overrides,
  };
}
