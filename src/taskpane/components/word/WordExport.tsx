// *Gem som Word-dokument*: the overview as a .docx, offered as a download. Works in Excel on
// the web and on Windows; Office for Mac's web view does not download files (office-js #2700).

import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { errorMessage } from "../../../core/errorMessage";
import { useLang, useT } from "../../i18n";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface WordExportProps {
  /** The document's bytes and a file name (without extension). */
  onExport: () => Promise<{ bytes: Uint8Array; fileName: string }>;
  disabled: boolean;
}

/** Offers bytes as a file download: a temporary link to a Blob, clicked and removed. */
export function download(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function WordExport(props: WordExportProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const [state, setState] = useState<
    { kind: "idle" } | { kind: "saving" } | { kind: "done"; file: string } | { kind: "error"; message: string }
  >({ kind: "idle" });

  const save = async () => {
    setState({ kind: "saving" });
    try {
      const { bytes, fileName } = await props.onExport();
      const file = `${fileName}.docx`;
      download(bytes, file);
      setState({ kind: "done", file });
    } catch (error) {
      console.error(error);
      setState({ kind: "error", message: errorMessage(error, lang) });
    }
  };

  return (
    <div className={styles.root}>
      <Button
        icon={<DocumentRegular />}
        disabledFocusable={props.disabled || state.kind === "saving"}
        onClick={() => void save()}
      >
        {t("word.export.button")}
      </Button>
      {state.kind === "saving" && <Spinner size="tiny" label={t("word.export.saving")} />}
      {state.kind === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{t("word.export.done", { file: state.file })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
