// Makes the ExecuteFunction handler reachable by its manifest name "refreshOverview": through
// Office.actions.associate (documented for function commands) and, for older Office builds that
// look the name up on the function file's global object, as a global function too.

export const REFRESH_FUNCTION = "refreshOverview";

export interface ActionsHost {
  actions?: { associate(actionId: string, fn: (arg?: unknown) => void): void };
}

export function registerCommand(
  office: ActionsHost,
  global: Record<string, unknown>,
  name: string,
  handler: (event: never) => unknown
): void {
  global[name] = handler;
  try {
    office.actions?.associate(name, handler as (arg?: unknown) => void);
  } catch (error) {
    // The global function still serves hosts without Office.actions.
    console.error(`Office.actions.associate("${name}") failed`, error);
  }
}
