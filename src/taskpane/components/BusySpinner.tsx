// The spinner shown while one kind of the pane's operations runs, and while the pane loads.
// Fluent's Spinner is its own chunk, fetched when first shown (its label shows at once).

import { lazy, Suspense } from "react";
import { useT } from "../i18n";
import type { Busy } from "../useTaskpane";

const LazyProgress = lazy(() => import(/* webpackChunkName: "progress" */ "./Progress"));

export function Progress(props: { label: string }) {
  return (
    <Suspense fallback={<span>{props.label}</span>}>
      <LazyProgress label={props.label} />
    </Suspense>
  );
}

export function BusySpinner(props: { busy: Busy | null; kind: Busy; labelKey: string }) {
  const t = useT();
  if (props.busy !== props.kind) return null;
  return <Progress label={t(props.labelKey)} />;
}
