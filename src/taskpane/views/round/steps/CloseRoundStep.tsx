// Step: close the current round into the history, confirmed in a Dialog whose default focus is
// on Annuller (the safe answer: closing writes to the workbook everyone shares).

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { ArchiveRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { formatMonth } from "../../../../core/dates";
import { useLang, useT } from "../../../i18n";
import { RoundStep } from "../RoundStep";
import type { RoundStepProps } from "../roundSteps";
import { useRoundViewStyles } from "../useRoundViewStyles";

export function CloseRoundStep({ round }: RoundStepProps) {
  const styles = useRoundViewStyles();
  const t = useT();
  const lang = useLang();
  const month = round.current ? formatMonth(round.current, lang) : "";
  const closed = round.closed;
  const cancel = useRef<HTMLButtonElement>(null);
  // Fluent focuses the dialog's first focusable element, Annuller; focusing it once more after
  // the dialog's own effects makes that hold wherever Fluent finds no focusable element yet.
  useEffect(() => {
    if (!round.confirming) return undefined;
    const timer = setTimeout(() => cancel.current?.focus());
    return () => clearTimeout(timer);
  }, [round.confirming]);
  return (
    <RoundStep id="close" title={t("taskpane.step.close")} hint={t("taskpane.step.closeHint")}>
      <div className={styles.actions}>
        <Button
          className={styles.wrapButton}
          icon={<ArchiveRegular />}
          disabledFocusable={round.disabled || !round.current}
          onClick={round.askToClose}
        >
          {round.current
            ? t("rounds.pane.close", { round: month })
            : t("rounds.pane.closeNoRound")}
        </Button>
        {round.busy === "close" && <Spinner size="tiny" label={t("rounds.pane.closing")} />}
      </div>
      {closed && (
        <MessageBar intent="success">
          <MessageBarBody>
            {t(closed.replaced ? "rounds.pane.replaced" : "rounds.pane.closed", {
              round: closed.round ? formatMonth(closed.round, lang) : "",
              actions: closed.actions,
              ids: closed.newIds,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        open={round.confirming}
        modalType="alert"
        onOpenChange={(_, data) => !data.open && round.cancelClose()}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {round.alreadyClosed
                ? t("rounds.pane.confirmTitle")
                : t("taskpane.close.confirmTitle", { round: month })}
            </DialogTitle>
            <DialogContent>
              {round.alreadyClosed
                ? t("rounds.pane.confirmText", { round: month })
                : t("taskpane.close.confirmText", { round: month })}
            </DialogContent>
            <DialogActions>
              {/* First in the dialog, so Fluent gives it the focus when the dialog opens. */}
              <Button ref={cancel} onClick={round.cancelClose}>
                {t("rounds.pane.cancel")}
              </Button>
              <Button appearance="primary" onClick={() => void round.close()}>
                {round.alreadyClosed ? t("rounds.pane.confirmReplace") : t("taskpane.close.confirm")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </RoundStep>
  );
}
