// Step: Gem som Word-dokument, the overview as the familiar document.

import { WordExport } from "../../../components/word/WordExport";
import { useT } from "../../../i18n";
import { RoundStep } from "../RoundStep";
import type { RoundStepProps } from "../roundSteps";

export function WordStep({ pane }: RoundStepProps) {
  const t = useT();
  return (
    <RoundStep id="word" title={t("word.export.title")} hint={t("word.export.text")}>
      <WordExport onExport={pane.wordDocument} disabled={!!pane.busy && pane.busy !== "word"} />
    </RoundStep>
  );
}
