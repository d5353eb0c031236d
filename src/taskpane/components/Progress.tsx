// A small Fluent Spinner with its label; loaded on first use (see BusySpinner).

import { Spinner } from "@fluentui/react-components";

export default function Progress(props: { label: string }) {
  return <Spinner size="tiny" label={props.label} labelPosition="after" />;
}
