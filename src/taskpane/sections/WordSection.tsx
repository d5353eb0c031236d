// "Word-dokument": *Gem som Word-dokument* for a workbook with a plan.

import { Body1 } from "@fluentui/react-components";
import { PaneSection } from "../components/PaneSection";
import { WordExport } from "../components/word/WordExport";
import { useT } from "../i18n";
import type { SectionProps } from "./shared";

export function WordSection({ pane }: SectionProps) {
  const t = useT();
  return (
    <PaneSection id="word" title={t("word.export.title")}>
      <Body1>{t("word.export.text")}</Body1>
      <WordExport onExport={pane.wordDocument} disabled={!!pane.busy && pane.busy !== "word"} />
    </PaneSection>
  );
}
