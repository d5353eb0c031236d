import { REFRESH_FUNCTION, registerCommand } from "../../src/commands/register";

describe("registering the ribbon function", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("associates the manifest's FunctionName and sets the global function", () => {
    const associate = jest.fn();
    const global: Record<string, unknown> = {};
    const handler = jest.fn();
    registerCommand({ actions: { associate } }, global, REFRESH_FUNCTION, handler);
    expect(REFRESH_FUNCTION).toBe("refreshOverview");
    expect(associate).toHaveBeenCalledWith("refreshOverview", handler);
    expect(global.refreshOverview).toBe(handler);
  });

  it("still sets the global function on hosts without Office.actions", () => {
    const global: Record<string, unknown> = {};
    const handler = jest.fn();
    registerCommand({}, global, REFRESH_FUNCTION, handler);
    expect(global.refreshOverview).toBe(handler);
  });

  it("keeps the global function when associate throws", () => {
    const global: Record<string, unknown> = {};
    const handler = jest.fn();
    const associate = jest.fn(() => {
      throw new Error("not supported");
    });
    registerCommand({ actions: { associate } }, global, REFRESH_FUNCTION, handler);
    expect(global.refreshOverview).toBe(handler);
  });
});
