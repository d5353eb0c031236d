// Connects Microsoft's Office.js client (excel-web-16.00.js, already evaluated on `g`) to a
// WireServer: the client's own OfficeJsRequestExecutor hands every request body to
// OSF.DDA.RichApi.executeRichApiRequestAsync, and event messages come back through the
// RichApi message channel the client registers with. Plain TypeScript (also bundled for the
// browser tests).

import type { WireEventEntry, WireServer } from "./wireServer";

export interface ClientTransport {
  /** Routes requests to this server and forgets event registrations of an earlier one. */
  attach(server: WireServer): void;
  /** Resolves when no request is in flight and none arrived for a few turns of the event loop. */
  idle(): Promise<void>;
}

type Callback = (result: unknown) => void;

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The client checks every API's requirement set against Office.context.requirements before
 * queuing it (ApiNotFound), but only when CommonUtility._doApiNotSupportedCheck is set; the
 * script sets the flag on the subclass Utility, which the check does not read.
 */
function turnOnRequirementChecks(g: any): void {
  g.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
}

export function connectClient(g: any): ClientTransport {
  const OSF = g.OSF;
  if (!OSF?.DDA || !g.OfficeExtension)
    throw new Error("fake-excel: Office.js (excel-web-16.00.js) is not loaded");
  turnOnRequirementChecks(g);
  let server: WireServer | undefined;
  let inFlight = 0;
  const messageHandlers: ((args: unknown) => void)[] = [];

  OSF.DDA.RichApi = OSF.DDA.RichApi ?? {};
  OSF.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: Callback) => {
    if (!server) throw new Error("fake-excel: no server attached to the Office.js client");
    const reply = server.handle(String(message[4]));
    inFlight += 1;
    // The host answers asynchronously, as over the real channel (a microtask: timers of a
    // page in the background are throttled by the browser).
    void Promise.resolve().then(() => {
      inFlight -= 1;
      callback(
        reply.ok
          ? { status: "succeeded", value: { data: [200, [], reply.body] } }
          : { status: "failed", error: { code: reply.code, message: reply.message } }
      );
    });
  };
  // The channel Office.js registers on for RichApi messages (events).
  OSF.DDA.RichApi.richApiMessageManager = {
    register(handler: (args: unknown) => void): Promise<void> {
      messageHandlers.push(handler);
      return Promise.resolve();
    },
    removeHandlerAsync(_type: unknown, _options: unknown, callback?: Callback): void {
      callback?.({ status: "succeeded" });
    },
  };

  const deliver = (entries: WireEventEntry[]): void => {
    for (const h of [...messageHandlers]) h({ entries });
  };

  return {
    attach(next) {
      server = next;
      next.onEvent = deliver;
      messageHandlers.length = 0;
      g.OfficeExtension.GenericEventRegistration.s_genericEventRegistrations = {};
    },
    async idle() {
      let seen = -1;
      let quiet = 0;
      while (quiet < 5) {
        await tick();
        const now = server?.stats.requests ?? 0;
        if (inFlight === 0 && now === seen) quiet += 1;
        else quiet = 0;
        seen = now;
      }
    },
  };
}
