// The host operations reach components through context, so tests can pass a mock.

import { createContext, useContext, type ReactNode } from "react";
import type { AddinOperations } from "../core/operations";

const OperationsContext = createContext<AddinOperations | null>(null);

export function OperationsProvider(props: { operations: AddinOperations; children: ReactNode }) {
  return (
    <OperationsContext.Provider value={props.operations}>{props.children}</OperationsContext.Provider>
  );
}

export function useOperations(): AddinOperations {
  const operations = useContext(OperationsContext);
  if (!operations) throw new Error("useOperations needs an OperationsProvider");
  return operations;
}
