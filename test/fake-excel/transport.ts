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

export function connectClient(g: any): ClientTransport {
  const OSF = g.OSF;
  if (!OSF?.DDA || !g.OfficeExtension)
    throw new Error("fake-excel: Office.js (excel-web-16.00.js) is not loaded");
  let server: WireServer | undefined;
  let inFlight = 0;
  const messageHandlers: ((args: unknown) => void)[] = [];

  OSF.DDA.RichApi = OSF.DDA.RichApi ?? {};
  OSF.DDA.RichApi.executeRichApiRequestAsync = (message: unknown[], callback: Callback) => {
    if (!server) throw new Error("fake-excel: no server attached to the Office.js client");
    if (process.env.WIRE_DEBUG) console.log("REQ", String(message[4]).slice(0, 400));
    const reply = server.handle(String(message[4]));
    if (process.env.WIRE_DEBUG && reply.ok && reply.body.includes('"Error"'))
      console.log(
        "ERR",
        reply.body,
        JSON.stringify(JSON.parse(String(message[4])).ObjectPaths).slice(0, 3000)
      );
    inFlight += 1;
    // The host answers asynchronously, as over the real channel.
    setTimeout(() => {
      inFlight -= 1;
      callback(
        reply.ok
          ? { status: "succeeded", value: { data: [200, [], reply.body] } }
          : { status: "failed", error: { code: reply.code, message: reply.message } }
      );
    }, 0);
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
    if (process.env.WIRE_DEBUG)
      console.log("EVENT", JSON.stringify(entries), messageHandlers.length);
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
