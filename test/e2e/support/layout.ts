// What the browser tests measure in the pane, run inside the page: visible primary
// (brand-coloured) buttons, text wider than its box, whether an element is on screen.

import type { Locator, Page } from "playwright-core";

/** Visible buttons whose background is the theme's brand colour, by their text. */
export function visiblePrimaryButtons(page: Page, within = "body"): Promise<string[]> {
  return page.evaluate((root) => {
    const provider = document.querySelector(".fui-FluentProvider") as HTMLElement;
    const probe = document.createElement("span");
    probe.style.color = getComputedStyle(provider).getPropertyValue("--colorBrandBackground");
    provider.appendChild(probe);
    const brand = getComputedStyle(probe).color;
    probe.remove();
    const scope = document.querySelector(root) ?? document.body;
    return Array.from(scope.querySelectorAll("button"))
      .filter((b) => b.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .filter((b) => b.getBoundingClientRect().width > 0)
      .filter((b) => getComputedStyle(b).backgroundColor === brand)
      .map((b) => (b.textContent ?? "").trim());
  }, within);
}

export interface Overflow {
  kind: string;
  text: string;
  textWidth: number;
  boxWidth: number;
}

/**
 * Visible buttons, tabs and selects whose text is wider than their box: a button's or tab's
 * visible text (measured with a Range) past its border box, or a select's chosen option
 * (measured in the select's font) wider than the select's content box.
 */
export function overflowingTexts(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: { kind: string; text: string; textWidth: number; boxWidth: number }[] = [];
    const visible = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
      el.getBoundingClientRect().width > 0;
    for (const el of Array.from(document.querySelectorAll("button, [role=tab]"))) {
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !visible(parent) || (node.textContent ?? "").trim() === "") continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
          found.push({
            kind: el.getAttribute("role") ?? "button",
            text: node.textContent ?? "",
            textWidth: Math.round(rect.width),
            boxWidth: Math.round(box.width),
          });
        }
      }
    }
    const canvas = document.createElement("canvas").getContext("2d")!;
    for (const select of Array.from(document.querySelectorAll("select"))) {
      if (!visible(select)) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? "";
      const textWidth = canvas.measureText(text).width;
      const boxWidth =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (textWidth > boxWidth + 0.5) {
        found.push({
          kind: "select",
          text,
          textWidth: Math.round(textWidth),
          boxWidth: Math.round(boxWidth),
        });
      }
    }
    return found;
  });
}

/** True when the element is wholly inside the viewport as it is scrolled now. */
export async function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
  });
}

/** The element's top in page coordinates (independent of scrolling). */
export function pageTop(locator: Locator): Promise<number> {
  return locator.evaluate((el) => el.getBoundingClientRect().top + scrollY);
}
