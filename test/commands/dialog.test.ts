import { messageDialogUrl, showMessageDialog } from "../../src/commands/dialog";
import type { DialogLike, DialogUi } from "../../src/officeHost";
import { decodeMessage, type CommandMessage } from "../../src/commands/message";

const message: CommandMessage = {
  lang: "da",
  title: "Oversigten blev ikke opdateret",
  lines: ['Plan, række 4: <b>=HYPERLINK("x")</b> & mere'],
  ok: "OK",
};

function fakeUi(status = "succeeded") {
  const handlers = new Map<string, (arg: unknown) => void>();
  const dialog: DialogLike & { close: jest.Mock } = {
    addEventHandler: (type, handler) => handlers.set(type, handler),
    close: jest.fn(),
  };
  const calls: { url: string; options: unknown }[] = [];
  const ui: DialogUi = {
    displayDialogAsync: (url, options, callback) => {
      calls.push({ url, options });
      callback({
        status,
        value: dialog,
        error: status === "failed" ? { code: 12009, message: "declined" } : undefined,
      });
    },
  };
  return { ui, dialog, handlers, calls };
}

async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe("message dialog", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("opens message.html beside the function file with the message in the query", () => {
    const url = messageDialogUrl(
      "https://addin.example.org/so/commands.html?_host_Info=x",
      message
    );
    expect(url.startsWith("https://addin.example.org/so/message.html?m=")).toBe(true);
    expect(decodeMessage(new URL(url).searchParams.get("m"))).toEqual(message);
  });

  it("resolves once the dialog's OK button reports back, and closes the dialog", async () => {
    const f = fakeUi();
    const shown = showMessageDialog(f.ui, "https://localhost:3000/commands.html", message);
    expect(f.calls[0].options).toMatchObject({ displayInIframe: true });
    expect(await settled(shown)).toBe(false);
    f.handlers.get("dialogMessageReceived")!({ message: "close" });
    expect(f.dialog.close).toHaveBeenCalledTimes(1);
    expect(await settled(shown)).toBe(true);
  });

  it("resolves when the user closes the dialog with X", async () => {
    const f = fakeUi();
    const shown = showMessageDialog(f.ui, "https://localhost:3000/commands.html", message);
    f.handlers.get("dialogEventReceived")!({ error: 12006 });
    expect(await settled(shown)).toBe(true);
  });

  it("resolves when the dialog cannot be opened", async () => {
    const f = fakeUi("failed");
    expect(await settled(showMessageDialog(f.ui, "https://localhost:3000/c.html", message))).toBe(
      true
    );
  });

  it("resolves after the safety timeout if the dialog never reports back", async () => {
    jest.useFakeTimers();
    try {
      const f = fakeUi();
      const shown = showMessageDialog(f.ui, "https://localhost:3000/c.html", message, 1000);
      jest.advanceTimersByTime(1000);
      expect(await settled(shown)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
