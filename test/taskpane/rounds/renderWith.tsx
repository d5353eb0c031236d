// Renders one component inside the pane's providers (theme, language).

import { webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Language } from "../../../src/i18n";
import { Providers } from "../../../src/taskpane/Root";

export function renderWith(element: ReactElement, lang: Language = "da") {
  return render(
    <Providers lang={lang} theme={webLightTheme}>
      {element}
    </Providers>
  );
}
