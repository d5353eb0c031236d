// Shared helpers for the fake's own tests.

import {
  createFakeExcel,
  type FakeExcelHost,
  type FakeExcelOptions,
  type FakeWorkbookInit,
} from "./index";

/** A host plus `run`, a typed-loosely Excel.run. */
export function setup(init?: FakeWorkbookInit, options?: FakeExcelOptions) {
  const host = createFakeExcel(init, options);
  const run = <T>(batch: (context: any) => Promise<T>): Promise<T> => host.Excel.run(batch);
  return { host, run };
}

/** The rejection of a promise (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

export type { FakeExcelHost };
