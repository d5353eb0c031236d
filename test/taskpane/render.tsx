// Renders the pane as index.tsx does, with a mock AddinOperations.

import { webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import type { AddinOperations } from "../../src/core/operations";
import type { Language } from "../../src/i18n";
import type { AutoOpenSetting } from "../../src/taskpane/autoOpen";
import { TaskpaneRoot } from "../../src/taskpane/Root";

// The pane's views, Drawer and Excel code are chunks loaded on demand, and the Drawer animates:
// on a loaded machine these take longer than Testing Library's default second to appear.
configure({ asyncUtilTimeout: 8000 });

export function renderPane(operations: unknown, lang: Language = "da", autoOpen?: AutoOpenSetting) {
  return render(
    <TaskpaneRoot
      operations={operations as AddinOperations}
      lang={lang}
      theme={webLightTheme}
      autoOpen={autoOpen}
    />
  );
}
