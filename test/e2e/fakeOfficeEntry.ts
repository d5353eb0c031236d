// Browser entry served in place of Microsoft's office.js in the end-to-end tests (bundled by
// support/fakeOfficeScript.ts). It installs the strict fake (test/fake-excel) as window.Office,
// window.Excel and window.OfficeExtension over the workbook the test put in window.__e2eSetup,
// and leaves window.__fake for assertions.
//
// A thin layer adds what the pages use and the fake does not model (yet):
// Office.context.document.settings (get/set/remove/saveAsync) and Office.context.ui
// .displayDialogAsync (recorded; the test closes the dialog), plus the dialog event names in
// Office.EventType. The platform is OfficeOnline (the fake's web mode, 5 MB request limit on).

import { createFakeExcel } from "../fake-excel";
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

const host = createFakeExcel(decodeInit(setup.init), {
  webPayloadLimit: true,
  displayLanguage: setup.displayLanguage,
});

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
      setTimeout(() => done?.({ status: "succeeded", value: dialog }), 0);
    },
  };
}

const settings = documentSettings(setup.settings ?? {});
const dialogs: DialogCall[] = [];
const dialogHandlers = new Map<number, Map<string, (arg: unknown) => void>>();
const parentMessages: string[] = [];

const fakeOffice = host.Office as Record<string, unknown> & { context: Record<string, unknown> };
const Office = {
  ...fakeOffice,
  EventType: {
    ...(fakeOffice.EventType as Record<string, string>),
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
  context: {
    ...fakeOffice.context,
    document: { settings: settings.api },
    ui: dialogUi(dialogs, dialogHandlers, parentMessages),
  },
};

host.install(window);
page.Office = Office;

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
  // The fake keeps registrations on its host core; a context reaches it without a sync.
  changeHandlerCount: () =>
    host.Excel.run(
      async (context: { _host: { events: { registrations: unknown[] } } }) =>
        context._host.events.registrations.length
    ),
  actionIds: () => [...host.actions.keys()],
  associated: (id) => host.actions.get(id) as ((event: unknown) => unknown) | undefined,
  dialogs,
  closeDialog(index, how) {
    const events = dialogHandlers.get(index);
    if (!events) throw new Error(`fake office.js: no dialog #${index}`);
    if (how === "message") events.get("dialogMessageReceived")?.({ message: "ok", origin: "" });
    else events.get("dialogEventReceived")?.({ error: 12006 });
  },
  parentMessages,
  savedSettings: () => settings.saved(),
};
