// axe-core (from node_modules, injected into the page) on what the page shows now. One known
// false positive is left out as Accessibility Insights leaves it out (accessibility-insights-web
// #7605): aria-hidden-focus on tabster's focus-redirecting dummy elements (data-tabster-dummy),
// which Fluent's TabList and Drawer add by design (fluentui #27517, tabster #288).

import * as path from "path";
import type { Page } from "playwright-core";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: path.join(require.resolve("axe-core"), "..", "axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown
          ): Promise<{
            violations: {
              id: string;
              impact?: string | null;
              help: string;
              nodes: { target: unknown[]; html: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    const tabsterDummy = (rule: string, html: string) =>
      rule === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
    return result.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !tabsterDummy(v.id, n.html)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(" ")),
      }));
  });
}

export function isSerious(violation: AxeViolation): boolean {
  return violation.impact === "serious" || violation.impact === "critical";
}
