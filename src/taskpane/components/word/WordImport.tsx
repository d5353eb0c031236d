// *Importér fra Word…*: a Fluent button driving a hidden file input (file inputs work in task
// panes; the browser's own "Choose File" text would not follow the pane's language), the
// document read in the browser by the Word code loaded on demand, the preview, and on
// confirmation the plan handed to the caller, which creates it through Opret plan's path.
// While the preview is open it replaces the caller's content (`children`): one question at a
// time, and one primary button.

import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useId, useRef, useState, type ReactNode } from "react";
import type { YearMonth } from "../../../core/model";
import type { DocumentImport } from "../../../core/word/importDocument";
import { errorMessage } from "../../../core/errorMessage";
import { useLang, useT } from "../../i18n";
import { ImportPreview } from "./ImportPreview";
import type { CreatePlanFromImport, WordReader } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface WordImportProps {
  loadWord: () => Promise<WordReader>;
  onCreate: CreatePlanFromImport;
  fallbackMonth: YearMonth;
  /** Another operation is running. */
  disabled: boolean;
  /** Shown before the import button, except while a preview is open. */
  children?: ReactNode;
}

type State =
  | { kind: "idle" }
  | { kind: "reading" }
  | { kind: "preview"; imported: DocumentImport; round: YearMonth | null }
  | { kind: "creating"; imported: DocumentImport; round: YearMonth | null }
  | { kind: "error"; message: string };

/** The file's bytes through FileReader, which every web view Office uses has. */
function fileBytes(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** WordFileError (another bundle's copy too) → its message key. */
function wordErrorKey(error: unknown): string | null {
  const e = error as { name?: string; problem?: string } | null;
  return e && e.name === "WordFileError" && e.problem ? `word.error.${e.problem}` : null;
}

export function WordImport(props: WordImportProps) {
  const styles = useStyles();
  const t = useT();
  const lang = useLang();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  /** The Word code that read the document (loaded on demand). */
  const reader = useRef<WordReader | null>(null);

  const read = async (file: File) => {
    setState({ kind: "reading" });
    try {
      const word = await props.loadWord();
      const result = await word.importWordBytes(await fileBytes(file));
      if (!result.ok) setState({ kind: "error", message: t(result.code) });
      else {
        reader.current = word;
        setState({ kind: "preview", imported: result, round: word.importRound(result) });
      }
    } catch (error) {
      const key = wordErrorKey(error);
      setState({ kind: "error", message: key ? t(key) : errorMessage(error, lang) });
      if (!key) console.error(error);
    }
  };

  const reset = () => {
    setState({ kind: "idle" });
    if (input.current) input.current.value = "";
  };

  const create = async () => {
    if (state.kind !== "preview") return;
    const { imported, round } = state;
    setState({ kind: "creating", imported, round });
    try {
      const word = reader.current as WordReader;
      await props.onCreate(word.importedPlan(imported, round), word.importedSettings(imported, round));
      reset();
    } catch (error) {
      console.error(error);
      setState({ kind: "error", message: errorMessage(error, lang) });
    }
  };

  const busy = props.disabled || state.kind === "reading" || state.kind === "creating";
  const previewing = state.kind === "preview" || state.kind === "creating";
  return (
    <div className={styles.root}>
      {!previewing && props.children}
      <input
        id={inputId}
        ref={input}
        hidden
        type="file"
        aria-label={t("word.import.choose")}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void read(file);
        }}
      />
      {!previewing && (
        <div className={styles.actions}>
          <Button
            icon={<DocumentArrowUpRegular />}
            disabledFocusable={busy}
            aria-describedby={`${inputId}-hint`}
            onClick={() => input.current?.click()}
          >
            {t("word.import.button")}
          </Button>
          {state.kind === "reading" && <Spinner size="tiny" label={t("word.import.reading")} />}
        </div>
      )}
      {!previewing && (
        <span id={`${inputId}-hint`} hidden>
          {t("word.import.intro")}
        </span>
      )}
      {state.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {previewing && (
        <ImportPreview
          imported={state.imported}
          round={state.round}
          fallbackMonth={props.fallbackMonth}
          busy={busy}
          onRound={(round) => state.kind === "preview" && setState({ ...state, round })}
          onConfirm={() => void create()}
          onCancel={reset}
        />
      )}
      {state.kind === "creating" && <Spinner size="tiny" label={t("word.import.creating")} />}
      {state.kind === "error" && (
        <Button onClick={reset}>{t("word.preview.cancel")}</Button>
      )}
    </div>
  );
}
