// Entry of message.html, the dialog a failed ribbon refresh opens: shows the message as plain
// text (never HTML: it can contain plan text) and tells the function file when OK is pressed.

import { decodeMessage } from "./message";

export function renderMessage(doc: Document, search: string, onOk: () => void): void {
  const message = decodeMessage(new URLSearchParams(search).get("m"));
  const title = doc.getElementById("title");
  const body = doc.getElementById("lines");
  const ok = doc.getElementById("ok") as HTMLButtonElement | null;
  if (!title || !body || !ok) return;
  if (message) {
    doc.documentElement.lang = message.lang;
    doc.title = message.title;
    title.textContent = message.title;
    for (const line of message.lines) {
      const p = doc.createElement("p");
      p.textContent = line;
      body.appendChild(p);
    }
    ok.textContent = message.ok;
  }
  ok.addEventListener("click", onOk);
  ok.focus();
}

if (typeof document !== "undefined" && document.getElementById("ok")) {
  const close = () => {
    const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
    if (ui?.messageParent) ui.messageParent("close");
    else window.close();
  };
  const start = () => renderMessage(document, window.location.search, close);
  if (typeof Office !== "undefined") Office.onReady(start);
  else start();
}
