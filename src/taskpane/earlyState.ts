// The workbook state read as soon as Office is ready, while React prepares the pane's first
// render: the pane's first getState takes this read instead of starting its own once mounted,
// and a first render that comes after the read shows the state at once (no loading render).
// Later calls read the workbook again.

import type { AddinOperations, WorkbookState } from "../core/operations";

export interface EarlyState {
  operations: AddinOperations;
  /** The early read's state if it has arrived and not been taken yet; null otherwise. */
  take(): WorkbookState | null;
}

export function readStateEarly(operations: AddinOperations): EarlyState {
  let early: Promise<WorkbookState> | null = operations.getState();
  let arrived: WorkbookState | null = null;
  // Not unhandled while nobody asked yet: the pane shows the error when it does.
  early.then(
    (state) => {
      arrived = state;
    },
    () => undefined
  );
  const withEarly = new Proxy(operations, {
    get(target, name, receiver) {
      if (name !== "getState") return Reflect.get(target, name, receiver) as unknown;
      return (): Promise<WorkbookState> => {
        const read = early ?? target.getState();
        early = null;
        arrived = null;
        return read;
      };
    },
  });
  return {
    operations: withEarly,
    take() {
      const state = early ? arrived : null;
      if (state) early = arrived = null;
      return state;
    },
  };
}
