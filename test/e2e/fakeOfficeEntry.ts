// Browser entry served after Microsoft's excel-web-16.00.js in place of the office.js CDN
// script in the end-to-end tests (bundled by support/fakeOfficeScript.ts). It connects
// Microsoft's client, through the same transport as the Node tests, to the protocol-level
// fake server over the workbook the test put in window.__e2eSetup, and leaves window.__fake
// for assertions. window.Office, window.Excel and window.OfficeExtension are Microsoft's.
//
// The simulated host provides what a real host provides at start-up: Office.context
// (requirements, display language, document.settings with get/set/remove/saveAsync, and
// ui.displayDialogAsync, recorded; the test closes the dialog), onReady, actions and addin.
// The platform is OfficeOnline (5 MB request limit on).

import { commentAddress, liveComments } from "../fake-excel/comments";
import { connectClient } from "../fake-excel/transport";
import { createWireHost } from "../fake-excel/wireHost";
import { decodeInit, type DialogCall, type FakeHandle, type PageSetup } from "./support/pageSetup";

type AsyncResult = { status: string; value?: unknown; error?: { code: number; message: string } };
type Callback = (result: AsyncResult) => void;

const page = window as unknown as {
  __e2eSetup?: PageSetup;
  __fake?: FakeHandle;
  Office?: unknown;
};

const setup = page.__e2eSetup;
if (!setup)
  throw new Error("fake office.js: window.__e2eSetup is missing (set it before the page loads)");

/** Office.Settings over a map; saveAsync stores a copy and calls back asynchronously. */
function documentSettings(initial: Record<string, unknown>) {
  const values = new Map(Object.entries(initial));
  let saved: Record<string, unknown> = { ...initial };
  return {
    saved: () => ({ ...saved }),
    api: {
      get: (name: string): unknown => (values.has(name) ? values.get(name) : null),
      set: (name: string, value: unknown): void => void values.set(name, value),
      remove: (name: string): void => void values.delete(name),
      saveAsync(optionsOrCallback?: unknown, maybeCallback?: Callback): void {
        const callback =
          typeof optionsOrCallback === "function" ? (optionsOrCallback as Callback) : maybeCallback;
        saved = Object.fromEntries(values);
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
      refreshAsync(callback?: Callback): void {
        setTimeout(() => callback?.({ status: "succeeded", value: this }), 0);
      },
    },
  };
}

/** Office.context.ui.displayDialogAsync: records the call and hands back a scriptable dialog. */
function dialogUi(
  calls: DialogCall[],
  handlers: Map<number, Map<string, (arg: unknown) => void>>,
  parentMessages: string[]
) {
  return {
    // In a dialog page: the message to the page that opened it.
    messageParent: (message: string): void => void parentMessages.push(String(message)),
    displayDialogAsync(url: string, options?: unknown, callback?: Callback): void {
      const done = typeof options === "function" ? (options as Callback) : callback;
      const index = calls.length;
      const call: DialogCall = {
        url,
        options: typeof options === "function" ? null : (options ?? null),
        shown: false,
        closed: false,
      };
      calls.push(call);
      const events = new Map<string, (arg: unknown) => void>();
      handlers.set(index, events);
      const dialog = {
        addEventHandler: (type: string, handler: (arg: unknown) => void) =>
          void events.set(type, handler),
        close: () => void (call.closed = true),
        messageChild: () => undefined,
      };
      // Office answers asynchronously; the page registers its handlers in the callback.
      setTimeout(() => {
        call.shown = true;
        done?.({ status: "succeeded", value: dialog });
      }, 0);
    },
  };
}

const settings = documentSettings(setup.settings ?? {});
const dialogs: DialogCall[] = [];
const dialogHandlers = new Map<number, Map<string, (arg: unknown) => void>>();
const parentMessages: string[] = [];

const host = createWireHost(
  window,
  connectClient(window),
  decodeInit(setup.init),
  { webPayloadLimit: true, displayLanguage: setup.displayLanguage },
  (context) => ({
    ...context,
    ...(setup.officeTheme ? { officeTheme: { ...context.officeTheme, ...setup.officeTheme } } : {}),
    document: { settings: settings.api },
    ui: dialogUi(dialogs, dialogHandlers, parentMessages),
  })
);

page.__fake = {
  dump: (sheet) => host.dump(sheet),
  sheetNames: () => host.sheetNames(),
  stats: () => ({
    syncs: host.stats.syncs,
    roundTrips: host.stats.roundTrips,
    requestBytes: [...host.stats.requestBytes],
  }),
  simulateUserEdit: (sheet, address, values, source) =>
    host.simulateUserEdit(sheet, address, values, source),
  flushEvents: () => host.flushEvents(),
  eventHandlerErrors: () => host.eventHandlerErrors.map((e) => String(e)),
  // The server registers one engine handler per onChanged registration of the client.
  changeHandlerCount: async () => host._core.events.registrations.length,
  actionIds: () => [...host.actions.keys()],
  associated: (id) => host.actions.get(id) as ((event: unknown) => unknown) | undefined,
  dialogs,
  closeDialog(index, how) {
    const events = dialogHandlers.get(index);
    if (!events || !dialogs[index].shown) {
      throw new Error(`fake office.js: dialog #${index} has not been shown`);
    }
    if (how === "message") events.get("dialogMessageReceived")?.({ message: "ok", origin: "" });
    else events.get("dialogEventReceived")?.({ error: 12006 });
  },
  parentMessages,
  savedSettings: () => settings.saved(),
  comments: () =>
    liveComments(host._core).map((c) => ({
      address: commentAddress(host._core, c),
      content: c.content,
      mentions: c.mentions.map((m) => m.email),
      resolved: c.resolved,
      replies: c.replies.length,
    })),
};
