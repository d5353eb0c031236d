// Renders its children only from the commit after its own first one: what they load (the views'
// chunks, a dozen script tags) is then requested after the commit that shows the pane's header
// and its button, whether that commit is the pane's first or the one the state arrives with.

import { useEffect, useState, type ReactNode } from "react";

export function AfterFirstCommit(props: { children: ReactNode }) {
  const [due, setDue] = useState(false);
  useEffect(() => setDue(true), []);
  return due ? props.children : null;
}
