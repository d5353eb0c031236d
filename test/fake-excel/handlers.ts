// OfficeExtension.EventHandlers proxies (worksheet.onChanged, table.onChanged).
// add()/remove() are queued like any other operation and take effect at sync.

import { ErrorCodes, FakeUsageError, fail } from "./errors";
import type { Handler, Registration } from "./events";
import type { FakeRequestContext } from "./proxy";

export class FakeEventHandlerResult {
  readonly context: FakeRequestContext;
  private readonly registration: Registration;
  constructor(context: FakeRequestContext, registration: Registration) {
    this.context = context;
    this.registration = registration;
  }
  remove(): void {
    this.context._enqueue({
      path: `${this.registration.kind}.onChanged.remove`,
      name: "EventHandlerResult.remove",
      run: () => this.context._host.events.remove(this.registration),
    });
  }
}

export class FakeEventHandlers {
  private readonly context: FakeRequestContext;
  private readonly path: string;
  private readonly kind: "worksheet" | "table";
  private readonly resolveId: () => string;
  private readonly api: string;

  constructor(
    context: FakeRequestContext,
    path: string,
    kind: "worksheet" | "table",
    resolveId: () => string,
    api: string
  ) {
    this.context = context;
    this.path = path;
    this.kind = kind;
    this.resolveId = resolveId;
    this.api = api;
  }

  add(handler: Handler): FakeEventHandlerResult {
    if (typeof handler !== "function")
      throw new FakeUsageError(`${this.path}.add expects a function`);
    const registration: Registration = { kind: this.kind, id: "", handler };
    this.context._enqueue({
      path: `${this.path}.add`,
      name: `${this.kind === "worksheet" ? "Worksheet" : "Table"}.onChanged.add`,
      run: () => {
        this.context._host.requireApi(this.api, `${this.path}`);
        registration.id = this.resolveId();
        if (!registration.id) fail(ErrorCodes.itemNotFound, `${this.path}: no such object`);
        this.context._host.events.add(registration);
      },
    });
    return new FakeEventHandlerResult(this.context, registration);
  }

  remove(handler: Handler): void {
    this.context._enqueue({
      path: `${this.path}.remove`,
      name: "EventHandlers.remove",
      run: () => {
        const reg = this.context._host.events.registrations.find(
          (r) => r.handler === handler && r.kind === this.kind
        );
        if (!reg) fail(ErrorCodes.invalidArgument, "handler is not registered");
        this.context._host.events.remove(reg);
      },
    });
  }
}
