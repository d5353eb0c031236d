// The workbook state read as soon as Office is ready, while React renders the pane for the
// first time: the pane's first getState takes this read instead of starting its own once
// mounted. Later calls read the workbook again.

import type { AddinOperations, WorkbookState } from "../core/operations";

export function withEarlyState(operations: AddinOperations): AddinOperations {
  let early: Promise<WorkbookState> | null = operations.getState();
  // Not unhandled while nobody asked yet: the pane shows the error when it does.
  early.catch(() => undefined);
  return new Proxy(operations, {
    get(target, name, receiver) {
      if (name !== "getState") return Reflect.get(target, name, receiver) as unknown;
      return (): Promise<WorkbookState> => {
        const read = early ?? target.getState();
        early = null;
        return read;
      };
    },
  });
}
