// The one action for the refresh's "changed since [round], not dated [current round]"
// problems: dates them all through the add-in's proven write, then refreshes the pane's
// findings. Its own file, so the Problemer view can place it wherever it shows problems.

import { useState } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { Diagnostic } from "../../../core/diagnostics";
import { errorMessage } from "../../../core/errorMessage";
import { useOperations } from "../../operationsContext";
import { useLang, useT } from "../../i18n";

export const UNDATED_CODE = "coauthoring.diag.undated";

export interface DateAllUndatedProps {
  diagnostics: readonly Diagnostic[];
  /** Runs after the dating (e.g. the refresh, so the problems list follows). */
  onDated?: () => void | Promise<void>;
}

export function DateAllUndated({ diagnostics, onDated }: DateAllUndatedProps) {
  const operations = useOperations();
  const t = useT();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const undated = diagnostics.filter((d) => d.code === UNDATED_CODE);
  if (undated.length === 0 || !operations.dateUndatedChanges) return null;
  const current = String(undated[0].params?.current ?? "");
  const dateAll = async () => {
    setBusy(true);
    try {
      const { rows } = await operations.dateUndatedChanges!();
      setMessage(t("coauthoring.dateAllDone", { count: rows.length, current }));
      await onDated?.();
    } catch (error) {
      setMessage(errorMessage(error, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button appearance="secondary" disabled={busy} onClick={() => void dateAll()}>
        {t("coauthoring.dateAll", { current })}
      </Button>
      {message ? <Caption1 role="status">{message}</Caption1> : null}
    </div>
  );
}
