// The host operations behind a loader: the Excel adapter and the core's use cases (reading,
// layout, writing, rounds) load as their own chunk, started at once but not waited for by the
// pane's first render. Every AddinOperations member is an async method, so each call simply
// waits for the chunk; a member that is not a function is not forwarded (none is used by the
// pane).

import type { AddinOperations } from "../core/operations";

export function lazyOperations(load: () => Promise<AddinOperations>): AddinOperations {
  let loaded: Promise<AddinOperations> | null = null;
  const operations = () => (loaded ??= load());
  // Start loading now: by the time the pane asks for the workbook state it is (nearly) here.
  void operations().catch(() => undefined);
  return new Proxy({} as AddinOperations, {
    get(_target, name) {
      if (typeof name !== "string" || name === "then") return undefined;
      return (...args: unknown[]) =>
        operations().then((ops) => {
          const member = (ops as unknown as Record<string, unknown>)[name];
          if (typeof member !== "function") {
            throw new Error(`AddinOperations has no method ${name}`);
          }
          return (member as (...a: unknown[]) => unknown).apply(ops, args);
        });
    },
  });
}
