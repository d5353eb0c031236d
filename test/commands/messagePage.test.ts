/** @jest-environment jsdom */
import { encodeMessage, decodeMessage, type CommandMessage } from "../../src/commands/message";
import { renderMessage } from "../../src/commands/messagePage";

function page(): void {
  document.body.innerHTML =
    '<main><h1 id="title"></h1><div id="lines"></div><button type="button" id="ok"></button></main>';
}

describe("message.html", () => {
  it("shows the message as plain text, never as HTML, and reports OK", () => {
    page();
    const message: CommandMessage = {
      lang: "en",
      title: "The overview was not refreshed",
      lines: ['<img src=x onerror="alert(1)">', "Open the pane."],
      ok: "OK",
    };
    const onOk = jest.fn();
    renderMessage(document, `?m=${encodeMessage(message)}&_host_Info=excel`, onOk);

    expect(document.getElementById("title")!.textContent).toBe(message.title);
    const paragraphs = Array.from(document.querySelectorAll("#lines p")).map((p) => p.textContent);
    expect(paragraphs).toEqual(message.lines);
    expect(document.querySelector("#lines img")).toBeNull();
    expect(document.documentElement.lang).toBe("en");
    expect(document.activeElement).toBe(document.getElementById("ok"));

    (document.getElementById("ok") as HTMLButtonElement).click();
    expect(onOk).toHaveBeenCalledTimes(1);
  });

  it("clips long lines and too many lines to keep the URL small", () => {
    const long: CommandMessage = {
      lang: "da",
      title: "t",
      lines: Array.from({ length: 20 }, () => "x".repeat(1000)),
      ok: "OK",
    };
    const decoded = decodeMessage(decodeURIComponent(encodeMessage(long)))!;
    expect(decoded.lines).toHaveLength(8);
    expect(decoded.lines[0]).toHaveLength(300);
  });

  it("ignores a malformed query", () => {
    expect(decodeMessage("{not json")).toBeNull();
    expect(decodeMessage(JSON.stringify({ title: 1 }))).toBeNull();
    expect(decodeMessage(null)).toBeNull();
  });
});
